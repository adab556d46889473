import { describe, expect, it } from 'vitest';
import { foldForMatch, scoreAnswer } from '../../src/cli/eval-score.ts';

describe('eval scoring (../shared/qa/README.md rules)', () => {
  it('folds width, case, white space and digit-group commas', () => {
    expect(foldForMatch('ＡＢ 1,024 张')).toBe('ab1024张');
  });
  it('needs every group, one spelling each', () => {
    const item = { id: 'x', q: '?', expect: [['科大讯飞', '讯飞'], ['谷歌', 'Google']] };
    expect(scoreAnswer(item, { answer: '讯飞、google', abstained: false })).toBeUndefined();
    expect(scoreAnswer(item, { answer: '讯飞', abstained: false })).toMatch(/missing 谷歌/);
  });
  it('needs one group with match any', () => {
    expect(scoreAnswer({ id: 'x', q: '?', match: 'any', expect: [['a'], ['b']] }, { answer: 'b', abstained: false })).toBeUndefined();
  });
  it('fails forbidden strings, long answers and wrong abstentions', () => {
    expect(scoreAnswer({ id: 'x', q: '?', expect: [['a']], forbid: ['百度'] }, { answer: 'a 百度', abstained: false })).toMatch(/forbidden/);
    expect(scoreAnswer({ id: 'x', q: '?', expect: [['a']] }, { answer: 'a'.repeat(201), abstained: false })).toMatch(/200/);
    expect(scoreAnswer({ id: 'x', q: '?', abstain: true }, { answer: 'x', abstained: false })).toMatch(/abstain/);
    expect(scoreAnswer({ id: 'x', q: '?', abstain: true }, { answer: '', abstained: true })).toBeUndefined();
    expect(scoreAnswer({ id: 'x', q: '?', expect: [['a']] }, { answer: 'a', abstained: true })).toBe('abstained');
  });
});
