import { z } from 'zod';
import { defineCommand } from '../src/core/chat/define-command.ts';

export default defineCommand({
  name: 'about',
  description: 'What the corpus holds / 语料库概况',
  options: z.object({}),
  async run(ctx) {
    await ctx.reply({ kind: 'about', stats: ctx.engine.stats() });
  },
});
