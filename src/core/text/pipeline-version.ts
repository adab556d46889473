/**
 * The version of everything that turns text into index terms: folding, sentence splitting,
 * tokenize (words, bigrams, stop words), date terms and lexicon mining. Index snapshots carry
 * it, and a snapshot of another version is rebuilt, never reused: bump it with any change to
 * those files that changes their output.
 */
export const TEXT_PIPELINE_VERSION = 1;
