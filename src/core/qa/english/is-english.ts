/**
 * Whether a question is written in English (and should be translated before searching a Chinese
 * corpus). Latin names inside a Chinese question ("ChatGPT是什么") do not make it English: what
 * counts is English words (no digit, no inner capital) against runs of Chinese characters.
 * @example isEnglishQuestion('When did OpenAI launch ChatGPT?') // true
 * @example isEnglishQuestion('ChatGPT是什么') // false
 * @example isEnglishQuestion('What is 文心一言?') // true
 */
export function isEnglishQuestion(question: string): boolean {
  const englishWords = (question.match(/[A-Za-z]+(?:'[a-z]+)?/g) ?? []).filter(
    (word) => word.length >= 2 && !/.[A-Z]/.test(word),
  ).length;
  const chineseRuns = (question.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu) ?? []).length;
  return chineseRuns === 0 ? englishWords >= 1 : englishWords >= 2 && englishWords > chineseRuns;
}
