/** What decides whether a message is a question for the bot. */
export interface MessageFacts {
  id: string;
  channelId: string;
  content: string;
  /** A DM with the bot: every message is a question. */
  isDM: boolean;
  /** The bot is mentioned, in the text or by the reply ping. */
  mentionsBot: boolean;
  /** The message this one replies to, if any. */
  replyTo?: string;
}

/**
 * Says whether a message asks the bot something and in which conversation. A reply to one of
 * the bot's answers (`conversationOf` knows it) continues that answer's conversation; a DM is
 * one conversation; a fresh mention in a server starts a new one. The bot's mention (`<@id>` or
 * `<@!id>`) is taken out of the question.
 * @example
 * questionFromMessage({ id: '9', channelId: '5', content: '<@42> 讯飞星火是谁发布的？', isDM: false, mentionsBot: true }, '42', () => undefined)
 * // { question: '讯飞星火是谁发布的？', conversationId: 'discord:msg:9' }
 */
export function questionFromMessage(
  message: MessageFacts,
  botId: string,
  conversationOf: (botMessageId: string) => string | undefined,
): { question: string; conversationId: string } | undefined {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  const followUp = message.replyTo === undefined ? undefined : conversationOf(message.replyTo);
  const mentioned = message.mentionsBot || message.content.includes(`<@${botId}>`) || message.content.includes(`<@!${botId}>`);
  if (!message.isDM && !mentioned && followUp === undefined) return undefined;
  const question = message.content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
  const conversationId = followUp ?? (message.isDM ? `discord:dm:${message.channelId}` : `discord:msg:${message.id}`);
  return { question, conversationId };
}
