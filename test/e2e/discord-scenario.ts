import { IDS, botUser, channelMessage, slashInteraction, type DiscordStandIn, type RecordedRequest } from './stand-ins/discord-stand-in.ts';

/** What the bot sent back during one run of the scenario, for the variants to check. */
export interface ScenarioResult {
  /** `POST /interactions/:id/:token/callback` for the `/ask`. */
  callback: RecordedRequest;
  /** `PATCH /webhooks/:app/:token/messages/@original`: the answer to `/ask`. */
  edit: RecordedRequest;
  /** `POST /channels/:id/messages`: the reply to the message that mentions the bot. */
  mentionReply: RecordedRequest;
  /** The reply to a reply to the bot's answer (a follow-up). */
  followUpReply: RecordedRequest;
}

const interactionToken = 'aW50ZXJhY3Rpb246MTEwMDAwMDAwMDAwMDAwMDAxMDpzdGFuZC1pbg';

/**
 * The conversation both e2e variants play against the stand-in, once the bot has logged in:
 * `/ask` as a slash command, the same question in a message that mentions the bot, then a
 * reply to the bot's answer.
 */
export async function playScenario(standIn: DiscordStandIn, question: string, followUp: string): Promise<ScenarioResult> {
  standIn.dispatch('INTERACTION_CREATE', slashInteraction('1100000000000000010', interactionToken, 'ask', { question }));
  const callback = await standIn.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/interactions/1100000000000000010/${interactionToken}/callback`);
  const edit = await standIn.waitFor((r) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/${IDS.app}/${interactionToken}/messages/@original`);

  standIn.dispatch('MESSAGE_CREATE', channelMessage('1100000000000000020', `<@${IDS.bot}> ${question}`, [botUser]));
  const mentionReply = await standIn.waitFor(
    (r) => r.method === 'POST' && r.path === `/api/v10/channels/${IDS.channel}/messages` && r.body?.message_reference?.message_id === '1100000000000000020',
  );

  // A reply to the bot's answer, with the reply ping switched off: no mention at all.
  standIn.dispatch('MESSAGE_CREATE', channelMessage('1100000000000000030', followUp, [], mentionReply.response.id));
  const followUpReply = await standIn.waitFor(
    (r) => r.method === 'POST' && r.path === `/api/v10/channels/${IDS.channel}/messages` && r.body?.message_reference?.message_id === '1100000000000000030',
  );
  return { callback, edit, mentionReply, followUpReply };
}
