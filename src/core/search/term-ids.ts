/**
 * Term → id. Most terms are Han bigrams; they are keyed by a small integer made of their two
 * characters, because hashing a number is much cheaper than hashing a freshly cut string (the
 * index build looks up some 60 million terms).
 */
export class TermIds {
  private readonly words = new Map<string, number>();
  private readonly bigrams = new Map<number, number>();

  get(term: string): number | undefined {
    const key = bigramKey(term);
    return key >= 0 ? this.bigrams.get(key) : this.words.get(term);
  }

  set(term: string, id: number): void {
    const key = bigramKey(term);
    if (key >= 0) this.bigrams.set(key, id);
    else this.words.set(term, id);
  }
}

const HAN_FIRST = 0x3400;
const HAN_SPAN = 0x9fff - HAN_FIRST + 1;

/** A number below 2^30 (a V8 small integer) for two CJK characters, or -1 for anything else. */
function bigramKey(term: string): number {
  if (term.length !== 2) return -1;
  const x = term.charCodeAt(0) - HAN_FIRST;
  const y = term.charCodeAt(1) - HAN_FIRST;
  return x >= 0 && x < HAN_SPAN && y >= 0 && y < HAN_SPAN ? x * HAN_SPAN + y : -1;
}
