import { describe, expect, it } from 'vitest';
import {
  buildCompactCedict,
  glossKeys,
  serializeCompactCedict,
  type RawCedictEntry,
} from '../../../../src/core/qa/english/cedict-compact.ts';
import { createCedictLookup, lookupCedict } from '../../../../src/core/qa/english/cedict-index.ts';

const ENTRIES: RawCedictEntry[] = [
  ['推出', '推出', 'tui1 chu1', ['to push out', 'to release', 'to launch', 'to publish', 'to recommend'], [], []],
  ['發射', '发射', 'fa1 she4', ['to shoot (a projectile)', 'to fire (a rocket)', 'to launch', 'to emit (a particle)'], [], []],
  ['歐洲', '欧洲', 'Ou1 zhou1', 'Europe (abbr. for 歐羅巴洲|欧罗巴洲[Ou1 luo2 ba1 Zhou1])', [], []],
  ['百度', '百度', 'Bai3 du4', 'Baidu, Internet portal and search engine, www.baidu.com', [], []],
  ['搜索引擎', '搜索引擎', 'sou1 suo3 yin3 qing2', 'search engine', [], []],
  ['國', '国', 'guo2', ['country', 'nation', 'state', 'surname Guo'], [], []],
  ['國家', '国家', 'guo2 jia1', 'country; nation; state', [], []],
  ['发布', '发布', 'fa1 bu4', 'variant of 發布|发布[fa1 bu4]', [], []],
  ['110', '110', 'yao1 yao1 ling2', 'the emergency number', [], []],
  ['瓷', '瓷', 'ci2', 'china (porcelain)', [], []],
  ['中國', '中国', 'Zhong1 guo2', 'China', [], []],
];
const FREQUENCY: Record<string, number> = { 推出: 4028, 发射: 4636, 国家: 79520, 国: 20000 };

describe('glossKeys', () => {
  it('splits senses, drops parentheses, "to" and cross-references', () => {
    expect(glossKeys('to push out; to release', false)).toEqual(['push out', 'release']);
    expect(glossKeys('Europe (abbr. for 歐羅巴洲|欧罗巴洲[Ou1 luo2 ba1 Zhou1])', true)).toEqual(['Europe']);
    expect(glossKeys('(financial) loss', false)).toEqual(['loss']);
    expect(glossKeys('to put sth online', false)).toEqual(['put online']);
    expect(glossKeys('variant of 發布|发布[fa1 bu4]', false)).toEqual([]);
    expect(glossKeys('surname Guo', true)).toEqual([]);
  });

  it('keeps the capital of proper nouns only', () => {
    expect(glossKeys('China', true)).toEqual(['China']);
    expect(glossKeys('Model', false)).toEqual(['model']);
  });
});

describe('buildCompactCedict', () => {
  const index = buildCompactCedict(ENTRIES, (word) => FREQUENCY[word] ?? 0);

  it('maps short glosses to headwords, ranked by frequency and sense order', () => {
    // 发射 is more frequent, but "launch" is its third sense and 推出's third as well: frequency decides.
    expect(index.get('launch')).toEqual(['发射', '推出']);
    // 推出 means "release" in its second sense; 发射 does not mean it at all.
    expect(index.get('release')).toEqual(['推出']);
    expect(index.get('country')).toEqual(['国家', '国']);
    expect(index.get('search engine')).toEqual(['搜索引擎']);
    expect(index.get('Baidu')).toEqual(['百度']);
  });

  it('keeps proper nouns apart from common words that share their spelling', () => {
    expect(index.get('China')).toEqual(['中国']);
    expect(index.get('china')).toEqual(['瓷']);
  });

  it('skips descriptions, variants and non-Han headwords', () => {
    expect([...index.values()].flat()).not.toContain('110');
    expect([...index.values()].flat()).not.toContain('发布');
    expect(index.has('emergency number')).toBe(false);
  });

  it('serializes to sorted lines that the lookup finds again, key by key', () => {
    const lookup = createCedictLookup(serializeCompactCedict(index));
    for (const [key, words] of index) expect(lookup(key)).toEqual(words);
    expect(lookup('rocket')).toBeUndefined();
    expect(lookup('')).toBeUndefined();
    expect(lookup('zzz')).toBeUndefined();
  });
});

describe('lookupCedict (bundled data)', () => {
  it('finds everyday and proper-noun glosses', () => {
    expect(lookupCedict('search engine')?.[0]).toBe('搜索引擎');
    expect(lookupCedict('Italy')?.[0]).toBe('意大利');
    expect(lookupCedict('parameter')?.[0]).toBe('参数');
    expect(lookupCedict('no such gloss here')).toBeUndefined();
  });
});
