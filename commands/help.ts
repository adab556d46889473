import { z } from 'zod';
import { defineCommand } from '../src/core/chat/define-command.ts';

export default defineCommand({
  name: 'help',
  description: 'How to use the bot / 使用说明',
  options: z.object({}),
  async run(ctx) {
    await ctx.reply({ kind: 'help', commands: ctx.commands });
  },
});
