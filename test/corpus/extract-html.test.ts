import { describe, expect, it } from 'vitest';
import { extractArticleFromHtml } from '../../src/corpus/extract-html.ts';
import { ingestRawArticle } from '../../src/corpus/ingest-article.ts';

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8">
<title>讯飞星火发布_某某科技网</title>
<meta property="og:site_name" content="某某科技网">
<meta property="article:published_time" content="2023-05-06T10:30:00+08:00">
<link rel="canonical" href="https://example.com/a/1.html">
<script>var tpl = "<p>不是正文</p>";</script>
</head><body>
<nav><a href="/">首页</a> | <a href="/n">新闻</a> | <a href="/t">科技</a></nav>
<div class="crumb">首页 &gt;&gt; 科技 &gt;&gt; 正文</div>
<div class="main">
  <h1>讯飞星火认知大模型发布</h1>
  <div class="info"><span>2023-05-06 10:30</span> <span>来源：新华网</span></div>
  <div class="content">
    <p>5月6日，科大讯飞发布认知大模型“讯飞星火”。</p>
    <p>讯飞星火将在年内<br>
       进行三次升级，全面对标 ChatGPT &amp; GPT-4。</p>
    <h2>01.背景</h2>
    <p>大模型竞争激烈。</p>
    <p>责任编辑：王五</p>
    <p>相关新闻</p>
    <p><a href="/b">另一篇文章</a></p>
  </div>
  <div class="side"><p>热门</p><p>广告位</p></div>
</div>
<footer><p>Copyright © 2023 某某科技网</p><p>京ICP备00000000号</p></footer>
</body></html>`;

describe('extractArticleFromHtml', () => {
  it('takes title from <h1>, date from meta, source from the 来源 line, body from the content <p>s', () => {
    expect(extractArticleFromHtml(PAGE)).toEqual({
      ok: true,
      draft: {
        title: '讯飞星火认知大模型发布',
        date: '2023-05-06',
        source: '新华网',
        url: 'https://example.com/a/1.html',
        author: '王五',
        paragraphs: ['5月6日，科大讯飞发布认知大模型“讯飞星火”。', '讯飞星火将在年内进行三次升级，全面对标 ChatGPT & GPT-4。', '01.背景', '大模型竞争激烈。'],
      },
    });
  });

  it('falls back to <title> without the site name, <time datetime> and og:site_name', () => {
    const html = '<html><head><title>文心一言正式发布 - 某网</title><meta property="og:site_name" content="某网"></head><body><article><time datetime="2023-03-16">3月16日</time><p>百度发布文心一言。</p></article></body></html>';
    expect(extractArticleFromHtml(html)).toEqual({
      ok: true,
      draft: { title: '文心一言正式发布', date: '2023-03-16', source: '某网', url: '', paragraphs: ['百度发布文心一言。'] },
    });
  });

  it('says why a page cannot be used', () => {
    expect(extractArticleFromHtml('<html><body><p>只有正文。</p></body></html>')).toEqual({ ok: false, reason: 'no title found: the page has no og:title, <h1> or <title>' });
    expect(extractArticleFromHtml('<html><head><title>空页面</title></head><body><div>没有段落</div></body></html>')).toEqual({
      ok: false,
      reason: 'no body paragraphs found: no <p> text in the main content of "空页面"',
    });
  });

  it('becomes a corpus Markdown file named <date>-<slug>.md', () => {
    const result = ingestRawArticle(PAGE, 'saved/Xunfei Spark.html');
    expect(result.ok && result.fileName).toBe('2023-05-06-xunfei-spark.md');
    expect(result.ok && result.markdown).toBe(
      '---\ntitle: 讯飞星火认知大模型发布\ndate: 2023-05-06\nsource: 新华网\nurl: https://example.com/a/1.html\nauthor: 王五\n---\n\n' +
        '5月6日，科大讯飞发布认知大模型“讯飞星火”。\n\n讯飞星火将在年内进行三次升级，全面对标 ChatGPT & GPT-4。\n\n01.背景\n\n大模型竞争激烈。\n',
    );
  });
});
