import type { ConversationStatus } from '../protocol';

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

export type Transition =
  | { ok: true; next: Ownership; system: string[] }
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
      const who = event.department ? `${event.agentName} from ${event.department}` : event.agentName;
      return {
        ok: true,
        next: { status: 'agent', assigneeId: event.agentId, assigneeName: event.agentName },
        system: [`${who} joined the conversation`],
      };
    }
    case 'requeued':
      if (state.status === 'queued') return same(state);
      return {
        ok: true,
        next: { status: 'queued', assigneeId: null, assigneeName: null },
        system: [
          state.status === 'agent'
            ? event.reason === 'no_reply'
              ? `Sorry for the wait — finding someone who can reply right away. You're first in line.`
              : `${state.assigneeName ?? 'Your agent'} had to step away. You're first in line for the next person.`
            : 'Finding the next available person.',
        ],
      };
    case 'hand_back':
      if (state.status !== 'agent') return same(state);
      return {
        ok: true,
        next: initialOwnership,
        system: [`${event.byName} handed the conversation back to the bot`],
      };
    case 'leave_queue':
      if (state.status !== 'queued' && state.status !== 'offered') return same(state);
      return {
        ok: true,
        next: initialOwnership,
        system: ['Stopped waiting for a person — the assistant is here to help'],
      };
    case 'resolve':
      if (state.status === 'resolved') return same(state);
      return {
        ok: true,
        next: { ...state, status: 'resolved' },
        system: [`${event.byName} closed the conversation`],
      };
  }
}
