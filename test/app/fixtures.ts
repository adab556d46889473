/** Corpus rows shared by the snapshot tests: two short news articles in the `.jsonl` format. */
export const row = (title: string, date: string, text: string) => JSON.stringify({ title, date, source: '测试', url: '', text });

export const news = [
  row('星火大模型升级', '2023-06-09', '6月9日,科大讯飞发布讯飞星火V1.5。\n新版本支持开放式问答。'),
  row('芯片订单', '2023-07-01', '英伟达A800芯片订单大增。\n多家公司采购了A800。'),
].join('\n');
