/** The value at quantile `q` (0..1) of unsorted numbers, nearest rank; 0 for none. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Mean of numbers as a percentage with one decimal (`[1, 0]` → `50.0`). */
export function percent(values: number[]): string {
  if (values.length === 0) return '-';
  return ((100 * values.reduce((a, b) => a + b, 0)) / values.length).toFixed(1);
}

/** Milliseconds for a table cell: two decimals below 10 ms, one above. */
export function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** A plain-text table with columns padded to their widest cell (CJK counted as two columns). */
export function table(rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell + ' '.repeat(widths[c]! - width(cell)) : ' '.repeat(widths[c]! - width(cell)) + cell)).join('  ')).join('\n');
}
