import { describe, expect, it } from 'vitest';
import type { InlineQueryResultArticle, InputTextMessageContent, Message } from 'grammy/types';
import { APOLOGY } from '../../../src/adapters/dispatch.ts';
import { TELEGRAM_TEXT_LIMIT } from '../../../src/adapters/telegram/html.ts';
import { XUNFEI } from './fake-engine.ts';
import { createHarness, visibleText, type ApiCall } from './harness.ts';
import { ALICE, BOB, BOT_USER, callbackUpdate, GROUP, inlineUpdate, textUpdate, TOKEN } from './updates.ts';

const text = (call: ApiCall | undefined) => String(call?.payload.text);
const sentId = (call: ApiCall | undefined) => (call?.result as Message).message_id;

describe('telegram bot: commands', () => {
  it('/start greets with example questions', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(textUpdate('/start'));
    const [greeting] = h.sent('sendMessage');
    expect(greeting?.payload.chat_id).toBe(ALICE.id);
    expect(greeting?.payload.parse_mode).toBe('HTML');
    expect(text(greeting)).toContain('• <code>讯飞星火是谁发布的？</code>');
    expect(h.engine.calls).toEqual([]);
  });

  it('/help lists every command from commands/', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(textUpdate('/help'));
    const help = text(h.sent('sendMessage')[0]);
    for (const usage of ['/ask &lt;question&gt;', '/search &lt;query&gt;', '/source &lt;id&gt;', '/about', '/help']) expect(help).toContain(usage);
  });

  it('/ask shows “typing”, asks the engine in the chat’s conversation and sends the answer with its sources', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(textUpdate('/ask 讯飞星火是谁发布的？'));
    expect(h.calls.map((c) => c.method)).toEqual(['sendChatAction', 'sendMessage']);
    expect(h.calls[0]!.payload).toMatchObject({ chat_id: ALICE.id, action: 'typing' });
    expect(h.engine.calls).toEqual([{ method: 'answer', question: '讯飞星火是谁发布的？', conversation: `telegram:${ALICE.id}` }]);
    const answer = h.sent('sendMessage')[0]!;
    expect(text(answer)).toContain('💡 讯飞星火认知大模型由科大讯飞于5月6日发布。');
    expect(text(answer)).toContain('<code>/source 2023-05-16-donews-guochan-chatgpt#p12</code>');
    expect(answer.payload.link_preview_options).toEqual({ is_disabled: true });
    expect(answer.payload.reply_parameters).toBeUndefined(); // no need to quote in a private chat
    const buttons = (answer.payload.reply_markup as { inline_keyboard: Array<Array<{ text: string }>> }).inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toEqual(['📚 更多来源', '👍', '👎']);
  });

  it('/search, /source and /about reply with hits, the passage and the corpus stats', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(textUpdate('/search 讯飞星火'));
    await h.bot.handleUpdate(textUpdate(`/source ${XUNFEI.passageId}`));
    await h.bot.handleUpdate(textUpdate('/about'));
    const [hits, passage, about] = h.sent('sendMessage').map(text);
    expect(hits).toContain('🔎 2 个结果 / results: <i>讯飞星火</i>');
    expect(hits).toContain('5月6日，科大讯飞正式发布<b>讯飞星火</b>认知大模型。');
    expect(passage).toContain('这是国产大模型 &amp; &lt;AI&gt; 竞争的开始。');
    expect(about).toContain('📖 2 篇文章 articles');
    expect(h.engine.calls.map((c) => c.method)).toEqual(['search', 'passage']);
  });

  it('shows what is wrong with the input: a missing question, an unknown passage', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(textUpdate('/ask'));
    await h.bot.handleUpdate(textUpdate('/source nope#p1'));
    expect(h.sent('sendMessage').map(text)).toEqual([
      'question: please type some text / 请输入内容 (/ask)',
      'No passage with id “nope#p1”. / 没有这个段落。',
    ]);
    expect(h.engine.calls).toEqual([{ method: 'passage', question: 'nope#p1' }]);
  });

  it('answers an unknown command in a private chat with a hint', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(textUpdate('/frobnicate'));
    expect(h.sent('sendMessage').map(text)).toEqual(['未知命令 / Unknown command. /help']);
  });

  it('logs an engine failure in full (without the token) and apologizes to the user', async () => {
    const h = createHarness();
    h.engine.answer = () => {
      throw new Error(`index broken while calling https://api.telegram.org/bot${TOKEN}/getMe`);
    };
    await h.bot.handleUpdate(textUpdate('讯飞星火是谁发布的？'));
    expect(h.sent('sendMessage').map(text)).toEqual([APOLOGY]);
    const error = h.logs.find((l) => l.level === 'error')!;
    expect(error.message).toBe(`/ask failed on telegram (user ${ALICE.id})`);
    expect(String(error.extra)).toContain('index broken while calling https://api.telegram.org/bot[redacted]/getMe');
    expect(JSON.stringify(h.logs)).not.toContain(TOKEN);
  });
});

describe('telegram bot: questions in chats', () => {
  it('takes any plain text in a private chat as a question, and returns hostile text literally', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(textUpdate('<b>讯飞星火</b> & <script>alert(1)</script>'));
    expect(h.engine.calls[0]).toEqual({ method: 'answer', question: '<b>讯飞星火</b> & <script>alert(1)</script>', conversation: `telegram:${ALICE.id}` });
    const html = text(h.sent('sendMessage')[0]);
    expect(html).toContain('❓ <i>&lt;b&gt;讯飞星火&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;</i>');
    expect(html).not.toContain('<script>');
  });

  it('ignores group chatter and other bots’ commands', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(textUpdate('讯飞星火是谁发布的？', { chat: GROUP }));
    await h.bot.handleUpdate(textUpdate('/ask@other_bot 讯飞星火是谁发布的？', { chat: GROUP }));
    await h.bot.handleUpdate(textUpdate('/frobnicate', { chat: GROUP }));
    expect(h.calls).toEqual([]);
    expect(h.engine.calls).toEqual([]);
  });

  it('answers /ask@botname in a group as a reply, in the asker’s own conversation', async () => {
    const h = createHarness();
    const update = textUpdate('/ask@corpus_qa_bot 讯飞星火是谁发布的？', { chat: GROUP });
    await h.bot.handleUpdate(update);
    expect(h.engine.calls).toEqual([{ method: 'answer', question: '讯飞星火是谁发布的？', conversation: `telegram:${GROUP.id}:${ALICE.id}` }]);
    const answer = h.sent('sendMessage')[0]!;
    expect(answer.payload.chat_id).toBe(GROUP.id);
    expect(answer.payload.reply_parameters).toEqual({ message_id: update.message!.message_id, allow_sending_without_reply: true });
  });

  it('answers a message that mentions it, without the mention', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(textUpdate('@corpus_qa_bot 讯飞星火是谁发布的？', { chat: GROUP, from: BOB }));
    expect(h.engine.calls).toEqual([{ method: 'answer', question: '讯飞星火是谁发布的？', conversation: `telegram:${GROUP.id}:${BOB.id}` }]);
    expect(text(h.sent('sendMessage')[0])).toContain('科大讯飞');
  });

  it('treats a reply to one of its answers as a follow-up in that answer’s conversation', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(textUpdate('/ask 讯飞星火是谁发布的？', { chat: GROUP, from: ALICE }));
    const answerId = sentId(h.sent('sendMessage')[0]);
    await h.bot.handleUpdate(textUpdate('它是什么时候发布的？', { chat: GROUP, from: BOB, replyTo: { message_id: answerId, from: BOT_USER } }));
    const [first, followUp] = h.engine.calls;
    expect(followUp).toEqual({ method: 'answer', question: '它是什么时候发布的？', conversation: first!.conversation });
    expect(first!.conversation).toBe(`telegram:${GROUP.id}:${ALICE.id}`);
    // And a reply to the follow-up's answer stays in the same thread.
    const secondId = sentId(h.sent('sendMessage')[1]);
    await h.bot.handleUpdate(textUpdate('它呢？', { chat: GROUP, from: ALICE, replyTo: { message_id: secondId, from: BOT_USER } }));
    expect(h.engine.calls[2]!.conversation).toBe(first!.conversation);
  });

  it('ignores replies to other people, and falls back to the user’s conversation for unknown bot messages', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(textUpdate('它是什么时候发布的？', { chat: GROUP, from: BOB, replyTo: { message_id: 1, from: ALICE } }));
    expect(h.engine.calls).toEqual([]);
    await h.bot.handleUpdate(textUpdate('它是什么时候发布的？', { chat: GROUP, from: BOB, replyTo: { message_id: 2, from: BOT_USER } }));
    expect(h.engine.calls[0]!.conversation).toBe(`telegram:${GROUP.id}:${BOB.id}`);
  });

  it('splits a long reply into several messages below Telegram’s limit', async () => {
    const h = createHarness();
    const long = '科大讯飞 & 百度 <发布> 了“大模型”。'.repeat(600);
    h.engine.passage = () => ({ ...XUNFEI, passage: 12, text: long });
    await h.bot.handleUpdate(textUpdate(`/source ${XUNFEI.passageId}`));
    const messages = h.sent('sendMessage').map(text);
    expect(messages.length).toBe(4);
    for (const html of messages) expect(visibleText(html).length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    expect(messages.map(visibleText).join('').replace(/\n/g, '')).toContain(long);
  });

  it('limits each user politely: one notice per window, then silence', async () => {
    let now = 0;
    const h = createHarness({ rateLimit: { max: 2, windowMs: 30_000 }, now: () => now });
    for (let i = 0; i < 4; i++) await h.bot.handleUpdate(textUpdate('讯飞星火是谁发布的？'));
    await h.bot.handleUpdate(textUpdate('讯飞星火是谁发布的？', { from: BOB }));
    const texts = h.sent('sendMessage').map(text);
    expect(texts.length).toBe(4);
    expect(texts[2]).toBe('⏳ You are asking a bit fast: please try again in 30 s. / 提问太频繁了，请 30 秒后再试。');
    expect(h.engine.calls.map((c) => c.conversation)).toEqual([`telegram:${ALICE.id}`, `telegram:${ALICE.id}`, `telegram:${BOB.id}`]);
    now = 30_000;
    await h.bot.handleUpdate(textUpdate('讯飞星火是谁发布的？'));
    expect(h.engine.calls.length).toBe(4);
  });
});

describe('telegram bot: inline mode and buttons', () => {
  it('offers the answer to an inline query as an HTML article, cached briefly', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(inlineUpdate('讯飞星火是谁发布的 <b>?'));
    const [call] = h.sent('answerInlineQuery');
    const [article, ...more] = call!.payload.results as InlineQueryResultArticle[];
    expect(more).toEqual([]);
    expect(article!.type).toBe('article');
    expect(article!.title).toBe('讯飞星火是谁发布的 <b>?');
    expect(article!.description).toBe('讯飞星火认知大模型由科大讯飞于5月6日发布。');
    const content = article!.input_message_content as InputTextMessageContent;
    expect(content.parse_mode).toBe('HTML');
    expect(content.message_text).toContain('❓ <i>讯飞星火是谁发布的 &lt;b&gt;?</i>');
    expect(content.message_text).toContain('激战千亿大模型 “国产ChatGPT”背水一战</a>');
    expect(call!.payload.cache_time).toBe(10);
    expect(h.engine.calls[0]!.conversation).toMatch(/^telegram:inline:/);
  });

  it('answers an empty inline query with a hint, without asking the engine', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(inlineUpdate('  '));
    const [article] = h.sent('answerInlineQuery')[0]!.payload.results as InlineQueryResultArticle[];
    expect(article!.id).toBe('hint');
    expect((article!.input_message_content as InputTextMessageContent).message_text).toContain('@corpus_qa_bot');
    expect(h.engine.calls).toEqual([]);
  });

  it('logs 👍/👎 with the question and the user id, and answers the button press', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(textUpdate('讯飞星火是谁发布的？'));
    const answer = h.sent('sendMessage')[0]!;
    const [, up, down] = (answer.payload.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard[0]!;
    await h.bot.handleUpdate(callbackUpdate(down!.callback_data, { from: BOB, messageId: sentId(answer) }));
    await h.bot.handleUpdate(callbackUpdate(up!.callback_data, { messageId: sentId(answer) }));
    const feedback = h.logs.filter((l) => l.level === 'info' && l.message.startsWith('telegram feedback'));
    expect(feedback.map((l) => l.extra)).toEqual([
      { vote: 'down', user: String(BOB.id), question: '讯飞星火是谁发布的？', sources: [XUNFEI.passageId], answerKey: expect.any(String) },
      { vote: 'up', user: String(ALICE.id), question: '讯飞星火是谁发布的？', sources: [XUNFEI.passageId], answerKey: expect.any(String) },
    ]);
    expect(h.sent('answerCallbackQuery').map((c) => c.payload.text)).toEqual(['谢谢反馈！Thanks for the feedback!', '谢谢反馈！Thanks for the feedback!']);
  });

  it('shows more sources than the answer cited, as a reply to the answer', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(textUpdate('讯飞星火是谁发布的？'));
    const answer = h.sent('sendMessage')[0]!;
    const [more] = (answer.payload.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard[0]!;
    await h.bot.handleUpdate(callbackUpdate(more!.callback_data, { messageId: sentId(answer) }));
    expect(h.sent('answerCallbackQuery').length).toBe(1);
    const reply = h.sent('sendMessage')[1]!;
    expect(reply.payload.reply_parameters).toEqual({ message_id: sentId(answer), allow_sending_without_reply: true });
    expect(text(reply)).toContain('百度发布文心一言 &lt;首批&gt; 企业用户');
    expect(text(reply)).not.toContain(XUNFEI.passageId); // already cited
    expect(h.engine.calls.at(-1)).toEqual({ method: 'search', question: '讯飞星火是谁发布的？' });
  });

  it('answers presses of unknown or forgotten buttons with a notice', async () => {
    const h = createHarness();
    await h.bot.handleUpdate(callbackUpdate('more:0123456789abcdef', { messageId: 9 }));
    await h.bot.handleUpdate(callbackUpdate('something-else', { messageId: 9 }));
    expect(h.sent('answerCallbackQuery').map((c) => c.payload.text)).toEqual(['这个回答太旧了，请重新提问。This answer is too old: please ask again.', undefined]);
    expect(h.sent('sendMessage')).toEqual([]);
  });
});
