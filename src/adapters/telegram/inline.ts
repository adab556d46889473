import type { Context } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { ChatContext } from '../../core/chat/chat-context.ts';
import type { Reply } from '../../core/chat/reply.ts';
import { dispatchCommand } from '../dispatch.ts';
import type { BotDeps } from './bot.ts';
import { renderReply } from './render.ts';

/** Short: answers change when the corpus does, and a cached error would linger. */
const CACHE_SECONDS = 10;

/**
 * `@botname question` in any chat: runs the `ask` command with a context that captures its
 * reply, and offers the rendered answer as one article. Each inline query is its own
 * conversation, since Telegram sends one per keystroke and those are not follow-ups.
 */
export async function handleInlineQuery(ctx: Context & { inlineQuery: { query: string } }, deps: BotDeps): Promise<void> {
  const inline = ctx.inlineQuery;
  const question = inline.query.trim();
  const ask = deps.commands.find((c) => c.name === 'ask');
  if (question === '' || ask === undefined) {
    await ctx.answerInlineQuery([hintArticle(ctx.me.username)], { cache_time: CACHE_SECONDS });
    return;
  }
  if (!deps.inlineGate(String(inline.from.id)).ok) {
    await ctx.answerInlineQuery([], { cache_time: 1, is_personal: true });
    return;
  }
  const replies: Reply[] = [];
  const capture: ChatContext = {
    platform: 'telegram',
    user: { id: String(inline.from.id), name: inline.from.username ?? inline.from.first_name },
    chat: { id: `inline:${inline.from.id}`, kind: inline.chat_type === 'private' || inline.chat_type === 'sender' ? 'private' : 'group' },
    conversationId: `telegram:inline:${inline.id}`,
    engine: deps.engine,
    commands: [],
    async reply(reply) {
      replies.push(reply);
    },
    async defer() {},
  };
  await dispatchCommand(ask, capture, question, deps.logger);
  const results = replies.slice(0, 1).map((reply) => resultArticle(reply, question, ctx.me.username));
  await ctx.answerInlineQuery(results, { cache_time: CACHE_SECONDS });
}

function resultArticle(reply: Reply, question: string, botUsername: string): InlineQueryResultArticle {
  const [first] = renderReply(reply, { botUsername });
  const description = reply.kind === 'answer' ? reply.answer.answer : reply.kind === 'text' ? reply.text : '';
  return {
    type: 'article',
    id: 'answer',
    title: clip(question, 100),
    description: clip(description, 200),
    input_message_content: { message_text: first?.html ?? '…', parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
  };
}

function hintArticle(botUsername: string): InlineQueryResultArticle {
  const text = `在 @${botUsername} 后面输入问题，例如：讯飞星火是谁发布的？\nType a question after @${botUsername}.`;
  return {
    type: 'article',
    id: 'hint',
    title: '输入一个问题 / Type a question',
    description: '例如 e.g. 讯飞星火是谁发布的？',
    input_message_content: { message_text: text },
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
