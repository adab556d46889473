import {
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { Reply } from '../../core/chat/reply.ts';
import type { Answer, CorpusStats, PassageView, SearchHit, Source } from '../../core/qa/answer.ts';
import { encodeButton } from './buttons.ts';
import { LIMITS, cut, fitEmbed, neutralizeMentions } from './limits.ts';

/** How many sources an answer shows at once; the rest sit behind the "more sources" button. */
export const SOURCES_SHOWN = 3;

/** Every message the bot sends: nothing in it may ping anyone, not even the user it replies to. */
export const NO_PINGS = { parse: [], repliedUser: false } as { parse: []; repliedUser: false };

/** A platform-ready message: what `reply`, `editReply`, `followUp` and `message.reply` take. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponentWithCustomId>>;
  allowedMentions: typeof NO_PINGS;
  /** Notices and errors are for the person who asked only (where the platform allows it). */
  ephemeral: boolean;
}

const COLOR = { answer: 0x2f9e44, abstained: 0x868e96, info: 0x1971c2 } as const;

type Lang = 'zh' | 'en';
const LABELS = {
  zh: {
    evidence: '依据',
    seeAlso: '另见',
    related: '下列段落相关，但不足以回答这个问题',
    notFound: '语料库中没有找到答案',
    confidence: '置信度',
    more: '更多来源',
    moreTitle: '更多来源',
    noHits: '没有找到相关段落。',
    hitsTitle: (query: string) => `“${query}” 的搜索结果`,
    sourceHint: '用 /source <编号> 查看整段原文',
  },
  en: {
    evidence: 'Evidence',
    seeAlso: 'See also',
    related: 'Related passages below do not answer the question',
    notFound: 'Not in the corpus',
    confidence: 'Confidence',
    more: 'More sources',
    moreTitle: 'More sources',
    noHits: 'No passages match.',
    hitsTitle: (query: string) => `Search results for “${query}”`,
    sourceHint: 'Use /source <id> to read a passage in full',
  },
} as const;

/** The language to label a reply in: Chinese as soon as the text holds a Han character. */
export function langOf(text: string): Lang {
  return /\p{Script=Han}/u.test(text) ? 'zh' : 'en';
}

/**
 * Renders any reply for Discord, within its limits and unable to ping. `answerKey` names the
 * stored answer the buttons refer to; without it an answer has no buttons.
 * @example renderReply({ kind: 'text', text: 'hi @everyone' }).content // 'hi @\u200beveryone'
 */
export function renderReply(reply: Reply, options: { answerKey?: string } = {}): DiscordMessage {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply.answer, options.answerKey);
    case 'hits':
      return embedMessage(renderHits(reply.query, reply.hits));
    case 'passage':
      return embedMessage(renderPassage(reply.passage));
    case 'help':
      return embedMessage(renderHelp(reply.commands));
    case 'about':
      return embedMessage(renderAbout(reply.stats));
    case 'text':
      return { content: plain(reply.text, LIMITS.content), embeds: [], components: [], allowedMentions: NO_PINGS, ephemeral: true };
  }
}

function embedMessage(embed: APIEmbed): DiscordMessage {
  return { embeds: [fitEmbed(embed)], components: [], allowedMentions: NO_PINGS, ephemeral: false };
}

/** Text for a title or field name (no Markdown there): mentions broken, cut to `max`. */
function plain(text: string, max: number): string {
  return cut(neutralizeMentions(text), max);
}

/** Corpus or user text inside Markdown: escaped, mentions broken, cut to `max`. */
function markdown(text: string, max: number): string {
  return cut(neutralizeMentions(escapeMarkdown(text)), max);
}

/** Renders an answer: the answer, its evidence and sources; or a clear "not in the corpus". */
export function renderAnswer(answer: Answer, answerKey?: string): DiscordMessage {
  const labels = LABELS[answer.lang];
  const fields: APIEmbedField[] = [];
  if (!answer.abstained && answer.evidence.length > 0) {
    const quote = answer.evidence.map((sentence) => `> ${escapeMarkdown(sentence)}`).join('\n');
    fields.push({ name: labels.evidence, value: cut(neutralizeMentions(quote), LIMITS.fieldValue) });
  }
  const shownSources = answer.sources.slice(0, SOURCES_SHOWN);
  shownSources.forEach((source, i) => fields.push(sourceField(source, i + 1, answer.abstained ? labels.seeAlso : undefined)));

  const embed = fitEmbed({
    title: plain(answer.abstained ? labels.notFound : answer.question, LIMITS.title),
    description: markdown(answer.answer, LIMITS.description),
    color: answer.abstained ? COLOR.abstained : COLOR.answer,
    fields,
    footer: answer.abstained
      ? { text: `${answer.sources.length > 0 ? `${labels.related} · ` : ''}${labels.sourceHint}` }
      : { text: `${labels.confidence} ${Math.round(answer.confidence * 100)}% · ${labels.sourceHint}` },
  });
  // Fitting may have dropped source fields; the button then offers everything not shown.
  const shown = (embed.fields ?? []).filter((field) => field.name !== labels.evidence).length;
  const components = answerKey === undefined ? [] : [answerButtons(answerKey, shown, answer.sources.length, labels.more)];
  return { embeds: [embed], components, allowedMentions: NO_PINGS, ephemeral: false };
}

function answerButtons(key: string, shown: number, total: number, moreLabel: string): APIActionRowComponent<APIButtonComponentWithCustomId> {
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (total > shown) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: encodeButton({ action: 'more', key, from: shown }),
      label: cut(`${moreLabel} (${total - shown})`, LIMITS.buttonLabel),
    });
  }
  buttons.push(
    { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: encodeButton({ action: 'up', key }), emoji: { name: '👍' } },
    { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: encodeButton({ action: 'down', key }), emoji: { name: '👎' } },
  );
  return { type: ComponentType.ActionRow, components: buttons };
}

/**
 * One source as an embed field: `[n] title` over date · outlet, the quote, the link and the
 * passage id for `/source`. Only the quote is shortened, so the link and the id stay usable.
 */
export function sourceField(source: Source, n: number, prefix?: string): APIEmbedField {
  const name = plain(`${prefix ? `${prefix} ` : ''}[${n}] ${source.title}`, LIMITS.fieldName);
  const head = [source.date, source.outlet].filter(Boolean).map((part) => escapeMarkdown(part)).join(' · ');
  const tail = [source.url, `\`/source ${source.passageId.replace(/`/g, '')}\``].filter(Boolean).join('\n');
  const room = LIMITS.fieldValue - head.length - tail.length - 4; // the three line breaks and "> "
  const quote = source.quote && room > 10 ? `> ${markdown(source.quote, room)}` : '';
  const value = [head, quote, tail].filter(Boolean).join('\n');
  return { name, value: cut(neutralizeMentions(value), LIMITS.fieldValue) };
}

/** The sources an answer did not show, for the ephemeral "more sources" reply. */
export function renderMoreSources(sources: Source[], from: number, lang: Lang): DiscordMessage {
  const rest = sources.slice(from, from + LIMITS.fields);
  const embed = fitEmbed({
    title: LABELS[lang].moreTitle,
    color: COLOR.info,
    fields: rest.map((source, i) => sourceField(source, from + i + 1)),
  });
  return { embeds: [embed], components: [], allowedMentions: NO_PINGS, ephemeral: true };
}

function renderHits(query: string, hits: SearchHit[]): APIEmbed {
  const labels = LABELS[langOf(query)];
  return {
    title: plain(labels.hitsTitle(query), LIMITS.title),
    color: COLOR.info,
    description: hits.length === 0 ? labels.noHits : undefined,
    fields: hits.map((hit, i) => {
      // `【…】` marks the matched terms; bold reads better on Discord.
      const snippet = markdown(hit.snippet, 700).replace(/【/g, '**').replace(/】/g, '**');
      const head = [hit.date, hit.outlet].filter(Boolean).map((part) => escapeMarkdown(part)).join(' · ');
      const value = [head, `> ${snippet}`, hit.url, `\`/source ${hit.passageId.replace(/`/g, '')}\``].filter(Boolean).join('\n');
      return { name: plain(`[${i + 1}] ${hit.title}`, LIMITS.fieldName), value: neutralizeMentions(value) };
    }),
    footer: { text: labels.sourceHint },
  };
}

function renderPassage(passage: PassageView): APIEmbed {
  return {
    title: plain(passage.title, LIMITS.title),
    url: /^https?:\/\//.test(passage.url) ? passage.url : undefined,
    color: COLOR.info,
    description: markdown(passage.text, LIMITS.description),
    fields: [{ name: langOf(passage.text) === 'zh' ? '出处' : 'Source', value: [passage.date, passage.outlet].filter(Boolean).map((part) => escapeMarkdown(part)).join(' · ') || '—' }],
    footer: { text: passage.passageId },
  };
}

function renderHelp(commands: Array<{ name: string; description: string; options: Array<{ name: string; description: string; required: boolean }> }>): APIEmbed {
  const lines = commands.map((command) => {
    const options = command.options.map((option) => (option.required ? ` <${option.name}>` : ` [${option.name}]`)).join('');
    return `\`/${command.name}${options}\` — ${escapeMarkdown(command.description)}`;
  });
  lines.push(
    '',
    'Mention me with a question, or send it in a DM; reply to one of my answers to ask a follow-up.',
    '在频道里 @我 提问，或私信我；回复我的回答即可追问。',
  );
  return { title: 'How to use / 使用说明', color: COLOR.info, description: lines.join('\n') };
}

function renderAbout(stats: CorpusStats): APIEmbed {
  const dates = stats.firstDate && stats.lastDate ? `${stats.firstDate} – ${stats.lastDate}` : '—';
  const outlets = stats.outlets.slice(0, 15).map((o) => `${escapeMarkdown(o.name)} (${o.articles})`).join(', ') || '—';
  return {
    title: 'About the corpus / 语料库概况',
    color: COLOR.info,
    fields: [
      { name: 'Articles / 文章', value: String(stats.articles), inline: true },
      { name: 'Passages / 段落', value: String(stats.passages), inline: true },
      { name: 'Sentences / 句子', value: String(stats.sentences), inline: true },
      { name: 'Dates / 时间范围', value: dates },
      { name: 'Outlets / 来源', value: neutralizeMentions(outlets) },
    ],
  };
}
