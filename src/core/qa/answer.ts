/** Where a passage comes from: what every citation (source, search hit, passage view) shows. */
export interface Citation {
  articleId: string;
  title: string;
  date: string;
  url: string;
  /** The outlet, e.g. `DoNews`. */
  outlet: string;
  /** `<articleId>#p<n>`: what `/source` takes to show the whole passage. */
  passageId: string;
}

/** A place in the corpus an answer rests on, enough to cite it. */
export interface Source extends Citation {
  /** The supporting sentence, verbatim from the corpus. */
  quote: string;
}

/**
 * What the core answers to a question. Adapters render it; they never change its content.
 * When `abstained` is true, `answer` says that the corpus does not answer the question,
 * and `sources` may list the closest passages found (for "see also"), never as support.
 */
export interface Answer {
  question: string;
  /** One or two sentences, at most 200 characters. */
  answer: string;
  /** The exact span the answer rests on (`科大讯飞`, `5月6日`, `1024张`); `''` when abstained. */
  short: string;
  abstained: boolean;
  /** 0..1, calibrated so that answers below the abstention threshold are not given. */
  confidence: number;
  /** Language the answer is written in: follows the question. */
  lang: 'zh' | 'en';
  /** Supporting sentences, verbatim. */
  evidence: string[];
  sources: Source[];
}

/** One ranked search result: a passage, with the best-matching sentence inside it. */
export interface SearchHit extends Citation {
  /** 0-based paragraph position in the article. */
  passage: number;
  /** 0-based sentence position in the passage: the best-matching sentence. */
  sentence: number;
  score: number;
  /** The best sentence with matched terms wrapped in `【` `】`. Plain text otherwise. */
  snippet: string;
  /** The same sentence, unmarked. */
  text: string;
}

/** A whole passage with its citation, for `/source <id>`. */
export interface PassageView extends Citation {
  passage: number;
  text: string;
}

/** What the corpus holds, for `/about`. */
export interface CorpusStats {
  articles: number;
  passages: number;
  sentences: number;
  /** Earliest and latest article dates (`YYYY-MM-DD`), or `''` when no article is dated. */
  firstDate: string;
  lastDate: string;
  /** Outlets with their article counts, most articles first. */
  outlets: Array<{ name: string; articles: number }>;
}
