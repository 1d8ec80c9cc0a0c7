import type { Offer, PresenceStatus, Priority } from '../../protocol/routing';

/** How long an agent has to accept an offer when the caller does not say. */
export const DEFAULT_OFFER_TTL_MS = 30_000;
/** How long a console may be gone before its agent counts as offline (see `expireGrace`). */
export const DEFAULT_GRACE_MS = 60_000;
/** After every available agent declined a handoff, wait this long before offering it to them again. */
export const DECLINED_ALL_RETRY_MS = 60_000;
/** How many recent handle/accept samples are kept for the wait estimate. */
export const SAMPLE_CAP = 50;
/** How many finished offers are remembered, to explain a late accept ("Leo already took it"). */
export const RECENT_OFFERS_CAP = 100;
/** Used until there are real samples. */
export const DEFAULT_ACCEPT_MS = 20_000;
export const DEFAULT_HANDLE_MS = 6 * 60_000;

export interface AgentRecord {
  agentId: string;
  name: string;
  /** Explicit status chosen in the console. */
  status: PresenceStatus;
  /** Has at least one live console socket. */
  connected: boolean;
  /** When the last socket went away (the grace period runs from here). */
  disconnectedAt: number | null;
  /** Empty = any. */
  departments: string[];
  /** Empty = any; matched on the primary subtag ('es' serves 'es-MX'). */
  languages: string[];
  /** Max concurrent conversations. */
  capacity: number;
  /** Conversation ids the agent holds. */
  active: string[];
  /** Last time the agent's load changed (longest idle = smallest). */
  idleSince: number;
}

export interface PendingOffer {
  id: string;
  agentId: string;
  expiresAt: number;
  /** When the offer was made (offer→accept time is a wait-estimate input). */
  offeredAt: number;
}

export interface QueueItem {
  conversationId: string;
  contactName: string | null;
  kind: 'handoff' | 'transfer';
  priority: Priority;
  department: string | null;
  language: string | null;
  reason: string | null;
  enqueuedAt: number;
  /** Requeued after an agent left / didn't reply: served before everyone. */
  firstInLine: boolean;
  /** Returning customer: who helped them last. */
  preferredAgentId: string | null;
  /** Transfers: who holds it now (not eligible; keeps it until accept). */
  fromAgentId: string | null;
  /** Transfers to a named agent: only them. */
  targetAgentId: string | null;
  /** Transfers: private note for the receiving agent. */
  note: string | null;
  /** Agents who declined or let the offer time out. */
  declinedBy: string[];
  offer: PendingOffer | null;
  /**
   * Set when every agent who could take this handoff declined it: until then it is offered
   * only to agents who have not declined; at that time `declinedBy` is cleared and everyone
   * gets another chance.
   */
  retryAfter?: number | null;
  /** The last miss, to explain a failed transfer ("Leo didn't answer"). */
  lastMiss?: { agentId: string; reason: 'declined' | 'timeout' } | null;
}

/** What `enqueue` takes: the routing core owns the rest. */
export type NewQueueItem = Omit<QueueItem, 'declinedBy' | 'offer' | 'retryAfter' | 'lastMiss'>;
/** `enqueue` also accepts a whole QueueItem; the routing-owned fields are ignored. */
export type EnqueueInput = NewQueueItem &
  Partial<Pick<QueueItem, 'declinedBy' | 'offer' | 'retryAfter' | 'lastMiss'>>;

/** Kept while an agent holds a conversation, so it can be requeued with its priority and skills. */
export type ConversationMeta = Pick<
  QueueItem,
  'contactName' | 'priority' | 'department' | 'language' | 'reason'
>;

export interface RecentOffer {
  id: string;
  conversationId: string;
  agentId: string;
  outcome: 'accepted' | 'timeout' | 'declined' | 'taken' | 'cancelled';
  /** Who took it, for `taken` / `accepted`. */
  byName: string | null;
  at: number;
}

export interface RoutingState {
  agents: Record<string, AgentRecord>;
  queue: QueueItem[];
  /** Recent completed handle times and offer→accept times (ms), newest last, capped at SAMPLE_CAP. */
  handleTimesMs: number[];
  acceptTimesMs: number[];
  /** When each active conversation was assigned, for handle time on release. */
  assignedAt: Record<string, number>;
  /** Count of waits the visitor abandoned. */
  abandoned: number;
  /** Queue data of held conversations (to requeue them faithfully). */
  held?: Record<string, ConversationMeta>;
  /** Finished offers, newest last, capped at RECENT_OFFERS_CAP. */
  recentOffers?: RecentOffer[];
}

export type WithdrawReason = 'timeout' | 'declined' | 'taken' | 'cancelled';

export type Effect =
  /** Push to that agent's console. */
  | { type: 'offer'; agentId: string; offer: Offer }
  | {
      type: 'withdraw';
      agentId: string;
      offerId: string;
      conversationId: string;
      reason: WithdrawReason;
      byName: string | null;
    }
  /** Tell the conversation object: connect the visitor now. */
  | {
      type: 'assigned';
      conversationId: string;
      agentId: string;
      agentName: string;
      department: string | null;
      fromAgentId: string | null;
      note: string | null;
    }
  /** The conversation is now offered (status only; the visitor is not told who). */
  | { type: 'offered'; conversationId: string; agentId: string }
  | { type: 'transfer_failed'; conversationId: string; fromAgentId: string; reason: string }
  | { type: 'requeued'; conversationId: string; reason: 'agent_left' | 'no_reply' | 'declined_all' }
  /** Positions/ETAs may have changed: the DO recomputes and pushes. */
  | { type: 'queue_changed' };

export interface Result {
  state: RoutingState;
  effects: Effect[];
}

export type ClaimCode =
  | 'taken'
  | 'expired'
  | 'declined'
  | 'withdrawn'
  | 'not_yours'
  | 'not_waiting'
  | 'at_capacity'
  | 'not_target'
  | 'own_transfer'
  | 'unknown_agent';

export interface ClaimResult extends Result {
  ok: boolean;
  message: string;
  /** Machine-readable reason when ok is false. */
  code: ClaimCode | null;
}
