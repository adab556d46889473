import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../../src/adapters/bounded-map.ts';
import { decodeCallbackData, encodeCallbackData } from '../../../src/adapters/telegram/callback-data.ts';
import { BotMemory } from '../../../src/adapters/telegram/memory.ts';

describe('BoundedMap', () => {
  it('forgets the least recently used entries beyond its capacity', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('讯飞', 1);
    map.set('百度', 2);
    expect(map.get('讯飞')).toBe(1); // now the most recent
    map.set('阿里', 3);
    expect([map.get('讯飞'), map.get('百度'), map.get('阿里'), map.size]).toEqual([1, undefined, 3, 2]);
    expect(() => new BoundedMap(0)).toThrow('BoundedMap: capacity must be a positive integer, got 0');
  });
});

describe('BotMemory', () => {
  it('maps bot messages to conversations per chat, and answers to random keys', () => {
    const memory = new BotMemory({ messages: 10, answers: 10 });
    memory.rememberMessage(-100, 7, 'telegram:-100:111');
    expect(memory.conversationOf(-100, 7)).toBe('telegram:-100:111');
    expect(memory.conversationOf(-200, 7)).toBeUndefined();
    const key = memory.rememberAnswer({ question: '讯飞星火是谁发布的？', conversationId: 'telegram:1', passageIds: ['a#p1'] });
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(memory.rememberAnswer({ question: 'q', conversationId: 'c', passageIds: [] })).not.toBe(key);
    expect(memory.answer(key)?.question).toBe('讯飞星火是谁发布的？');
  });
});

describe('callback data', () => {
  it('round-trips the buttons and rejects anything else', () => {
    expect(decodeCallbackData(encodeCallbackData({ action: 'more', key: 'abc123' }))).toEqual({ action: 'more', key: 'abc123' });
    expect(decodeCallbackData('vote:down:abc123')).toEqual({ action: 'vote', vote: 'down', key: 'abc123' });
    for (const data of ['vote:sideways:abc', 'more:', 'more:ABC', 'more:a:b', '']) expect(decodeCallbackData(data)).toBeUndefined();
    expect(() => encodeCallbackData({ action: 'more', key: 'x'.repeat(41) })).toThrow('encodeCallbackData: key must be 1-40 of [0-9a-z]');
  });
});
