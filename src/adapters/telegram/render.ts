import type { InlineKeyboardButton } from 'grammy/types';
import type { Answer, CorpusStats, PassageView, SearchHit, Source } from '../../core/qa/answer.ts';
import type { CommandSummary, Reply } from '../../core/chat/reply.ts';
import { encodeCallbackData } from './callback-data.ts';
import { blocksToHtml, link, packBlocks, type Block, type Span } from './html.ts';

/** One Telegram message: HTML text (parse_mode HTML) and, on the last one, inline buttons. */
export interface TelegramMessage {
  html: string;
  keyboard?: InlineKeyboardButton.CallbackButton[][];
}

export interface RenderOptions {
  /** The bot's username (without `@`), for usage hints. */
  botUsername?: string;
  /** With an answer: the key its buttons (more sources, 👍/👎) refer to. No key, no buttons. */
  answerKey?: string;
  /** Budget per message in visible characters; below Telegram's 4,096 to leave room. */
  limit?: number;
  /** How many sources an answer lists; the rest are behind “more sources”. */
  maxSources?: number;
}

const DEFAULT_LIMIT = 4000;

/**
 * Renders a command's reply as Telegram messages: every piece of corpus or user text escaped,
 * split below the limit between blocks or at sentence breaks, never inside markup.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): TelegramMessage[] {
  const blocks = replyBlocks(reply, options);
  const messages: TelegramMessage[] = packBlocks(blocks, options.limit ?? DEFAULT_LIMIT).map((b) => ({ html: blocksToHtml(b) }));
  if (reply.kind === 'answer' && options.answerKey !== undefined && messages.length > 0) {
    messages[messages.length - 1]!.keyboard = answerKeyboard(options.answerKey, reply.answer.lang);
  }
  return messages;
}

/** The `/start` greeting: what the bot does, with example questions to copy. */
export function renderStart(options: { botUsername?: string; examples: string[] }): TelegramMessage[] {
  const blocks: Block[] = [
    { spans: [{ text: '👋 你好！我根据一组中文文章回答问题，并给出出处。\nHi! I answer questions about a collection of Chinese articles, with sources.' }] },
    { spans: [{ text: '试试这些问题 / Try asking:' }] },
    ...options.examples.map((q): Block => ({ gap: 1, spans: [{ text: '• ' }, { text: q, style: 'code' }] })),
    { spans: [{ text: usageLine(options.botUsername) }] },
  ];
  return packBlocks(blocks, DEFAULT_LIMIT).map((b) => ({ html: blocksToHtml(b) }));
}

function replyBlocks(reply: Reply, options: RenderOptions): Block[] {
  switch (reply.kind) {
    case 'answer':
      return answerBlocks(reply.answer, options.maxSources ?? 3);
    case 'hits':
      return hitsBlocks(reply.query, reply.hits);
    case 'passage':
      return passageBlocks(reply.passage);
    case 'help':
      return helpBlocks(reply.commands, options.botUsername);
    case 'about':
      return aboutBlocks(reply.stats);
    case 'text':
      return [{ spans: [{ text: reply.text }] }];
  }
}

const LABELS = {
  zh: { noAnswer: '语料库中没有找到这个问题的答案。', sources: '📚 来源', seeAlso: '📚 相关段落（不能回答这个问题）' },
  en: { noAnswer: 'The corpus does not answer this question.', sources: '📚 Sources', seeAlso: '📚 See also (these do not answer it)' },
} as const;

function answerBlocks(answer: Answer, maxSources: number): Block[] {
  const labels = LABELS[answer.lang];
  const blocks: Block[] = [{ spans: [{ text: '❓ ' }, { text: answer.question, style: 'i' }] }];
  if (answer.abstained) {
    // The core's text already says so; the fixed label makes it unmistakable in either case.
    const text = answer.answer.trim();
    blocks.push({ spans: [{ text: `🤷 ${labels.noAnswer}` }] });
    if (text !== '' && text !== labels.noAnswer) blocks.push({ gap: 1, spans: [{ text }] });
  } else {
    blocks.push({ spans: [{ text: `💡 ${answer.answer}` }] });
    const evidence = [...new Set(answer.evidence.map((e) => e.trim()).filter((e) => e !== ''))];
    if (evidence.length > 0) blocks.push({ quote: true, spans: [{ text: evidence.join('\n') }] });
  }
  const shown = answer.sources.slice(0, maxSources);
  if (shown.length > 0) {
    blocks.push({ spans: [{ text: answer.abstained ? labels.seeAlso : labels.sources }] });
    shown.forEach((source, i) => blocks.push(sourceBlock(source, i, answer.abstained)));
  }
  return blocks;
}

function citation(n: number, item: { title: string; url: string; outlet: string; date: string }): Span[] {
  const meta = [item.outlet, item.date].filter((x) => x !== '').join(' · ');
  return [{ text: `${n}. ` }, link(item.title, item.url), { text: meta === '' ? '' : ` · ${meta}` }];
}

function sourceBlock(source: Source, index: number, withQuote: boolean): Block {
  const spans = [...citation(index + 1, source), { text: '\n' }];
  if (withQuote && source.quote !== '') spans.push({ text: source.quote, style: 'i' }, { text: '\n' });
  spans.push({ text: `/source ${source.passageId}`, style: 'code' });
  return { gap: 1, spans };
}

function hitsBlocks(query: string, hits: SearchHit[]): Block[] {
  if (hits.length === 0) return [{ spans: [{ text: '🔎 没有找到相关段落 / No passages found for ' }, { text: query, style: 'i' }] }];
  return [
    { spans: [{ text: `🔎 ${hits.length} 个结果 / results: ` }, { text: query, style: 'i' }] },
    ...hits.map((hit, i): Block => ({
      spans: [...citation(i + 1, hit), { text: '\n' }, ...snippetSpans(hit.snippet), { text: '\n' }, { text: `/source ${hit.passageId}`, style: 'code' }],
    })),
  ];
}

/** `【term】` marks matched terms in a snippet: shown bold, without the brackets. */
function snippetSpans(snippet: string): Span[] {
  return snippet
    .split(/【([^【】]*)】/)
    .map((text, i): Span => (i % 2 === 1 ? { text, style: 'b' } : { text }))
    .filter((span) => span.text !== '');
}

function passageBlocks(passage: PassageView): Block[] {
  return [
    { spans: citation(1, passage).slice(1) },
    { gap: 1, spans: [{ text: passage.passageId, style: 'code' }] },
    { spans: [{ text: passage.text }] },
  ];
}

function helpBlocks(commands: CommandSummary[], botUsername: string | undefined): Block[] {
  const lines = commands.map((command): Block => {
    const args = command.options.map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('');
    return { gap: 1, spans: [{ text: `/${telegramCommandName(command.name)}${args}`, style: 'code' }, { text: ` — ${command.description}` }] };
  });
  return [
    { spans: [{ text: '我根据一组中文文章回答问题，并给出出处。I answer questions about a collection of Chinese articles, citing my sources.' }] },
    ...lines,
    { spans: [{ text: usageLine(botUsername) }] },
  ];
}

function usageLine(botUsername: string | undefined): string {
  const mention = botUsername === undefined ? 'me' : `@${botUsername}`;
  return [
    '私聊时直接发送问题即可；在群里请用 /ask、回复我的消息或提到我。',
    `In a private chat just send a question; in groups use /ask, reply to my answer, or mention ${mention}.`,
    botUsername === undefined ? '' : `Inline: type @${botUsername} <question> in any chat.`,
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function aboutBlocks(stats: CorpusStats): Block[] {
  const blocks: Block[] = [
    { spans: [{ text: `📖 ${stats.articles} 篇文章 articles · ${stats.passages} 段 passages · ${stats.sentences} 句 sentences` }] },
  ];
  if (stats.firstDate !== '') blocks.push({ gap: 1, spans: [{ text: `🗓 ${stats.firstDate} – ${stats.lastDate}` }] });
  const top = stats.outlets.slice(0, 15).map((o) => `${o.name} (${o.articles})`);
  if (stats.outlets.length > top.length) top.push('…');
  if (top.length > 0) blocks.push({ gap: 1, spans: [{ text: `📰 ${top.join(', ')}` }] });
  return blocks;
}

function answerKeyboard(key: string, lang: Answer['lang']): InlineKeyboardButton.CallbackButton[][] {
  return [
    [
      { text: lang === 'zh' ? '📚 更多来源' : '📚 More sources', callback_data: encodeCallbackData({ action: 'more', key }) },
      { text: '👍', callback_data: encodeCallbackData({ action: 'vote', vote: 'up', key }) },
      { text: '👎', callback_data: encodeCallbackData({ action: 'vote', vote: 'down', key }) },
    ],
  ];
}

/** Telegram command names allow only `a-z`, digits and `_`. */
export function telegramCommandName(name: string): string {
  return name.replace(/-/g, '_');
}
