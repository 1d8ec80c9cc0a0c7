import type { ConversationStatus } from '../protocol';

/**
 * Who holds a conversation, as a pure state machine. The Durable Object loads the
 * state, asks `transition` what an event means, persists and broadcasts the result.
 * One owner at a time: the bot answers only in `bot`/`queued`/`offered`; once an agent
 * holds it the bot is silent until an explicit hand-back.
 */
export interface Ownership {
  status: ConversationStatus;
  assigneeId: string | null;
  assigneeName: string | null;
}

export type OwnershipEvent =
  | { type: 'visitor_message' }
  | { type: 'agent_message'; agentId: string; agentName: string }
  | { type: 'request_handoff'; reason: string }
  | { type: 'resolve'; byName: string }
  | { type: 'hand_back'; byName: string };

export type Transition =
  | { ok: true; next: Ownership; system: string[] }
  | { ok: false; code: 'conversation_closed' | 'not_owner'; message: string };

export const initialOwnership: Ownership = { status: 'bot', assigneeId: null, assigneeName: null };

export function transition(state: Ownership, event: OwnershipEvent): Transition {
  switch (event.type) {
    case 'visitor_message':
      if (state.status === 'resolved') {
        return { ok: false, code: 'conversation_closed', message: 'This conversation is closed.' };
      }
      return { ok: true, next: state, system: [] };
    case 'agent_message': {
      if (state.status === 'resolved') {
        return { ok: false, code: 'conversation_closed', message: 'This conversation is closed.' };
      }
      if (state.status === 'agent' && state.assigneeId === event.agentId)
        return { ok: true, next: state, system: [] };
      if (state.status === 'agent' && state.assigneeId !== event.agentId) {
        return {
          ok: false,
          code: 'not_owner',
          message: `${state.assigneeName ?? 'Another agent'} holds this conversation; add a note or ask for a transfer.`,
        };
      }
      // Replying to a conversation nobody holds is a manual pick-up.
      return {
        ok: true,
        next: { status: 'agent', assigneeId: event.agentId, assigneeName: event.agentName },
        system: [`${event.agentName} joined the conversation`],
      };
    }
    case 'request_handoff':
      // Only the bot hands off; a conversation already waiting or held by a person stays put.
      if (state.status !== 'bot') return { ok: true, next: state, system: [] };
      return {
        ok: true,
        next: { status: 'queued', assigneeId: null, assigneeName: null },
        system: ['Waiting for a person from the team'],
      };
    case 'resolve':
      if (state.status === 'resolved') return { ok: true, next: state, system: [] };
      return {
        ok: true,
        next: { status: 'resolved', assigneeId: state.assigneeId, assigneeName: state.assigneeName },
        system: [`${event.byName} closed the conversation`],
      };
    case 'hand_back':
      if (state.status !== 'agent') return { ok: true, next: state, system: [] };
      return {
        ok: true,
        next: initialOwnership,
        system: [`${event.byName} handed the conversation back to the bot`],
      };
  }
}
