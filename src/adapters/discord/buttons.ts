import { LIMITS } from './limits.ts';

/** What a button under an answer does: show the sources not shown, or record 👍 / 👎. */
export type ButtonAction = { action: 'more'; key: string; from: number } | { action: 'up' | 'down'; key: string };

const PREFIX = 'ans';

/**
 * A button's custom id: `ans:<action>:<answer key>[:<from>]`. The answer itself stays in the
 * adapter's memory (custom ids hold at most 100 characters), the id only names it.
 * @example encodeButton({ action: 'more', key: 'k1', from: 3 }) // 'ans:more:k1:3'
 */
export function encodeButton(button: ButtonAction): string {
  const id = button.action === 'more' ? `${PREFIX}:more:${button.key}:${button.from}` : `${PREFIX}:${button.action}:${button.key}`;
  if (id.length > LIMITS.customId || button.key.includes(':')) {
    throw new Error(`encodeButton: answer key ${JSON.stringify(button.key)} makes an invalid custom id`);
  }
  return id;
}

/** Reads a custom id written by `encodeButton`; anything else (another bot version) is undefined. */
export function decodeButton(customId: string): ButtonAction | undefined {
  const [prefix, action, key, from] = customId.split(':');
  if (prefix !== PREFIX || !key) return undefined;
  if (action === 'up' || action === 'down') return { action, key };
  if (action === 'more' && from !== undefined && /^\d{1,3}$/.test(from)) return { action, key, from: Number(from) };
  return undefined;
}
