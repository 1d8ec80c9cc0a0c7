import type { ConversationStatus, SystemLine, SystemLineKey } from '../protocol';

/**
 * Who holds a conversation, as a pure state machine:
 *
 *   bot ──handoff──► queued ──offered──► offered ──assigned──► agent ──resolve──► resolved
 *    ▲                  ▲                   │                    │ │
 *    │                  └──────requeued─────┴────────────────────┘ │
 *    └────────────────────────────hand_back────────────────────────┘
 *
 * The Durable Object loads the state, asks `transition` what an event means, persists and
 * broadcasts the result. One owner at a time: the bot answers only in bot/queued/offered;
 * once a person holds it the bot is silent until an explicit hand-back. Only the routing
 * object assigns (so exactly one agent wins); an agent who does not hold the conversation
 * can write notes, not replies.
 */
export interface Ownership {
  status: ConversationStatus;
  assigneeId: string | null;
  assigneeName: string | null;
}

export type OwnershipEvent =
  | { type: 'visitor_message' }
  | { type: 'agent_message'; agentId: string }
  | { type: 'request_handoff'; reason: string }
  | { type: 'offered' }
  | { type: 'assigned'; agentId: string; agentName: string; department: string | null }
  | { type: 'requeued'; reason: 'no_reply' | 'agent_left' | 'declined_all' }
  | { type: 'hand_back'; byName: string }
  | { type: 'leave_queue' }
  | { type: 'resolve'; byName: string };

/** A line for the thread: the English `text` agents read, and its key and values for the widget. */
export interface SystemLineText extends SystemLine {
  text: string;
}

/** The English of each system line; the widget has the same lines in every language it speaks. */
const english: Record<SystemLineKey, string> = {
  agent_joined: '{name} joined the conversation',
  agent_joined_from: '{name} from {department} joined the conversation',
  requeued_no_reply: "Sorry for the wait — finding someone who can reply right away. You're first in line.",
  agent_left: "{name} had to step away. You're first in line for the next person.",
  agent_left_unnamed: "Your agent had to step away. You're first in line for the next person.",
  requeued: 'Finding the next available person.',
  handed_back: '{name} handed the conversation back to the bot',
  left_queue: 'Stopped waiting for a person — the assistant is here to help',
  closed: '{name} closed the conversation',
  callback_requested: 'Callback requested — the team will call {reachAt}.',
  contact_left: 'Contact details left — the team will get back to {reachAt}.',
};

/** A system line by key, its English filled in from `vars`. */
export function systemLine(key: SystemLineKey, vars?: Record<string, string>): SystemLineText {
  const text = english[key].replace(/\{(\w+)\}/g, (m, k: string) => vars?.[k] ?? m);
  return vars ? { key, vars, text } : { key, text };
}

export type Transition =
  | { ok: true; next: Ownership; system: SystemLineText[] }
  | { ok: false; code: 'conversation_closed' | 'not_owner'; message: string };

export const initialOwnership: Ownership = { status: 'bot', assigneeId: null, assigneeName: null };

const closed = { ok: false, code: 'conversation_closed', message: 'This conversation is closed.' } as const;
const same = (state: Ownership): Transition => ({ ok: true, next: state, system: [] });

export function transition(state: Ownership, event: OwnershipEvent): Transition {
  if (state.status === 'resolved' && event.type !== 'resolve') {
    return event.type === 'visitor_message' || event.type === 'agent_message' ? closed : same(state);
  }
  switch (event.type) {
    case 'visitor_message':
      return same(state);
    case 'agent_message':
      if (state.status === 'agent' && state.assigneeId === event.agentId) return same(state);
      return {
        ok: false,
        code: 'not_owner',
        message:
          state.status === 'agent'
            ? `${state.assigneeName ?? 'Another agent'} holds this conversation; add a note or ask for a transfer.`
            : 'Join the conversation before replying (notes are fine).',
      };
    case 'request_handoff':
      // Only the bot hands off; a conversation already waiting or held by a person stays put.
      if (state.status !== 'bot') return same(state);
      return { ok: true, next: { status: 'queued', assigneeId: null, assigneeName: null }, system: [] };
    case 'offered':
      if (state.status !== 'queued') return same(state);
      return { ok: true, next: { ...state, status: 'offered' }, system: [] };
    case 'assigned': {
      if (state.status === 'agent' && state.assigneeId === event.agentId) return same(state);
      const name = event.agentName;
      return {
        ok: true,
        next: { status: 'agent', assigneeId: event.agentId, assigneeName: name },
        system: [
          event.department
            ? systemLine('agent_joined_from', { name, department: event.department })
            : systemLine('agent_joined', { name }),
        ],
      };
    }
    case 'requeued':
      if (state.status === 'queued') return same(state);
      return {
        ok: true,
        next: { status: 'queued', assigneeId: null, assigneeName: null },
        system: [
          state.status !== 'agent'
            ? systemLine('requeued')
            : event.reason === 'no_reply'
              ? systemLine('requeued_no_reply')
              : state.assigneeName
                ? systemLine('agent_left', { name: state.assigneeName })
                : systemLine('agent_left_unnamed'),
        ],
      };
    case 'hand_back':
      if (state.status !== 'agent') return same(state);
      return {
        ok: true,
        next: initialOwnership,
        system: [systemLine('handed_back', { name: event.byName })],
      };
    case 'leave_queue':
      if (state.status !== 'queued' && state.status !== 'offered') return same(state);
      return {
        ok: true,
        next: initialOwnership,
        system: [systemLine('left_queue')],
      };
    case 'resolve':
      if (state.status === 'resolved') return same(state);
      return {
        ok: true,
        next: { ...state, status: 'resolved' },
        system: [systemLine('closed', { name: event.byName })],
      };
  }
}
