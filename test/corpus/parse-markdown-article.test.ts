import { describe, expect, it } from 'vitest';
import { parseMarkdownArticle } from '../../src/corpus/parse-markdown-article.ts';

const FRONT = '---\ntitle: 讯飞星火发布\ndate: 2023-05-06\nsource: 新华网\nurl: ""\n---\n';

describe('parseMarkdownArticle', () => {
  it('reads front matter and blank-line separated paragraphs; the id is the file name without extension', () => {
    const text = `---\ntitle: 激战千亿大模型 “国产ChatGPT”背水一战\ndate: 2023-05-16\nsource: DoNews\nurl: https://example.com/a.html\nauthor: 章芳\n---\n\n第一段。\n\n01.“国产ChatGPT”百花齐放\n\n第三段。\n`;
    expect(parseMarkdownArticle(text, 'sub/2023-05-16-donews.md')).toEqual({
      ok: true,
      article: {
        id: '2023-05-16-donews',
        title: '激战千亿大模型 “国产ChatGPT”背水一战',
        date: '2023-05-16',
        source: 'DoNews',
        url: 'https://example.com/a.html',
        author: '章芳',
        paragraphs: ['第一段。', '01.“国产ChatGPT”百花齐放', '第三段。'],
      },
    });
  });

  it('joins wrapped lines: no space between two CJK characters, one space otherwise', () => {
    const result = parseMarkdownArticle(`${FRONT}\n  科大讯飞发布认知大模型\n“讯飞星火”，对标\nChatGPT and\nGPT-4。\n`, 'a.md');
    expect(result.ok && result.article.paragraphs).toEqual(['科大讯飞发布认知大模型“讯飞星火”，对标 ChatGPT and GPT-4。']);
  });

  it('accepts CRLF line ends, a BOM, an empty url and an unknown (empty) date, and leaves author out when absent', () => {
    const text = '\uFEFF---\r\ntitle: 标题\r\ndate: ""\r\nsource: ""\r\nurl: ""\r\n---\r\n\r\n正文。\r\n';
    expect(parseMarkdownArticle(text, 'b.md')).toEqual({
      ok: true,
      article: { id: 'b', title: '标题', date: '', source: '', url: '', paragraphs: ['正文。'] },
    });
  });

  it('reports bad YAML with its line in the file', () => {
    const result = parseMarkdownArticle('---\ntitle: 标题\ndate: [未闭合\n---\n正文', 'bad.md');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.reason).toMatch(/^front matter is not valid YAML: .+ \(line 3 of the file\)$/);
  });

  it('names each kind of problem in words', () => {
    const cases: Array<[string, string]> = [
      ['正文而已', 'no front matter: the file must start with a "---" line, then title, date, source and url, then "---"'],
      ['---\ntitle: 标题\n\n正文', 'front matter is not closed: add a "---" line after the fields'],
      ['---\n- 一\n- 二\n---\n正文', 'front matter must be a mapping of fields (title, date, source, url)'],
      ['---\ndate: 2023-05-16\nsource: DoNews\nurl: ""\n---\n正文', 'title is required'],
      ['---\ntitle: 标题\ndate: 2023/5/16\nsource: DoNews\nurl: ""\n---\n正文', 'date must be a real day written YYYY-MM-DD (e.g. 2023-05-16), got "2023/5/16"'],
      ['---\ntitle: 标题\ndate: 2023-02-30\nsource: DoNews\nurl: ""\n---\n正文', 'date must be a real day written YYYY-MM-DD (e.g. 2023-05-16), got "2023-02-30"'],
      ['---\ntitle: 2023\ndate: 2023-05-16\nsource: DoNews\nurl: 网址\n---\n正文', 'title must be text, got number (put it in quotes); url must be an http(s) URL or "" when unknown, got "网址"'],
      [`${FRONT}\n \n\n`, 'empty body: write the article text after the front matter'],
    ];
    for (const [text, reason] of cases) {
      expect(parseMarkdownArticle(text, 'dir/bad.md')).toEqual({ ok: false, problem: { file: 'dir/bad.md', reason } });
    }
  });
});
