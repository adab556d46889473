/**
 * Inline-button payloads. Telegram allows at most 64 bytes of callback data, far less than a
 * question or a passage id, so a button carries only an action and a short key; the answer it
 * belongs to is kept in memory under that key (see `BotMemory`).
 */

export const CALLBACK_DATA_MAX_BYTES = 64;

export type ButtonAction =
  | { action: 'more'; key: string }
  | { action: 'vote'; key: string; vote: 'up' | 'down' };

const KEY = /^[0-9a-z]{1,40}$/;

export function encodeCallbackData(button: ButtonAction): string {
  if (!KEY.test(button.key)) throw new Error(`encodeCallbackData: key must be 1-40 of [0-9a-z], got ${JSON.stringify(button.key)}`);
  return button.action === 'more' ? `more:${button.key}` : `vote:${button.vote}:${button.key}`;
}

/** The button's action, or undefined for data this bot did not produce (old or foreign buttons). */
export function decodeCallbackData(data: string): ButtonAction | undefined {
  const parts = data.split(':');
  if (parts.length === 2 && parts[0] === 'more' && KEY.test(parts[1]!)) return { action: 'more', key: parts[1]! };
  if (parts.length === 3 && parts[0] === 'vote' && (parts[1] === 'up' || parts[1] === 'down') && KEY.test(parts[2]!)) {
    return { action: 'vote', vote: parts[1], key: parts[2]! };
  }
  return undefined;
}
