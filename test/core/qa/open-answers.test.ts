import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.ts';
import { createEngine } from '../../../src/core/engine.ts';
import { analyzeQuestion } from '../../../src/core/qa/question.ts';
import { questionWords } from '../../../src/core/qa/question-anchors.ts';

// Encyclopedia-style sentences, as in CMRC 2018: the answer is a phrase or a clause, rarely a name.
const articles: Article[] = [
  {
    id: 'wiki',
    title: '百科',
    date: '',
    source: 'wiki',
    url: '',
    paragraphs: [
      '绝大多数葡萄酒中都自然存在亚硫酸盐，而且有时也在葡萄酒中加入亚硫酸盐作防腐剂，防止变质和氧化。对亚硫酸盐过敏的人应尽量避免食用。',
      '搜索雷达的有效距离为30km，可同时追踪20个目标。',
      '最高元首由统治者会议选出，但只有世袭统治者拥有最高元首的选举权和被选举权。',
      '如今的赛里木湖被誉为“天山的明珠”。',
      '史继偕，福建泉州人。天启三年三月，为吏部右给事中阮大铖所诬，致仕归里，家居六年。',
      '名义上加拿大总理一职由加拿大总督委任，实际上总理由众议院多数党领袖出任。',
      '2007年，两人在神户举行婚礼，婚礼耗资5亿日圆。',
      '夜来香原产于中国华南地区，分布在亚洲、美洲、欧洲以及中国大陆的华南等地，一般生于山坡灌木丛中，目前已由人工引种栽培。',
    ],
  },
];

describe('open-domain answers', () => {
  const engine = createEngine(articles);

  it('answers an open question that frames no slot with its sentence, not a noun near its words', () => {
    const a = engine.answer('亚硫酸盐在葡萄酒中的作用是什么？');
    expect(a.abstained).toBe(false);
    expect(a.short).toContain('作防腐剂，防止变质和氧化');
  });

  it('takes a slot number in a unit the amount reader does not know', () => {
    expect(engine.answer('搜索雷达的有效距离是多少？').short).toBe('30km');
  });

  it('drops the adverbs before the people a who-slot names', () => {
    expect(engine.answer('谁拥有最高元首的选举权和被选举权？').short).toBe('世袭统治者');
  });

  it('keeps the whole name a who-slot gives when the typed name is only part of it', () => {
    expect(engine.answer('名义上加拿大总理一职由谁委任？').short).toBe('加拿大总督');
  });

  it('keeps the unit the question asks with when the amount reader knows only the number', () => {
    expect(engine.answer('婚礼耗资多少日圆？').short).toBe('5亿日圆');
  });

  it('answers a place list with the first clause of a slot that runs on', () => {
    expect(engine.answer('夜来香分布在哪些地区？').short).toBe('亚洲、美洲、欧洲以及中国大陆的华南等地');
  });

  it('keeps a whole quotation, marks in pairs', () => {
    expect(engine.answer('如今的赛里木湖被誉为什么？').short).toBe('“天山的明珠”');
  });

  it('reads `为什么` after a name as why, and finds the name in the passage', () => {
    const a = engine.answer('天启三年后，史继偕为什么会家居六年？');
    expect(a.abstained).toBe(false);
    expect(a.short).toContain('为吏部右给事中阮大铖所诬');
  });

  it('still abstains when the subject is unknown to the corpus', () => {
    expect(engine.answer('哈雷彗星的有效距离是多少？').abstained).toBe(true);
    expect(engine.answer('苹果在葡萄酒中的作用是什么？').abstained).toBe(true);
    expect(engine.answer('王小明为什么会家居六年？').abstained).toBe(true);
  });
});

describe('question words', () => {
  it('splits at `为什么` when it asks why, at `什么` when it is `为` + `什么`', () => {
    expect(analyzeQuestion('高英杀胡充华为什么没有成功？')).toMatchObject({ kind: 'why', left: '高英杀胡充华', right: '没有成功' });
    expect(analyzeQuestion('医院更名为什么？')).toMatchObject({ kind: 'what', left: '医院更名为' });
    expect(analyzeQuestion('杨朝祥被聘为什么职务？')).toMatchObject({ kind: 'what', right: '职务' });
  });

  it('takes a particle jieba glued to an unknown name off the name', () => {
    const words = questionWords(analyzeQuestion('黄华麒是哪个大学毕业的？')).map((w) => w.word);
    expect(words).toContain('黄华麒');
    expect(words).not.toContain('黄华麒是');
  });
});
