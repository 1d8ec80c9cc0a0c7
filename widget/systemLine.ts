import type { Message, SystemLineKey } from '../worker/protocol';
import { fill, placeholders, type StringKey, type Table } from './locales';

/** The string that says each of the server's system lines (a server key without one is a type error). */
export const SYSTEM_LINE_STRINGS: Record<SystemLineKey, StringKey> = {
  agent_joined: 'systemAgentJoined',
  agent_joined_from: 'systemAgentJoinedFrom',
  requeued_no_reply: 'systemRequeuedNoReply',
  agent_left: 'systemAgentLeft',
  agent_left_unnamed: 'systemAgentLeftUnnamed',
  requeued: 'systemRequeued',
  handed_back: 'systemHandedBack',
  left_queue: 'systemLeftQueue',
  closed: 'systemClosed',
  callback_requested: 'systemCallbackRequested',
  contact_left: 'systemContactLeft',
};

/**
 * A system line ("Maya joined the conversation") in `table`'s language, from its key and values.
 * The stored English body instead when the line has no key (older transcripts), a key this build
 * does not know (a newer server), or lacks a value its wording needs.
 */
export function systemLineText(m: Message, table: Table): string {
  const line = m.data?.system;
  if (!line || !Object.hasOwn(SYSTEM_LINE_STRINGS, line.key)) return m.body;
  const template = table[SYSTEM_LINE_STRINGS[line.key]];
  const vars = line.vars ?? {};
  for (const name of placeholders(template)) if (!Object.hasOwn(vars, name)) return m.body;
  return fill(template, vars);
}
