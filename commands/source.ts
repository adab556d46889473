import { z } from 'zod';
import { AppError } from '../src/core/chat/app-error.ts';
import { defineCommand } from '../src/core/chat/define-command.ts';

export default defineCommand({
  name: 'source',
  description: 'Show a cited passage in full / 查看引用原文',
  options: z.object({
    id: z
      .string({ error: 'give a passage id such as article#p3 / 请给出段落编号' })
      .trim()
      .min(1, { error: 'give a passage id such as article#p3 / 请给出段落编号' })
      .max(300, { error: 'that is not a passage id / 段落编号无效' })
      .describe('Passage id from an answer, e.g. 2023-05-16-donews-guochan-chatgpt#p12'),
  }),
  async run(ctx, { id }) {
    const passage = ctx.engine.passage(id);
    if (!passage) throw new AppError('not_found', `No passage with id “${id}”. / 没有这个段落。`);
    await ctx.reply({ kind: 'passage', passage });
  },
});
