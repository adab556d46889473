/**
 * The verbs news uses for bringing something out. Questions and sentences word the same launch
 * differently (发布 / 推出 / 上线), so every step that looks for one uses this one list.
 */
export const LAUNCH_VERBS = ['发布', '推出', '上线', '开源', '亮相', '面世', '问世', '升级', '公布', '宣布', '开放', '上市', '落地'] as const;

/** The launch verbs that ask the same thing in a question: searched for together, each weighing a little. */
export const LAUNCH_SYNONYMS = ['发布', '推出', '上线', '亮相', '面世'] as const;

/** Any launch verb. */
export const LAUNCH = new RegExp(LAUNCH_VERBS.join('|'));

/** Verbs whose object is a made thing (a product, a model): launches plus making and buying. */
export const MAKING_VERBS = [...LAUNCH_VERBS, '研发', '打造', '开发', '提出', '收购', '投资', '成立'] as const;
