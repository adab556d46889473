import { describe, expect, it } from 'vitest';
import { parseJsonlLine } from '../../src/corpus/parse-jsonl-line.ts';

const row = (fields: Record<string, unknown>): string =>
  JSON.stringify({ title: '小冰CEO谈ChatGPT', date: '2023-01-13', source: '腾讯新闻 (news.qq.com)', url: 'https://news.qq.com/a/1', text: '第一段。\n第二段。', ...fields });

describe('parseJsonlLine', () => {
  it('splits text at newlines into trimmed paragraphs and ids the row <file base>-<line>', () => {
    expect(parseJsonlLine(row({ text: ' 划重点\n\n* 一。\n作者丨叶蓁\n' }), 'news/qqnews-ai-2023.jsonl.gz', 12)).toEqual({
      ok: true,
      article: {
        id: 'qqnews-ai-2023-12',
        title: '小冰CEO谈ChatGPT',
        date: '2023-01-13',
        source: '腾讯新闻 (news.qq.com)',
        url: 'https://news.qq.com/a/1',
        paragraphs: ['划重点', '* 一。', '作者丨叶蓁'],
      },
    });
  });

  it('keeps an optional author and accepts an empty url', () => {
    const result = parseJsonlLine(row({ url: '', author: '叶蓁' }), 'a.jsonl', 1);
    expect(result.ok && [result.article.url, result.article.author]).toEqual(['', '叶蓁']);
  });

  it('reports invalid JSON, a non-object, bad fields and an empty body with file and line', () => {
    // The rest of the message is V8's own wording, which changes between Node versions.
    expect(parseJsonlLine('{"title": "标题"', 'a.jsonl', 4)).toEqual({
      ok: false,
      problem: { file: 'a.jsonl', line: 4, reason: expect.stringMatching(/^invalid JSON: ./) },
    });
    expect(parseJsonlLine('[1, 2]', 'a.jsonl', 5)).toEqual({
      ok: false,
      problem: { file: 'a.jsonl', line: 5, reason: 'each line must be a JSON object {title, date, source, url, text}' },
    });
    expect(parseJsonlLine(JSON.stringify({ title: '', date: '2023年1月13日', source: 3, text: '正文' }), 'a.jsonl', 6)).toEqual({
      ok: false,
      problem: {
        file: 'a.jsonl',
        line: 6,
        reason: 'title is empty; date must be a real day written YYYY-MM-DD (e.g. 2023-05-16), got "2023年1月13日"; source must be text, got number (put it in quotes); url is required',
      },
    });
    expect(parseJsonlLine(row({ text: '\n  \n' }), 'a.jsonl', 7)).toEqual({
      ok: false,
      problem: { file: 'a.jsonl', line: 7, reason: 'empty body: text has no paragraphs' },
    });
  });
});
