import type { Answer, SearchHit } from '../core/qa/answer.ts';
import type { Reply } from '../core/chat/reply.ts';

/** Renders a reply as plain text for a terminal: the console and the CLIs. */
export function renderText(reply: Reply): string {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply.answer);
    case 'hits':
      return reply.hits.length === 0 ? `No passages found for “${reply.query}”. / 没有找到相关段落。` : reply.hits.map(renderHit).join('\n\n');
    case 'passage': {
      const p = reply.passage;
      return `${p.title} (${p.outlet}, ${p.date || 'undated'}) [${p.passageId}]\n${p.url ? `${p.url}\n` : ''}\n${p.text}`;
    }
    case 'help':
      return [
        'Ask anything about the articles, in Chinese or English. / 用中文或英文提问。',
        ...reply.commands.map((c) => `  /${c.name}${c.options.map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('')}  ${c.description}`),
        'Plain text is a question, e.g. 5月谁发布了大模型？ or: who launched a model in May?',
      ].join('\n');
    case 'about': {
      const s = reply.stats;
      const outlets = s.outlets.slice(0, 8).map((o) => `${o.name} (${o.articles})`).join(', ');
      return `${s.articles} articles, ${s.passages} passages, ${s.sentences} sentences${s.firstDate ? `, ${s.firstDate} to ${s.lastDate}` : ''}.\nSources: ${outlets || 'none'}`;
    }
    case 'text':
      return reply.text;
  }
}

/** An answer with its evidence and numbered sources. */
export function renderAnswer(a: Answer): string {
  const lines = [a.answer];
  if (a.abstained && a.sources.length > 0) lines.push('', 'Closest passages (they do not answer it) / 相关但未回答的段落:');
  else if (a.sources.length > 0) lines.push('', `Sources / 来源 (confidence ${a.confidence.toFixed(2)}):`);
  a.sources.forEach((s, i) => {
    lines.push(`  [${i + 1}] ${s.title} — ${s.outlet}, ${s.date || 'undated'} [${s.passageId}]${s.url ? ` ${s.url}` : ''}`);
    lines.push(`      “${s.quote}”`);
  });
  return lines.join('\n');
}

function renderHit(h: SearchHit, i: number): string {
  return `[${i + 1}] ${h.title} — ${h.outlet}, ${h.date || 'undated'} [${h.passageId}]\n    ${h.snippet}`;
}
