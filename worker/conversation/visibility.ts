import type { Message, Role } from '../protocol';

/**
 * What a role may see of a message. Visitors never see internal notes; of a bot action
 * they see only its friendly line, and never the bot's confidence.
 */
export function viewFor(role: Role, m: Message): Message | null {
  if (role === 'agent') return m;
  if (m.kind === 'note') return null;
  if (m.kind === 'action') {
    // The body is already the friendly line ("Looked up your order"); the call stays with agents.
    const { data: _, ...line } = m;
    return line;
  }
  if (m.data?.confidence !== undefined) {
    const { confidence: _, ...data } = m.data;
    return { ...m, data };
  }
  return m;
}
