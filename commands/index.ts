import type { Command } from '../src/core/chat/define-command.ts';
import about from './about.ts';
import ask from './ask.ts';
import help from './help.ts';
import search from './search.ts';
import source from './source.ts';

/** Every chat command, in the order menus and help list them. Adapters and the console use this list. */
export const commands: Command[] = [ask, search, source, about, help] as Command[];
