import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/qa/answer.ts';
import { CALLBACK_DATA_MAX_BYTES, decodeCallbackData } from '../../../src/adapters/telegram/callback-data.ts';
import { escapeHtml, safeHttpUrl, TELEGRAM_TEXT_LIMIT } from '../../../src/adapters/telegram/html.ts';
import { BotMemory } from '../../../src/adapters/telegram/memory.ts';
import { renderReply, renderStart } from '../../../src/adapters/telegram/render.ts';
import { BAIDU, createFakeEngine, hitFrom, XUNFEI } from './fake-engine.ts';

/** What a Telegram user sees: tags removed, entities decoded (as Telegram's HTML parser does). */
function visibleText(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e]!);
}

/** Every `&` starts an entity, every tag is closed: the HTML a split must never break. */
function expectWellFormed(html: string): void {
  expect(html).not.toMatch(/&(?!(amp|lt|gt|quot);)/);
  for (const tag of ['b', 'i', 'code', 'a', 'blockquote']) {
    const opened = html.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0;
    expect(html.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0).toBe(opened);
  }
  expect(visibleText(html)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
}

const engine = createFakeEngine();

describe('renderReply: answers', () => {
  it('shows the answer as plain text, the evidence in a blockquote and linked sources with their passage ids', () => {
    const [message, ...rest] = renderReply({ kind: 'answer', answer: engine.answer('讯飞星火是谁发布的？') });
    expect(rest).toEqual([]);
    expect(message!.html).toBe(
      [
        '❓ <i>讯飞星火是谁发布的？</i>',
        '',
        '💡 讯飞星火认知大模型由科大讯飞于5月6日发布。',
        '',
        '<blockquote>5月6日，科大讯飞正式发布讯飞星火认知大模型。</blockquote>',
        '',
        '📚 来源',
        '1. <a href="https://www.donews.com/article/detail/1234/5678.html?a=1&amp;b=2">激战千亿大模型 “国产ChatGPT”背水一战</a> · DoNews · 2023-05-16',
        '<code>/source 2023-05-16-donews-guochan-chatgpt#p12</code>',
      ].join('\n'),
    );
    expect(message!.keyboard).toBeUndefined();
  });

  it('returns hostile question text literally, escaped', () => {
    const [message] = renderReply({ kind: 'answer', answer: engine.answer('<b>讯飞星火</b> & <script>alert(1)</script>') });
    expect(message!.html).toContain('❓ <i>&lt;b&gt;讯飞星火&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;</i>');
    expect(message!.html).not.toContain('<script>');
    expect(visibleText(message!.html)).toContain('<b>讯飞星火</b> & <script>alert(1)</script>');
    expectWellFormed(message!.html);
  });

  it('says clearly when the corpus does not answer, listing the closest passages as “see also”', () => {
    const [message] = renderReply({ kind: 'answer', answer: engine.answer('谁赢得了世界杯？') });
    expect(message!.html).toBe(
      [
        '❓ <i>谁赢得了世界杯？</i>',
        '',
        '🤷 语料库中没有找到这个问题的答案。',
        '',
        '📚 相关段落（不能回答这个问题）',
        '1. <a href="https://36kr.com/p/2174">百度发布文心一言 &lt;首批&gt; 企业用户</a> · 36氪 · 2023-03-17',
        '<i>3月16日，百度正式发布大语言模型文心一言。</i>\n<code>/source 2023-03-17-36kr-wenxin#p2</code>',
      ].join('\n'),
    );
  });

  it('labels an English answer in English', () => {
    const answer: Answer = { ...engine.answer('Who won?'), lang: 'en', answer: 'The articles do not say.' };
    const html = renderReply({ kind: 'answer', answer })[0]!.html;
    expect(html).toContain('🤷 The corpus does not answer this question.\nThe articles do not say.');
    expect(html).toContain('📚 See also (these do not answer it)');
  });

  it('links only http(s) URLs, and shows other titles as plain text', () => {
    const answer: Answer = { ...engine.answer('讯飞星火？'), sources: [{ ...XUNFEI, url: 'javascript:alert(1)' }] };
    const html = renderReply({ kind: 'answer', answer })[0]!.html;
    expect(html).not.toContain('<a ');
    expect(html).toContain('1. 激战千亿大模型 “国产ChatGPT”背水一战 · DoNews');
    expect(safeHttpUrl('https://example.com/a?x="y"&z=<1>')).toBe('https://example.com/a?x=%22y%22&z=%3C1%3E');
    expect(safeHttpUrl('ftp://example.com/')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
    expect(escapeHtml('"&<>')).toBe('&quot;&amp;&lt;&gt;');
  });

  it('puts “more sources” and 👍/👎 buttons under the last message, with callback data within 64 bytes', () => {
    const memory = new BotMemory();
    const longId = `${'2023-05-16-a-very-long-article-file-name-from-a-crawler'.repeat(4)}#p123`;
    const question = `讯飞星火${'到底是哪家公司在什么时候发布的'.repeat(20)}？`;
    const answer: Answer = { ...engine.answer(question), sources: [{ ...XUNFEI, passageId: longId }] };
    const answerKey = memory.rememberAnswer({ question, conversationId: 'telegram:1', passageIds: [longId] });
    const messages = renderReply({ kind: 'answer', answer }, { answerKey });
    const buttons = messages.at(-1)!.keyboard!.flat();
    expect(buttons.map((b) => b.text)).toEqual(['📚 更多来源', '👍', '👎']);
    for (const button of buttons) {
      expect(Buffer.byteLength(button.callback_data, 'utf8')).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
      expect(decodeCallbackData(button.callback_data)?.key).toBe(answerKey);
    }
    expect(memory.answer(answerKey)?.question).toBe(question);
    expect(decodeCallbackData(buttons[1]!.callback_data)).toEqual({ action: 'vote', vote: 'up', key: answerKey });
  });
});

describe('renderReply: splitting below 4,096 characters', () => {
  it('splits a long passage at sentence breaks, never inside an entity, keeping every character', () => {
    const sentence = '科大讯飞 & 百度 <发布> 了“大模型”。';
    const text = sentence.repeat(700); // 15,400 characters
    const passage = { ...engine.passage(XUNFEI.passageId)!, text };
    const messages = renderReply({ kind: 'passage', passage });
    expect(messages.length).toBe(4);
    for (const message of messages) {
      expect(visibleText(message.html).length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      expectWellFormed(message.html);
    }
    const shown = messages.map((m) => visibleText(m.html)).join('\n');
    expect(shown.replace(/\n/g, '')).toContain(text);
    // Each piece of the passage ends at the end of a sentence.
    for (const message of messages.slice(0, -1)) expect(visibleText(message.html).endsWith('。')).toBe(true);
  });

  it('keeps a long evidence quote inside a blockquote in every message it spans', () => {
    const evidence = ['星火'.repeat(1500) + '。', '认知'.repeat(1500) + '。', '模型'.repeat(1500) + '。'];
    const answer: Answer = { ...engine.answer('讯飞星火？'), evidence: [evidence.join('')] };
    const messages = renderReply({ kind: 'answer', answer }, { answerKey: 'abc123' });
    expect(messages.length).toBe(3);
    for (const message of messages) {
      expectWellFormed(message.html);
      expect(visibleText(message.html).length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    }
    expect(messages[1]!.html).toMatch(/^<blockquote>(认知)+。<\/blockquote>$/);
    expect(messages.slice(0, -1).every((m) => m.keyboard === undefined)).toBe(true);
    expect(messages.at(-1)!.keyboard).toBeDefined();
  });

  it('cuts text without any break between characters, never inside a surrogate pair', () => {
    const messages = renderReply({ kind: 'text', text: `a${'😀'.repeat(5000)}` });
    expect(messages.length).toBe(3);
    for (const message of messages) {
      expectWellFormed(message.html);
      expect(message.html.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    }
    expect(messages.map((m) => m.html).join('')).toBe(`a${'😀'.repeat(5000)}`);
  });
});

describe('renderReply: other kinds', () => {
  it('renders search hits with their matched terms in bold and a /source id each', () => {
    const html = renderReply({ kind: 'hits', query: '讯飞<星火>', hits: [hitFrom(XUNFEI, 3), hitFrom(BAIDU, 1)] })[0]!.html;
    expect(html).toBe(
      [
        '🔎 2 个结果 / results: <i>讯飞&lt;星火&gt;</i>',
        '',
        '1. <a href="https://www.donews.com/article/detail/1234/5678.html?a=1&amp;b=2">激战千亿大模型 “国产ChatGPT”背水一战</a> · DoNews · 2023-05-16',
        '5月6日，科大讯飞正式发布<b>讯飞星火</b>认知大模型。',
        '<code>/source 2023-05-16-donews-guochan-chatgpt#p12</code>',
        '',
        '2. <a href="https://36kr.com/p/2174">百度发布文心一言 &lt;首批&gt; 企业用户</a> · 36氪 · 2023-03-17',
        '3月16日，百度正式发布大语言模型文心一言。',
        '<code>/source 2023-03-17-36kr-wenxin#p2</code>',
      ].join('\n'),
    );
    expect(renderReply({ kind: 'hits', query: 'a&b', hits: [] })[0]!.html).toBe('🔎 没有找到相关段落 / No passages found for <i>a&amp;b</i>');
  });

  it('renders a passage with its citation and id, escaped', () => {
    const html = renderReply({ kind: 'passage', passage: engine.passage(XUNFEI.passageId)! })[0]!.html;
    expect(html).toBe(
      [
        '<a href="https://www.donews.com/article/detail/1234/5678.html?a=1&amp;b=2">激战千亿大模型 “国产ChatGPT”背水一战</a> · DoNews · 2023-05-16',
        '<code>2023-05-16-donews-guochan-chatgpt#p12</code>',
        '',
        '5月6日，科大讯飞正式发布讯飞星火认知大模型。这是国产大模型 &amp; &lt;AI&gt; 竞争的开始。',
      ].join('\n'),
    );
  });

  it('renders help from the command summaries, and about from the corpus stats', () => {
    const help = renderReply(
      { kind: 'help', commands: [{ name: 'ask', description: 'Ask a question / 提问', options: [{ name: 'question', description: 'q', required: true }] }] },
      { botUsername: 'corpus_qa_bot' },
    )[0]!.html;
    expect(help).toContain('<code>/ask &lt;question&gt;</code> — Ask a question / 提问');
    expect(help).toContain('Inline: type @corpus_qa_bot &lt;question&gt; in any chat.');
    expect(renderReply({ kind: 'about', stats: engine.stats() })[0]!.html).toBe(
      '📖 2 篇文章 articles · 30 段 passages · 120 句 sentences\n🗓 2023-03-17 – 2023-05-16\n📰 DoNews (1), 36氪 (1)',
    );
  });

  it('escapes plain text replies and the /start examples', () => {
    expect(renderReply({ kind: 'text', text: 'No passage “<x>&”' })[0]!.html).toBe('No passage “&lt;x&gt;&amp;”');
    const start = renderStart({ botUsername: 'corpus_qa_bot', examples: ['讯飞星火是谁发布的？', 'a<b'] })[0]!.html;
    expect(start).toContain('• <code>讯飞星火是谁发布的？</code>\n• <code>a&lt;b</code>');
  });
});
