/**
 * Domain glossary for what CC-CEDICT translates badly or not at all: AI / tech / business-news
 * vocabulary ("large model" → 大模型, where the dictionary offers 典型 for "model") and the
 * well-known names that Chinese news writes in Chinese (Alibaba → 阿里巴巴). Generic vocabulary
 * and public names only, never answers to particular questions.
 *
 * English forms are base forms (the matcher lemmatizes the question: "launched" → launch), `|`
 * separates synonyms; Chinese candidates are space-separated, most usual first. Where Chinese news
 * writes a name either way, the Latin form is listed as well (谷歌 or Google).
 */
export interface GlossaryEntry {
  /** English forms, the first one being the display name used for answer framing. */
  readonly english: readonly string[];
  readonly chinese: readonly string[];
  /** A name of a company, product, place or person (used first when translating back to English). */
  readonly name: boolean;
  /**
   * Match only as written ("Spark" the product, not "spark"). Forms in capitals (US, AI, GPU) are
   * always matched as written, so "us" is never the United States.
   */
  readonly caseSensitive: boolean;
}

const word = (english: string, chinese: string): GlossaryEntry => ({
  english: english.split('|'),
  chinese: chinese.split(' '),
  name: false,
  caseSensitive: false,
});
const name = (english: string, chinese: string, options: { caseSensitive?: boolean } = {}): GlossaryEntry => ({
  ...word(english, chinese),
  name: true,
  caseSensitive: options.caseSensitive ?? false,
});

export const GLOSSARY: readonly GlossaryEntry[] = [
  // Models and AI
  word('large model|large language model|LLM|foundation model|big model', '大模型 大语言模型'),
  word('model', '模型 大模型'),
  word('language model', '语言模型 大语言模型'),
  word('AI model', 'AI模型 人工智能模型 大模型'),
  word('artificial intelligence|AI', '人工智能 AI'),
  word('generative AI|generative artificial intelligence|AIGC', '生成式人工智能 生成式AI AIGC'),
  word('chatbot|chat bot|AI chatbot', '聊天机器人'),
  word('neural network', '神经网络'),
  word('artificial neural network', '人工神经网络'),
  word('natural language processing|NLP', '自然语言处理'),
  word('computer vision', '计算机视觉'),
  word('speech recognition', '语音识别'),
  word('multimodal|multi-modal', '多模态'),
  word('train|training|training run', '训练'),
  word('pre-training|pretraining|pre-train|pretrain|pre-training run|pretraining run', '预训练'),
  word('fine-tuning|fine-tune|finetune', '微调'),
  word('parameter', '参数'),
  word('dataset|data set|training data', '数据集 训练数据'),
  word('computing power|compute|computing resource', '算力 计算资源'),
  word('GPU|graphics card', 'GPU 显卡'),
  word('chip|semiconductor', '芯片'),
  word('data center', '数据中心'),
  word('cloud computing|cloud', '云计算 云'),
  word('cloud service', '云服务'),
  word('open source|open-source', '开源'),
  word('plugin|plug-in', '插件'),
  word('API', 'API 接口'),
  word('search engine', '搜索引擎'),
  word('robot', '机器人'),
  word('autonomous driving|self-driving', '自动驾驶'),
  word('operating system', '操作系统'),
  word('smartphone|phone', '手机'),
  word('app|application', '应用'),
  word('product', '产品'),
  word('version', '版本'),
  word('upgrade|update', '升级 更新'),
  word('beta|internal test|closed beta', '内测'),
  word('public beta|open beta', '公测'),
  word('developer', '开发者'),
  word('developer conference|conference', '开发者大会 大会'),
  // Business and news verbs
  word('launch|release|unveil|roll out|introduce|debut|put out', '发布 推出 上线'),
  word('announce', '宣布 发布'),
  word('go online|go live', '上线'),
  word('open up|open|make available|open to', '开放 开通'),
  word('develop|research and development|R&D', '研发 开发'),
  word('jointly develop|co-develop|develop together', '联合研发'),
  word('cooperate|collaborate|partner|partnership|cooperation', '合作'),
  word('invest|investment', '投资'),
  word('funding|financing|raise', '融资'),
  word('valuation', '估值'),
  word('acquire|acquisition', '收购'),
  word('ask|request|urge|call on|demand', '要求 呼吁'),
  word('ban|prohibit|block', '禁止 封杀 禁用'),
  word('lift|lift the ban|unblock', '解除 解禁'),
  word('complaint|complain', '投诉 申诉'),
  word('say|state|claim', '表示 称'),
  word('regulate|regulation|regulator|supervision', '监管'),
  word('investigate|investigation|probe', '调查'),
  word('sue|lawsuit', '起诉 诉讼'),
  word('privacy', '隐私'),
  word('data security', '数据安全'),
  word('company|firm|enterprise|corporation', '公司 企业'),
  word('institution|organization|organisation', '机构'),
  word('startup|start-up', '初创公司 创业公司'),
  word('industry|sector', '行业 产业'),
  word('track|race', '赛道'),
  word('country', '国家'),
  word('countries and regions|countries and territories', '国家和地区'),
  word('region|territory', '地区'),
  word('domestic|homegrown|home-grown', '国内 国产'),
  word('Chinese', '中国 国产'),
  word('technology|tech', '科技 技术'),
  word('tech giant|giant|big tech', '科技巨头 巨头'),
  word('global|worldwide', '全球'),
  word('user', '用户'),
  word('monthly active user|MAU', '月活跃用户 月活'),
  word('daily active user|DAU', '日活跃用户 日活'),
  word('visit|traffic|page view', '访问量'),
  word('subscription|subscribe', '订阅'),
  word('subscription fee|fee|charge', '收费 费用'),
  word('per month|a month|monthly|each month|every month', '每月'),
  word('per year|a year|annually|each year|every year', '每年'),
  word('free', '免费'),
  word('cost', '成本 费用'),
  word('price', '价格'),
  word('revenue|income', '收入 营收'),
  word('profit', '利润 盈利'),
  word('loss|lose|lose money|financial loss', '亏损 损失'),
  word('market size|market scale', '市场规模'),
  word('market', '市场'),
  word('expect|forecast|project|estimate|predict', '预计'),
  word('growth|grow|increase', '增长'),
  word('decline|drop|fall|plunge', '下跌 下降'),
  word('year-on-year|year over year|year-over-year', '同比'),
  word('stock price|share price', '股价'),
  word('employee|staff', '员工'),
  word('layoff|lay off', '裁员'),
  word('CEO|chief executive', 'CEO 首席执行官'),
  word('founder|co-founder', '创始人 联合创始人'),
  word('online education', '在线教育'),
  word('education', '教育'),
  word('healthcare|medical', '医疗'),
  word('finance|financial', '金融'),
  // Companies and organisations
  name('Alibaba', '阿里巴巴 阿里'),
  name('Alibaba Cloud|Aliyun', '阿里云'),
  name('Baidu', '百度'),
  name('Tencent', '腾讯'),
  name('Huawei', '华为'),
  name('iFlytek|iFly', '科大讯飞 讯飞'),
  name('SenseTime', '商汤科技 商汤'),
  name('NetEase Youdao|Youdao', '网易有道 有道'),
  name('NetEase', '网易'),
  name('JD|JD.com', '京东'),
  name('ByteDance', '字节跳动'),
  name('Douyin', '抖音'),
  name('Xiaomi', '小米'),
  name('Kunlun Tech|Kunlun Wanwei', '昆仑万维'),
  name('Zhipu AI|Zhipu', '智谱AI 智谱'),
  name('Baichuan Intelligence|Baichuan', '百川智能 百川'),
  name('Moonshot AI', '月之暗面'),
  name('Meituan', '美团'),
  name('Google', '谷歌 Google'),
  name('Amazon', '亚马逊 Amazon'),
  name('AWS|Amazon Web Services', '亚马逊云科技 AWS'),
  name('Microsoft', '微软 Microsoft'),
  name('Apple', '苹果 Apple', { caseSensitive: true }),
  name('Meta', 'Meta', { caseSensitive: true }),
  name('Facebook', 'Facebook 脸书'),
  name('Tesla', '特斯拉'),
  name('Nvidia', '英伟达 NVIDIA'),
  name('Intel', '英特尔'),
  name('Samsung', '三星'),
  name('Bing', '必应 Bing'),
  name('New Bing', '新必应 New Bing'),
  name('Stanford', '斯坦福'),
  name('European Union|EU', '欧盟'),
  // Chinese products
  name('Ernie Bot|Wenxin Yiyan', '文心一言'),
  name('ERNIE|Wenxin', '文心'),
  name('Tongyi Qianwen|Qwen', '通义千问'),
  name('Spark|SparkDesk|iFlytek Spark', '星火 讯飞星火', { caseSensitive: true }),
  name('SenseNova', '日日新'),
  name('Tiangong|Skywork', '天工'),
  name('Pangu', '盘古'),
  name('Hunyuan', '混元'),
  // Places
  name('China', '中国'),
  name('United States|US|USA|America', '美国'),
  name('Italy', '意大利'),
  name('Germany', '德国'),
  name('Spain', '西班牙'),
  name('France', '法国'),
  name('United Kingdom|UK|Britain', '英国'),
  name('Japan', '日本'),
  name('South Korea|Korea', '韩国'),
  name('Canada', '加拿大'),
  name('India', '印度'),
  name('Europe', '欧洲'),
  name('Silicon Valley', '硅谷'),
  // People
  name('Elon Musk|Musk', '马斯克'),
  name('Sam Altman|Altman', '山姆·阿尔特曼 阿尔特曼 奥特曼'),
  name('Bill Gates|Gates', '比尔·盖茨 盖茨'),
  name('Sundar Pichai|Pichai', '皮查伊'),
  name('Satya Nadella|Nadella', '纳德拉'),
  name('Jensen Huang', '黄仁勋'),
  name('Mark Zuckerberg|Zuckerberg', '扎克伯格'),
  name('Robin Li', '李彦宏'),
  name('Jack Ma', '马云'),
  name('Pony Ma', '马化腾'),
];

/** Chinese term → English display form: names first, so 阿里 is "Alibaba" whatever else lists it. */
const toEnglish: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const entry of [...GLOSSARY.filter((e) => e.name), ...GLOSSARY.filter((e) => !e.name)]) {
    for (const chinese of entry.chinese) if (!map.has(chinese)) map.set(chinese, entry.english[0] ?? chinese);
  }
  return map;
})();

/**
 * An English rendering of a well-known Chinese name or glossary term, for framing answers to
 * English questions; undefined when the glossary does not know it.
 * @example translateTermsToEnglish('阿里巴巴') // 'Alibaba'
 * @example translateTermsToEnglish('讯飞') // 'iFlytek'
 */
export function translateTermsToEnglish(chinese: string): string | undefined {
  return toEnglish.get(chinese.trim());
}
