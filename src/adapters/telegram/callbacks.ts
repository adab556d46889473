import type { Context } from 'grammy';
import { APOLOGY } from '../dispatch.ts';
import type { BotDeps } from './bot.ts';
import { decodeCallbackData } from './callback-data.ts';
import { describeError } from './redact.ts';

/**
 * The buttons under an answer. 👍/👎 are logged with the question and the user id, “more
 * sources” shows passages the answer did not cite. Every press is answered (Telegram shows a
 * spinner on the button until it is), with a short notice when there is nothing to do.
 */
export async function handleCallbackQuery(ctx: Context & { callbackQuery: { data: string } }, deps: BotDeps): Promise<void> {
  const query = ctx.callbackQuery;
  const button = decodeCallbackData(query.data);
  if (button === undefined) {
    await ctx.answerCallbackQuery();
    return;
  }
  const record = deps.memory.answer(button.key);
  const userId = String(query.from.id);

  if (button.action === 'vote') {
    deps.logger.info(`telegram feedback: ${button.vote === 'up' ? '👍' : '👎'}`, {
      vote: button.vote,
      user: userId,
      question: record?.question ?? null,
      sources: record?.passageIds ?? [],
      answerKey: button.key,
    });
    await ctx.answerCallbackQuery({ text: '谢谢反馈！Thanks for the feedback!' });
    return;
  }

  const chat = ctx.chat;
  if (record === undefined || chat === undefined) {
    await ctx.answerCallbackQuery({ text: '这个回答太旧了，请重新提问。This answer is too old: please ask again.' });
    return;
  }
  const gate = deps.gate(userId);
  if (!gate.ok) {
    await ctx.answerCallbackQuery({ text: gate.notice ?? '⏳' });
    return;
  }
  let hits;
  try {
    hits = deps.engine.search(record.question, { limit: 10 }).filter((h) => !record.passageIds.includes(h.passageId)).slice(0, 5);
  } catch (error) {
    deps.logger.error(`telegram: search for “more sources” failed: ${describeError(error)}`, error);
    await ctx.answerCallbackQuery({ text: APOLOGY });
    return;
  }
  if (hits.length === 0) {
    await ctx.answerCallbackQuery({ text: '没有更多来源了。No more sources.' });
    return;
  }
  await ctx.answerCallbackQuery();
  const message = query.message;
  const chatCtx = deps.contextFor(
    ctx,
    {
      chatId: chat.id,
      kind: chat.type === 'private' ? 'private' : 'group',
      replyTo: message?.message_id,
      threadId: message !== undefined && 'is_topic_message' in message && message.is_topic_message ? message.message_thread_id : undefined,
    },
    record.conversationId,
  );
  await chatCtx.reply({ kind: 'hits', query: record.question, hits });
}
