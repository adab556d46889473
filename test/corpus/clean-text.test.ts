import { describe, expect, it } from 'vitest';
import { isBreadcrumb, isEndMarker, isNavigationLine, parseByline } from '../../src/corpus/boilerplate.ts';
import { cleanBody, extractArticleFromText, parseMetaLine } from '../../src/corpus/clean-text.ts';

/** The shape of the seed page (../shared/corpus-raw/2023-05-16-donews-guochan-chatgpt.txt), shortened. */
const SEED_PAGE = `首页|必读|视频|专访|运营|制造|监管|大数据|物联网|量子|元宇宙|博客|特约记者
手机|互联网|IT|5G|光通信|人工智能|云计算|芯片报告|智慧城市|移动互联网|会展
首页 >> 应用 >> 正文

激战千亿大模型 “国产ChatGPT”背水一战

2023年5月16日 07:42  DoNews  

2022年11月,OpenAI推出的新型AI聊天机器人工具ChatGPT在一夜之间火爆全球互联网。

01.“国产ChatGPT”百花齐放

紧接着, 在3月27日,百度又正式推出了“文心千帆”大模型平台。

如何合规发展,已成为“国产ChatGPT”的长期命题。

编 辑:章芳
声明:刊载本文目的在于传播更多行业信息,本站只提供参考并不构成任何投资及应用建议。
相关新闻              
 
人物
工信部张云明:大部分国家新划分了中频段6G频谱资源
精彩专题
2023MWC上海世界移动通信大会
关于我们 | 广告报价 | 联系我们 | 隐私声明 | 本站地图
CCTIME飞象网 CopyRight © 2007-2024 By CCTIME.COM
京ICP备08004280号-1  电信与信息服务业务经营许可证080234号 京公网安备110105000771号
公司名称: 北京飞象互动文化传媒有限公司
未经书面许可,禁止转载、摘编、复制、镜像`;

describe('extractArticleFromText', () => {
  it('finds title, date, source and editor, and keeps exactly the body paragraphs (section headings included)', () => {
    expect(extractArticleFromText(SEED_PAGE)).toEqual({
      ok: true,
      draft: {
        title: '激战千亿大模型 “国产ChatGPT”背水一战',
        date: '2023-05-16',
        source: 'DoNews',
        url: '',
        author: '章芳',
        paragraphs: [
          '2022年11月,OpenAI推出的新型AI聊天机器人工具ChatGPT在一夜之间火爆全球互联网。',
          '01.“国产ChatGPT”百花齐放',
          '紧接着, 在3月27日,百度又正式推出了“文心千帆”大模型平台。',
          '如何合规发展,已成为“国产ChatGPT”的长期命题。',
        ],
      },
    });
  });

  it('works on another layout: labelled source and author, an address line, no blank lines, a trailing link list', () => {
    const page = [
      '当前位置：首页 > 科技',
      '讯飞星火认知大模型发布',
      '发布时间：2023-05-06 10:30 来源：新华网 作者：李四',
      '原文链接：https://example.com/news/1.html',
      '5月6日，科大讯飞发布认知大模型“讯飞星火”。',
      '讯飞星火将在年内进行三次升级。',
      '（完）',
      '上一篇：文心一言发布',
      '返回顶部',
    ].join('\n');
    expect(extractArticleFromText(page)).toEqual({
      ok: true,
      draft: {
        title: '讯飞星火认知大模型发布',
        date: '2023-05-06',
        source: '新华网',
        url: 'https://example.com/news/1.html',
        author: '李四',
        paragraphs: ['5月6日，科大讯飞发布认知大模型“讯飞星火”。', '讯飞星火将在年内进行三次升级。'],
      },
    });
  });

  it('takes an undated page as far as it can, with an empty date', () => {
    const result = extractArticleFromText('大模型观察\n\n正文第一段。\n\n正文第二段。\n');
    expect(result).toEqual({ ok: true, draft: { title: '大模型观察', date: '', source: '', url: '', paragraphs: ['正文第一段。', '正文第二段。'] } });
  });

  it('says why a page cannot be used', () => {
    expect(extractArticleFromText('首页|新闻|科技\n\n')).toEqual({ ok: false, reason: 'no title found: expected a short headline line near the top of the page' });
    expect(extractArticleFromText('标题\n2023年5月16日 DoNews\n编 辑:章芳\nCopyright © 2023')).toEqual({
      ok: false,
      reason: 'no body paragraphs found after the title "标题"',
    });
  });
});

describe('cleanBody', () => {
  it('drops opening credits and metadata, stops at the end marker, trims link-like tail lines', () => {
    expect(cleanBody(['原标题：旧标题', '作者丨叶蓁 编辑丨康晓', '正文第一段。', '正文第二段。', '点击查看更多', '上一篇'])).toEqual({
      paragraphs: ['正文第一段。', '正文第二段。'],
      author: '叶蓁',
    });
  });

  it('keeps a first paragraph that opens with a date, but drops a bare date line', () => {
    expect(cleanBody(['2023-05-16 10:00', '2023年5月16日，百度发布文心一言。', '其余正文。'])).toEqual({
      paragraphs: ['2023年5月16日，百度发布文心一言。', '其余正文。'],
    });
  });
});

describe('line classifiers', () => {
  it('recognises navigation bars and breadcrumbs by their shape', () => {
    expect(['首页|新闻|体育|财经', '关于我们 | 广告报价 | 联系我们', '首页 >> 应用 >> 正文', '首页 > 科技', '新闻 » 国内'].map((line) => isNavigationLine(line) || isBreadcrumb(line))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['激战千亿大模型 “国产ChatGPT”背水一战', '营收增长>50%', '国内大模型行业正进入“白热化”竞争状态。'].map((line) => isNavigationLine(line) || isBreadcrumb(line))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('reads author and editor credits', () => {
    expect(['编 辑:章芳', '【责任编辑：王五】', '作者丨叶蓁 编辑丨康晓', '文 | 张三', '美国参议院发布声明称,将于5月16日展开探讨。'].map(parseByline)).toEqual([
      { role: 'editor', name: '章芳' },
      { role: 'editor', name: '王五' },
      { role: 'author', name: '叶蓁' },
      { role: 'author', name: '张三' },
      undefined,
    ]);
  });

  it('marks the end of an article, but not prose that mentions the same words', () => {
    const ends = ['声明:刊载本文目的在于传播更多行业信息。', '相关新闻', '推荐阅读', 'CopyRight © 2007-2024', '沪ICP备12345678号', '（完）', '未经书面许可,禁止转载'];
    expect(ends.map(isEndMarker)).toEqual(ends.map(() => true));
    expect(['美国参议院司法委员会下属的小组委员会发布声明称,将于5月16日展开探讨。', '相关监管机构认为,ChatGPT违反了规定。'].map(isEndMarker)).toEqual([false, false]);
  });

  it('reads date, outlet and author from a date line', () => {
    expect(parseMetaLine('2023年5月16日 07:42  DoNews  ')).toEqual({ date: '2023-05-16', source: 'DoNews' });
    expect(parseMetaLine('2023-05-06 10:30:00 来源：新华网 作者：李四')).toEqual({ date: '2023-05-06', source: '新华网', author: '李四' });
    expect(parseMetaLine('没有日期的行')).toBeUndefined();
  });
});
