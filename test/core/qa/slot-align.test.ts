import { describe, expect, it } from 'vitest';
import { alignSlot } from '../../../src/core/qa/slot-align.ts';
import { pickSlot } from '../../../src/core/qa/slot-pick.ts';
import { parseSlotQuestion } from '../../../src/core/qa/slot-question.ts';
import { foldText } from '../../../src/core/text/normalize.ts';

const span = (question: string, sentence: string) => alignSlot(question, foldText(sentence))?.text;

describe('parseSlotQuestion', () => {
  it('splits a question around its interrogative and keeps the noun it qualifies', () => {
    expect(parseSlotQuestion('海梅·雷耶斯是哪家漫画公司的虚拟人物？')).toEqual({
      text: '海梅·雷耶斯是哪家漫画公司的虚拟人物', kind: 'which', wh: '哪家', left: '海梅·雷耶斯是', right: '漫画公司的虚拟人物', head: '漫画公司',
    });
    expect(parseSlotQuestion('目前学校有几个校区？')).toMatchObject({ kind: 'amount', wh: '几', head: '个校区' });
  });
  it('reads `为什么` at the end as `为 + 什么`, and `在哪里` as where', () => {
    expect(parseSlotQuestion('生命数耗完即算为什么？')).toMatchObject({ kind: 'what', left: '生命数耗完即算为', right: '' });
    expect(parseSlotQuestion('首届比赛在哪里举行？')).toMatchObject({ kind: 'where', wh: '哪里', left: '首届比赛在' });
  });
  it('has nothing to align for a yes/no question', () => {
    expect(parseSlotQuestion('丙烯颜料溶于汽油吗？')).toBeUndefined();
  });
});

describe('alignSlot', () => {
  it('answers with what lies between the question\'s text left and right of the interrogative', () => {
    expect(span('乍都节公园位于什么地方？', '乍都节公园位于泰国的首都曼谷。')).toBe('泰国的首都曼谷');
    expect(span('生命数耗完即算为什么？', '每次泡封会减少生命数，生命数耗完即算为踢爆。')).toBe('踢爆');
  });
  it('keeps the head noun and the unit the question asks with', () => {
    expect(span('海梅·雷耶斯是哪家漫画公司的虚拟人物？', '海梅·雷耶斯是DC漫画公司旗下的虚拟人物。')).toBe('DC漫画公司');
    expect(span('若游戏中离，则多少分钟内不得进行配对？', '若游戏中离，则4分钟内不得进行配对(每次中离+4分钟)。')).toBe('4分钟');
  });
  it('turns `Y是X` around for `X是哪里`, and never answers with a pronoun', () => {
    expect(span('中国的首都是哪里？', '北京是中国的首都，也是直辖市。')).toBe('北京');
    expect(span('金帐汗国的建立者是谁？', '它是金帐汗国的组成部分。')).toBeUndefined();
  });
  it('drops the particle a paraphrase leaves at the edge of the slot', () => {
    expect(span('首届比赛在哪里举行？', '首届比赛于南京市浦口区举行。')).toBe('南京市浦口区');
  });
  it('tightens `when` and `多少` slots to the date or amount, ranges and eras included', () => {
    expect(span('渡川之战发生于什么时候？', '渡川之战发生于天正3年（1575年），是土佐的战役。')).toBe('天正3年(1575年)'); // folded text: NFKC makes the brackets ASCII
    expect(span('非洲猴面包树的果实长约多少厘米？', '非洲猴面包树的果实长约15至20厘米。')).toBe('15至20厘米');
    expect(span('东关街有多长？', '东关街是扬州的一条东西向街道，全长1122米，宽约5米。')).toBe('1122米');
  });
  it('looks past a bracketed gloss after the subject', () => {
    expect(span('阵内智则是哪个国家的著名演员？', '阵内智则(1974年2月22日-),日本喜剧演员及主持。')).toBe('日本喜剧演员及主持');
  });
  it('answers `为什么` with the clause a cause word opens', () => {
    expect(span('伊丽莎白港机场为什么又叫十分钟机场？', '伊丽莎白港机场又叫十分钟机场，因为从商业中心区至机场少于十分钟。')).toBe('因为从商业中心区至机场少于十分钟');
  });
  it('answers a question about a description with the rest of the sentence', () => {
    expect(span('夜来香的种子有什么特点？', '种子宽卵形，顶端具白色绢质种毛。')).toBe('宽卵形,顶端具白色绢质种毛');
  });
  it('offsets are into the sentence, so the verbatim text can be quoted', () => {
    const verbatim = '乍都節公園位於泰國的首都曼谷。';
    const found = alignSlot('乍都节公园位于什么地方？', foldText(verbatim))!;
    expect(verbatim.slice(found.start, found.end)).toBe('泰國的首都曼谷');
  });
});

describe('pickSlot', () => {
  it('prefers the sentence whose anchors frame a span over the higher-ranked one that does not', () => {
    const pick = pickSlot('他出生在哪里？', [{ text: '他是诗人。', score: 2 }, { text: '他出生在北京。', score: 1.5 }]);
    expect(pick?.rank).toBe(1);
    expect(pick?.span.text).toBe('北京');
  });
  it('returns nothing when the question has no interrogative', () => {
    expect(pickSlot('丙烯颜料溶于汽油吗？', [{ text: '丙烯颜料溶于汽油。', score: 1 }])).toBeUndefined();
  });
});
