import type { Turn } from './memory.ts';

const PRONOUN = /它们|它|其|该产品|该模型|这款产品|这款模型|这个模型|这个产品|这款|此产品/;
const AGENT_PRONOUN = /这家公司|该公司|这家企业|该企业|他们|他|她|这家机构|该机构/;
const WHAT_ABOUT = /^(?:那|那么)?(.{1,24}?)(?:呢|怎么样|又如何)[?？]?$/;

/**
 * Rewrites a follow-up into a whole question using the conversation's last turn:
 * `它是什么时候推出的？` after a question about 通义千问 becomes `通义千问是什么时候推出的？`;
 * `那文心一言呢？` repeats the last question with 文心一言 in place of its topic.
 * Returns the question unchanged when it stands on its own.
 */
export function resolveFollowUp(question: string, last: Turn | undefined): string {
  if (!last) return question;
  const whatAbout = WHAT_ABOUT.exec(question.trim());
  if (whatAbout && last.topic && !/[谁什么哪几多]/.test(whatAbout[1]!)) {
    return last.resolved.split(last.topic).join(whatAbout[1]!.trim());
  }
  if (AGENT_PRONOUN.test(question) && (last.short ?? last.topic)) {
    return question.replace(AGENT_PRONOUN, last.short ?? last.topic ?? '');
  }
  if (PRONOUN.test(question) && last.topic) return question.replace(PRONOUN, last.topic);
  return question;
}
