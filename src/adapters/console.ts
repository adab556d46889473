import { createInterface } from 'node:readline';
import type { ChatContext } from '../core/chat/chat-context.ts';
import type { Command } from '../core/chat/define-command.ts';
import { summarizeCommand } from '../core/chat/define-command.ts';
import type { Engine } from '../core/engine-api.ts';
import type { Logger } from '../logger.ts';
import { renderText } from './console-render.ts';
import { dispatchCommand } from './dispatch.ts';

/**
 * The local chat console: the same commands and engine as the bots, no tokens needed.
 * A line starting with `/` is a command; anything else is a question (`/ask`). One conversation,
 * so follow-ups work. Ends on `/quit`, Ctrl-D or Ctrl-C.
 */
export async function runConsole(deps: { engine: Engine; commands: Command[]; logger: Logger; input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream }): Promise<void> {
  const output = deps.output ?? process.stdout;
  const input = deps.input ?? process.stdin;
  const byName = new Map(deps.commands.map((c) => [c.name, c]));
  const ask = byName.get('ask')!;
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const write = (text: string) => output.write(`${text}\n`);
  const ctx: ChatContext = {
    platform: 'console',
    user: { id: 'console', name: 'you' },
    chat: { id: 'console', kind: 'private' },
    conversationId: 'console',
    engine: deps.engine,
    commands: deps.commands.map(summarizeCommand),
    reply: async (reply) => {
      write(`${renderText(reply)}\n`);
    },
    defer: async () => {},
  };
  const stats = deps.engine.stats();
  write(`Local console: ${stats.articles} articles. Ask a question (e.g. 5月谁发布了大模型？), /help for commands, /quit to leave.`);
  if (interactive) rl.setPrompt('> ');
  if (interactive) rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line !== '') {
      const m = /^\/(\w+)\s*([\s\S]*)$/.exec(line);
      const command = m ? byName.get(m[1]!.toLowerCase()) : ask;
      if (m && !command) write(`Unknown command /${m[1]}. Try /help.\n`);
      else await dispatchCommand(command!, ctx, m ? m[2]! : line, deps.logger);
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}
