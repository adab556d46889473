import type { Chat, MessageEntity, Update, User, UserFromGetMe } from 'grammy/types';

/** Literal Telegram updates for tests, shaped as the Bot API sends them. */

export const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdef-123';

export const BOT_INFO: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: 'Corpus QA',
  username: 'corpus_qa_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export const ALICE: User = { id: 111, is_bot: false, first_name: 'Alice', username: 'alice' };
export const BOB: User = { id: 222, is_bot: false, first_name: 'Bob' };
export const BOT_USER: User = { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name, username: BOT_INFO.username };

export const privateChat = (user: User): Chat.PrivateChat => ({ id: user.id, type: 'private', first_name: user.first_name });
export const GROUP: Chat.SupergroupChat = { id: -100777, type: 'supergroup', title: '大模型讨论组' };

let nextUpdateId = 1;
let nextMessageId = 1;

/** Entities as Telegram computes them: a leading `/command` and every `@mention`. */
function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[\w@]+/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const match of text.matchAll(/@\w{5,}/g)) {
    if (command === null || match.index >= command[0].length) entities.push({ type: 'mention', offset: match.index, length: match[0].length });
  }
  return entities;
}

export function textUpdate(
  text: string,
  options: { from?: User; chat?: Chat; replyTo?: { message_id: number; from: User; text?: string } } = {},
): Update {
  const from = options.from ?? ALICE;
  const chat = options.chat ?? privateChat(from);
  const entities = entitiesOf(text);
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: 1_700_000_000,
      chat,
      from,
      text,
      ...(entities.length > 0 ? { entities } : {}),
      ...(options.replyTo
        ? { reply_to_message: { message_id: options.replyTo.message_id, date: 1_700_000_000, chat, from: options.replyTo.from, text: options.replyTo.text ?? '…' } }
        : {}),
    } as Update['message'],
  };
}

export function inlineUpdate(query: string, from: User = ALICE): Update {
  return { update_id: nextUpdateId++, inline_query: { id: `iq${nextUpdateId}`, from, query, offset: '', chat_type: 'supergroup' } };
}

export function callbackUpdate(data: string, options: { from?: User; chat?: Chat; messageId: number }): Update {
  const from = options.from ?? ALICE;
  const chat = options.chat ?? privateChat(from);
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: `cb${nextUpdateId}`,
      from,
      chat_instance: 'ci-1',
      data,
      message: { message_id: options.messageId, date: 1_700_000_000, chat, from: BOT_USER, text: '…' },
    },
  };
}
