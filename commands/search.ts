import { z } from 'zod';
import { defineCommand } from '../src/core/chat/define-command.ts';
import { textOption } from '../src/core/chat/run-command.ts';

export default defineCommand({
  name: 'search',
  description: 'Find passages that mention something / 搜索段落',
  options: z.object({ query: textOption('Words to look for, e.g. 讯飞星火') }),
  async run(ctx, { query }) {
    const hits = ctx.engine.search(query, { limit: 5 });
    await ctx.reply({ kind: 'hits', query, hits });
  },
});
