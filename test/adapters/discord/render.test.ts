import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { embedLength } from '../../../src/adapters/discord/limits.ts';
import { NO_PINGS, renderMoreSources, renderReply, type DiscordMessage } from '../../../src/adapters/discord/render.ts';
import { summarizeCommand } from '../../../src/core/chat/define-command.ts';
import type { Reply } from '../../../src/core/chat/reply.ts';
import { abstainedAnswer, createFakeEngine, otherSource, xinghuoAnswer, xinghuoHit, xinghuoPassage } from './fake-engine.ts';

const engine = createFakeEngine();
const customIds = (message: DiscordMessage) => message.components.flatMap((row) => row.components.map((button) => button.custom_id));

describe('renderReply: answers', () => {
  it('shows the answer as the description, the evidence quote, and three sources as fields', () => {
    const [embed] = renderReply({ kind: 'answer', answer: xinghuoAnswer }, { answerKey: 'k1' }).embeds;
    expect(embed!.title).toBe('讯飞星火是谁发布的？');
    expect(embed!.description).toBe('讯飞星火认知大模型由科大讯飞发布。');
    expect(embed!.fields![0]).toEqual({ name: '依据', value: '> 5月6日，科大讯飞正式发布讯飞星火认知大模型。' });
    expect(embed!.fields![1]).toEqual({
      name: '[1] 激战千亿大模型 “国产ChatGPT”背水一战',
      value:
        '2023-05-16 · DoNews\n> 5月6日，科大讯飞正式发布讯飞星火认知大模型。\nhttps://www.donews.com/article/detail/7516/69233.html\n`/source 2023-05-16-donews-guochan-chatgpt#p12`',
    });
    expect(embed!.fields!.map((f) => f.name)).toEqual(['依据', '[1] 激战千亿大模型 “国产ChatGPT”背水一战', '[2] 大模型混战第1篇', '[3] 大模型混战第2篇']);
    expect(embed!.footer).toEqual({ text: '置信度 82% · 用 /source <编号> 查看整段原文' });
  });

  it('offers the sources not shown, and 👍 / 👎, under the answer', () => {
    const message = renderReply({ kind: 'answer', answer: xinghuoAnswer }, { answerKey: 'k1' });
    expect(customIds(message)).toEqual(['ans:more:k1:3', 'ans:up:k1', 'ans:down:k1']);
    expect(message.components[0]!.components[0]!.label).toBe('更多来源 (2)');
    expect(message.components[0]!.components.slice(1).map((b) => b.emoji?.name)).toEqual(['👍', '👎']);
  });

  it('has no "more sources" button when every source is shown, and no buttons without a key', () => {
    const few = { ...xinghuoAnswer, sources: xinghuoAnswer.sources.slice(0, 2) };
    expect(customIds(renderReply({ kind: 'answer', answer: few }, { answerKey: 'k1' }))).toEqual(['ans:up:k1', 'ans:down:k1']);
    expect(renderReply({ kind: 'answer', answer: xinghuoAnswer }).components).toEqual([]);
  });

  it('renders an abstention as "not in the corpus", its closest passages only as "see also"', () => {
    const [embed] = renderReply({ kind: 'answer', answer: abstainedAnswer }, { answerKey: 'k2' }).embeds;
    expect(embed!.title).toBe('语料库中没有找到答案');
    expect(embed!.description).toBe('语料库中没有关于这个问题的内容。');
    expect(embed!.fields!.map((f) => f.name)).toEqual(['另见 [1] 大模型混战第1篇']);
    expect(embed!.footer).toEqual({ text: '下列段落相关，但不足以回答这个问题 · 用 /source <编号> 查看整段原文' });
  });

  it('labels an English answer in English', () => {
    const answer = { ...xinghuoAnswer, question: 'Who released Spark?', answer: 'iFlytek released Spark.', lang: 'en' as const, sources: [] };
    const [embed] = renderReply({ kind: 'answer', answer }).embeds;
    expect(embed!.fields!.map((f) => f.name)).toEqual(['Evidence']);
    expect(embed!.footer!.text).toBe('Confidence 82% · Use /source <id> to read a passage in full');
  });

  it('keeps a huge answer within every limit, keeping the link and passage id of a long quote', () => {
    const long = 'a'.repeat(3000);
    const sources = Array.from({ length: 30 }, (_, i) => ({ ...otherSource(i % 10), title: `标题${i}`.repeat(80), quote: '引文'.repeat(900) }));
    const answer = { ...xinghuoAnswer, question: '问'.repeat(400), answer: '答'.repeat(5000), evidence: [long, long], sources };
    const message = renderReply({ kind: 'answer', answer }, { answerKey: 'k3' });
    const embed = message.embeds[0]!;
    expect(embed.title).toHaveLength(256);
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embed.description!.endsWith('…')).toBe(true);
    expect(embedLength(embed)).toBeLessThanOrEqual(6000);
    for (const field of embed.fields!) {
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
    expect(embed.fields![1]!.value).toMatch(/…\nhttps:\/\/36kr\.com\/p\/220\n`\/source 2023-05-10-36kr-damoxing#p0`$/);
    // Whatever fitting dropped is offered behind the button.
    const shown = embed.fields!.length - 1;
    expect(customIds(message)[0]).toBe(`ans:more:k3:${shown}`);
  });
});

describe('renderReply: other replies', () => {
  it('renders search hits with the matched terms in bold', () => {
    const [embed] = renderReply({ kind: 'hits', query: '讯飞星火', hits: [xinghuoHit] }).embeds;
    expect(embed!.title).toBe('“讯飞星火” 的搜索结果');
    expect(embed!.fields).toEqual([
      {
        name: '[1] 激战千亿大模型 “国产ChatGPT”背水一战',
        value:
          '2023-05-16 · DoNews\n> 5月6日，科大讯飞正式发布**讯飞星火**认知大模型。\nhttps://www.donews.com/article/detail/7516/69233.html\n`/source 2023-05-16-donews-guochan-chatgpt#p12`',
      },
    ]);
  });

  it('says so when nothing matches', () => {
    expect(renderReply({ kind: 'hits', query: 'quantum', hits: [] }).embeds[0]).toMatchObject({ title: 'Search results for “quantum”', description: 'No passages match.', fields: [] });
  });

  it('renders a passage in full with its citation', () => {
    expect(renderReply({ kind: 'passage', passage: xinghuoPassage }).embeds[0]).toMatchObject({
      title: '激战千亿大模型 “国产ChatGPT”背水一战',
      url: 'https://www.donews.com/article/detail/7516/69233.html',
      description: '5月6日，科大讯飞正式发布讯飞星火认知大模型。该模型具备文本生成、语言理解等七大核心能力。',
      fields: [{ name: '出处', value: '2023-05-16 · DoNews' }],
      footer: { text: '2023-05-16-donews-guochan-chatgpt#p12' },
    });
  });

  it('leaves out a passage link that is not http(s), which Discord would reject', () => {
    expect(renderReply({ kind: 'passage', passage: { ...xinghuoPassage, url: 'corpus/a.md' } }).embeds[0]!.url).toBeUndefined();
  });

  it('renders help from the command list', () => {
    const description = renderReply({ kind: 'help', commands: commands.map(summarizeCommand) }).embeds[0]!.description!;
    expect(description.split('\n').slice(0, 5)).toEqual([
      '`/ask <question>` — Ask a question about the articles / 提问',
      '`/search <query>` — Find passages that mention something / 搜索段落',
      '`/source <id>` — Show a cited passage in full / 查看引用原文',
      '`/about` — What the corpus holds / 语料库概况',
      '`/help` — How to use the bot / 使用说明',
    ]);
  });

  it('renders corpus statistics', () => {
    expect(renderReply({ kind: 'about', stats: engine.stats() }).embeds[0]!.fields!.map((f) => f.value)).toEqual([
      '12',
      '340',
      '1980',
      '2023-03-01 – 2023-06-30',
      'DoNews (7), 36氪 (5)',
    ]);
  });

  it('renders text as content, ephemeral, cut to 2,000 characters', () => {
    const message = renderReply({ kind: 'text', text: '长'.repeat(2500) });
    expect(message.content).toHaveLength(2000);
    expect(message.content!.endsWith('…')).toBe(true);
    expect(message.ephemeral).toBe(true);
    expect(message.embeds).toEqual([]);
  });

  it('shows the remaining sources, numbered on from the answer', () => {
    const message = renderMoreSources(xinghuoAnswer.sources, 3, 'zh');
    expect(message.ephemeral).toBe(true);
    expect(message.embeds[0]!.title).toBe('更多来源');
    expect(message.embeds[0]!.fields!.map((f) => f.name)).toEqual(['[4] 大模型混战第3篇', '[5] 大模型混战第4篇']);
  });
});

describe('renderReply: nobody gets pinged', () => {
  const hostile = '@everyone @here <@&1100000000000000077> <@1100000000000000004>';
  const replies: Reply[] = [
    { kind: 'answer', answer: { ...xinghuoAnswer, question: hostile, answer: hostile, evidence: [hostile], sources: [{ ...xinghuoAnswer.sources[0]!, title: hostile, quote: hostile }] } },
    { kind: 'hits', query: hostile, hits: [{ ...xinghuoHit, snippet: hostile, title: hostile }] },
    { kind: 'passage', passage: { ...xinghuoPassage, text: hostile, title: hostile } },
    { kind: 'text', text: hostile },
  ];

  it.each(replies.map((reply) => [reply.kind, reply] as const))('%s: allowedMentions parses nothing and @everyone / @here are broken', (_, reply) => {
    const message = renderReply(reply, { answerKey: 'k' });
    expect(message.allowedMentions).toEqual(NO_PINGS);
    expect(NO_PINGS).toEqual({ parse: [], repliedUser: false });
    const text = JSON.stringify(message);
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).toContain('@\u200beveryone');
  });
});
