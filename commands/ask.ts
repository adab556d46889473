import { z } from 'zod';
import { defineCommand } from '../src/core/chat/define-command.ts';
import { textOption } from '../src/core/chat/run-command.ts';

export default defineCommand({
  name: 'ask',
  description: 'Ask a question about the articles / 提问',
  options: z.object({ question: textOption('Your question, e.g. 5月谁发布了大模型？') }),
  async run(ctx, { question }) {
    await ctx.defer();
    const answer = ctx.engine.answer(question, { conversation: ctx.conversationId });
    await ctx.reply({ kind: 'answer', answer });
  },
});
