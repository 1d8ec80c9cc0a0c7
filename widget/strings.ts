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
  sources: 'Sources',
  opensInNewTab: '(opens in a new tab)',
  queuePosition: "You're #{position} in line",
  queueNext: "You're next in line",
  queueEtaUnknown: 'estimating your wait…',
  queueEstimating: 'Estimating your wait…',
  etaUnderMinute: 'under a minute',
  etaMinutes: 'about {minutes} min',
  etaHours: 'about {hours} h',
  queueHelping: "I'll keep helping while you wait.",
  leaveQueue: 'Stop waiting',
  leavingQueue: 'Stopping…',
  leaveQueueFailed: "Couldn't stop waiting: {reason}",
  fallbackTitle: 'Nobody from the team can join right now',
  fallbackOpensAt: "That's {when} your time.",
  fallbackContact: 'Leave my contact details',
  fallbackCallback: 'Request a callback',
  fallbackKeepChatting: 'Keep chatting with the assistant',
  ticketContactTitle: 'Leave your contact details',
  ticketCallbackTitle: 'Request a callback',
  ticketContactHint: "We'll get back to you by email or phone.",
  ticketCallbackHint: "We'll call you back as soon as someone is free.",
  fieldName: 'Name',
  fieldEmail: 'Email',
  fieldPhone: 'Phone',
  fieldMessage: 'What can we help with?',
  fieldRequired: 'required',
  fieldOptional: 'optional',
  fieldEmailOrPhone: 'email or phone',
  errName: 'Please enter your name.',
  errEmail: 'Please enter a valid email address.',
  errPhone: 'Please enter a valid phone number.',
  errPhoneRequired: 'Please enter a phone number we can call.',
  errEmailOrPhone: 'Please enter an email address or a phone number.',
  errMessage: 'Please tell us briefly what it is about.',
  ticketSubmitContact: 'Send my details',
  ticketSubmitCallback: 'Request callback',
  ticketSending: 'Sending…',
  ticketFailed: "Couldn't send your details: {reason}",
  cancel: 'Cancel',
  csatQuestion: 'How did we do?',
  csatScore: '{score} out of 5: {label}',
  csat1: 'Very poor',
  csat2: 'Poor',
  csat3: 'OK',
  csat4: 'Good',
  csat5: 'Great',
  csatThanks: 'Thanks for your feedback!',
  csatFailed: "Couldn't send your rating. Try again.",
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
