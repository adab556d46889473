/**
 * The official CMRC 2018 metric (cmrc2018_evaluate.py, v5), ported so that the benchmark's
 * figures compare with published ones:
 * - text is lower-cased and trimmed;
 * - a fixed list of punctuation (`SP_CHARS`) is removed. Note that it holds the full-width marks
 *   and a few ASCII symbols, but not `,` `.` `(` `)` `"`: the official script counts those;
 * - each Han character (U+4E00–U+9FA5) is one token; the text between them is split the way
 *   nltk's `word_tokenize` splits it (approximated: runs of letters and digits, with inner `.`/`,`
 *   as in `3.5` or `1,000`, are one token; any other visible character is a token of its own);
 * - F1 is computed from the longest common *contiguous* token run (not the bag of tokens of SQuAD),
 *   EM compares the texts with the punctuation removed; both take the best gold answer.
 */
const SP_CHARS = new Set(['-', ':', '_', '*', '^', '/', '\\', '~', '`', '+', '=', '，', '。', '：', '？', '！', '“', '”', '；', '’', '《', '》', '……', '·', '、', '「', '」', '（', '）', '－', '～', '『', '』']);

const HAN = /[\u4e00-\u9fa5]/;
const LATIN_TOKEN = /[\p{L}\p{N}]+(?:[.,'][\p{L}\p{N}]+)*|[^\s]/gu;

/**
 * Tokens of a text as the official script counts them, punctuation removed.
 * `-` is on the list and is removed before splitting, so `GPT-4` becomes one token, as officially.
 * @example cmrcTokens('GPT-4于2023年发布。') // ['gpt4', '于', '2023', '年', '发', '布']
 */
export function cmrcTokens(text: string): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run !== '') out.push(...(run.match(LATIN_TOKEN) ?? []));
    run = '';
  };
  for (const ch of text.toLowerCase().trim()) {
    if (SP_CHARS.has(ch)) continue;
    if (HAN.test(ch)) {
      flush();
      out.push(ch);
    } else run += ch;
  }
  flush();
  return out;
}

function withoutPunctuation(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase().trim()) if (!SP_CHARS.has(ch)) out += ch;
  return out;
}

/** Length of the longest run of tokens that both sequences hold contiguously. */
function longestCommonRun(a: string[], b: string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 0; i < a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) {
      if (a[i] === b[j]) {
        row[j + 1] = prev[j]! + 1;
        if (row[j + 1]! > best) best = row[j + 1]!;
      }
    }
    prev = row;
  }
  return best;
}

/**
 * Character-level F1 (0..1) of a prediction against the best of its gold answers.
 * @example cmrcF1(['科大讯飞'], '讯飞') // 2·(1·0.5)/(1+0.5) = 0.667
 */
export function cmrcF1(golds: string[], prediction: string): number {
  const predicted = cmrcTokens(prediction);
  let best = 0;
  for (const gold of golds) {
    const expected = cmrcTokens(gold);
    const common = longestCommonRun(expected, predicted);
    if (common === 0) continue;
    const precision = common / predicted.length;
    const recall = common / expected.length;
    best = Math.max(best, (2 * precision * recall) / (precision + recall));
  }
  return best;
}

/**
 * Exact match (0 or 1) with punctuation removed, against any gold answer.
 * @example cmrcEm(['“讯飞星火”'], '讯飞星火') // 1
 */
export function cmrcEm(golds: string[], prediction: string): number {
  const predicted = withoutPunctuation(prediction);
  return golds.some((gold) => withoutPunctuation(gold) === predicted) ? 1 : 0;
}
