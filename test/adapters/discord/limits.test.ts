import { describe, expect, it } from 'vitest';
import { LIMITS, cut, embedLength, fitEmbed, neutralizeMentions } from '../../../src/adapters/discord/limits.ts';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('cut', () => {
  it('leaves text within the limit alone', () => {
    expect(cut('讯飞星火', 4)).toBe('讯飞星火');
  });

  it('cuts to exactly the limit, ending with an ellipsis', () => {
    expect(cut('讯飞星火认知大模型', 5)).toBe('讯飞星火…');
  });

  it('never leaves half a surrogate pair before the ellipsis', () => {
    const text = '大模型😀😀😀'; // each emoji is two UTF-16 code units
    expect(cut(text, 6)).toBe('大模型😀…');
    expect(cut(text, 5)).toBe('大模型…'); // only the first half of 😀 would fit before the ellipsis: drop it whole
    expect(cut(text, 7)).toBe('大模型😀…');
    for (let max = 1; max < text.length; max++) expect(cut(text, max)).not.toMatch(loneSurrogate);
  });

  it('counts in UTF-16 code units, which is never fewer than Discord counts', () => {
    expect(cut('𠀀'.repeat(3000), LIMITS.content).length).toBeLessThanOrEqual(LIMITS.content);
  });
});

describe('neutralizeMentions', () => {
  it('breaks @everyone and @here with a zero-width space', () => {
    expect(neutralizeMentions('通知 @everyone 和 @here')).toBe('通知 @\u200beveryone 和 @\u200bhere');
  });
});

describe('fitEmbed', () => {
  it('keeps at most 25 fields, each within its limits', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `${i}名`.padEnd(300, '名'), value: '值'.repeat(2000) }));
    const fitted = fitEmbed({ fields }, Number.MAX_SAFE_INTEGER);
    expect(fitted.fields).toHaveLength(25);
    expect(fitted.fields!.every((f) => f.name.length === 256 && f.value.length === 1024)).toBe(true);
  });

  it('shortens a long description first, then drops fields from the end, to stay within 6,000 in all', () => {
    const fitted = fitEmbed({ title: '题'.repeat(300), description: '文'.repeat(5000), fields: Array.from({ length: 5 }, () => ({ name: '来源', value: '引'.repeat(1024) })) });
    expect(fitted.title).toHaveLength(256);
    // 256 + 1000 + 4 × 1026 = 5360 ≤ 6000; a fifth field would not fit even with the shortest description.
    expect(fitted.description).toHaveLength(1000);
    expect(fitted.fields).toHaveLength(4);
    expect(embedLength(fitted)).toBeLessThanOrEqual(6000);
  });

  it('takes from the description only what is over the budget', () => {
    const fitted = fitEmbed({ description: '文'.repeat(4000), fields: [{ name: '来源', value: '引'.repeat(1000) }, { name: '来源', value: '引'.repeat(1000) }] });
    expect(fitted.fields).toHaveLength(2);
    expect(embedLength(fitted)).toBe(6000);
    expect(fitted.description).toHaveLength(3996);
    expect(fitted.description!.endsWith('文…')).toBe(true);
  });

  it('cuts the description below the floor when there are no fields left to drop', () => {
    const fitted = fitEmbed({ title: '题', description: '文'.repeat(100) }, 50);
    expect(fitted.description).toHaveLength(49);
  });
});
