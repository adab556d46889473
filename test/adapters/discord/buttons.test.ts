import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton } from '../../../src/adapters/discord/buttons.ts';

describe('answer buttons', () => {
  it('round-trips every action through a custom id', () => {
    expect(encodeButton({ action: 'more', key: 'ab12', from: 3 })).toBe('ans:more:ab12:3');
    expect(decodeButton('ans:more:ab12:3')).toEqual({ action: 'more', key: 'ab12', from: 3 });
    expect(decodeButton(encodeButton({ action: 'up', key: 'ab12' }))).toEqual({ action: 'up', key: 'ab12' });
    expect(decodeButton(encodeButton({ action: 'down', key: 'ab12' }))).toEqual({ action: 'down', key: 'ab12' });
  });

  it('ignores custom ids that are not ours', () => {
    expect(decodeButton('poll:yes')).toBeUndefined();
    expect(decodeButton('ans:more:ab12')).toBeUndefined();
    expect(decodeButton('ans:delete:ab12')).toBeUndefined();
  });

  it('refuses a key that would break the 100-character limit or the format', () => {
    expect(() => encodeButton({ action: 'up', key: 'k'.repeat(95) })).toThrow(/invalid custom id/);
    expect(() => encodeButton({ action: 'up', key: 'a:b' })).toThrow(/invalid custom id/);
  });
});
