/**
 * Every visitor-facing string of the chat UI, keyed. Add a language by adding a table with the
 * same keys; `{name}`-style placeholders are filled by `t`.
 */
const en = {
  chat: 'Chat',
  openChat: 'Open chat',
  openChatUnread: 'Open chat, {count} unread',
  closeChat: 'Close chat',
  assistant: 'Assistant',
  agentFallback: 'Support team',
  you: 'You',
  headerBotSubtitle: '{workspace} · Virtual assistant',
  headerWaitingSubtitle: 'Connecting you with our team…',
  headerAgentSubtitle: '{workspace} · Support team',
  isTyping: '{name} is typing…',
  reconnecting: 'Reconnecting…',
  messages: 'Messages',
  inputLabel: 'Message',
  inputPlaceholder: 'Write a message…',
  send: 'Send',
  sending: 'Sending…',
  notSent: 'Not sent: {reason}',
  retry: 'Retry',
  suggestedReplies: 'Suggested replies',
  sources: 'Sources:',
  couldNotStart: 'Could not start the conversation.',
  tooLong: 'This message is too long.',
  ended: 'This conversation has ended',
  startNew: 'Start a new conversation',
  loading: 'Loading…',
  unavailable: 'Chat is unavailable right now. Please try again later.',
} as const;

export type StringKey = keyof typeof en;
type Table = Record<StringKey, string>;

const tables: Record<string, Table> = { en };

function pickLanguage(): Table {
  for (const lang of navigator.languages ?? [navigator.language]) {
    const base = lang?.toLowerCase().split('-')[0];
    const table = base ? tables[base] : undefined;
    if (table) return table;
  }
  return en;
}

const active = pickLanguage();

/** The string for `key` in the visitor's language, with `{placeholders}` filled in. */
export function t(key: StringKey, vars?: Record<string, string | number>): string {
  const s = active[key] ?? en[key];
  return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
}
