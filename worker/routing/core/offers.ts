import { assign, begin, type Draft, end, findItem, miss, runDispatch, withdraw } from './engine';
import { dispatch } from './queue';
import { holderOf } from './state';
import { type ClaimCode, type ClaimResult, DEFAULT_GRACE_MS, type Result, type RoutingState } from './types';

function refuse(state: RoutingState, code: ClaimCode, message: string): ClaimResult {
  return { state, effects: [], ok: false, code, message };
}

function won(d: Draft, message: string): ClaimResult {
  runDispatch(d);
  return { ...end(d), ok: true, code: null, message };
}

/** Explain why a conversation can't be had: someone holds it, or it stopped waiting. */
function gone(state: RoutingState, conversationId: string, agentId: string): ClaimResult {
  const holder = holderOf(state, conversationId);
  if (holder && holder.agentId === agentId)
    return { state, effects: [], ok: true, code: null, message: 'You already have this conversation' };
  if (holder) return refuse(state, 'taken', `${holder.name} already took this conversation`);
  return refuse(state, 'not_waiting', 'This conversation is no longer waiting for an agent');
}

/**
 * An agent accepts their offer. Exactly one winner: the offer must still be pending, be theirs
 * and not have expired (an expired offer is left for `expireOffers`, so the DO's alarm — due
 * already — moves it on). Accepting twice is a harmless success.
 */
export function accept(
  state: RoutingState,
  offerId: string,
  agentId: string,
  now: number,
  newId?: () => string,
  offerTtlMs?: number,
): ClaimResult {
  const item = state.queue.find((q) => q.offer?.id === offerId);
  if (!item) {
    const past = (state.recentOffers ?? []).findLast((o) => o.id === offerId);
    if (!past) return refuse(state, 'withdrawn', 'This offer is no longer available');
    const holder = holderOf(state, past.conversationId);
    if (holder) return gone(state, past.conversationId, agentId);
    if (past.agentId !== agentId) return refuse(state, 'not_yours', 'This offer was made to someone else');
    if (past.outcome === 'timeout') return refuse(state, 'expired', 'This offer expired');
    if (past.outcome === 'declined') return refuse(state, 'declined', 'You declined this offer');
    if (past.outcome === 'taken')
      return refuse(state, 'taken', `${past.byName ?? 'Someone else'} already took this conversation`);
    if (!state.queue.some((q) => q.conversationId === past.conversationId))
      return refuse(state, 'not_waiting', 'This conversation is no longer waiting for an agent');
    return refuse(state, 'withdrawn', 'This offer was withdrawn');
  }
  const offer = item.offer!;
  if (offer.agentId !== agentId) return refuse(state, 'not_yours', 'This offer was made to someone else');
  if (now >= offer.expiresAt) return refuse(state, 'expired', 'This offer expired');
  const agent = state.agents[agentId];
  if (!agent) return refuse(state, 'unknown_agent', 'Unknown agent');
  if (agent.active.length >= agent.capacity)
    return refuse(state, 'at_capacity', `You're at your limit of ${agent.capacity} conversations`);
  const d = begin(state, now, newId, offerTtlMs);
  assign(d, findItem(d, item.conversationId)!, d.s.agents[agentId]!);
  return won(d, 'You took this conversation');
}

/**
 * Manual pick-up from the queue. First caller wins, even over a pending offer to someone else
 * (withdrawn as 'taken', with the winner's name). Respects capacity and transfer targets, not
 * skills or past declines (the agent chose it). Later callers learn who took it.
 */
export function claim(
  state: RoutingState,
  conversationId: string,
  agentId: string,
  now: number,
  newId?: () => string,
  offerTtlMs?: number,
): ClaimResult {
  const agent = state.agents[agentId];
  if (!agent) return refuse(state, 'unknown_agent', 'Unknown agent');
  const item = state.queue.find((q) => q.conversationId === conversationId);
  if (!item) return gone(state, conversationId, agentId);
  if (item.fromAgentId === agentId)
    return refuse(state, 'own_transfer', 'You are transferring this conversation');
  if (item.targetAgentId && item.targetAgentId !== agentId) {
    const target = state.agents[item.targetAgentId];
    return refuse(state, 'not_target', `This transfer is for ${target?.name ?? 'another agent'}`);
  }
  if (agent.active.length >= agent.capacity)
    return refuse(state, 'at_capacity', `You're at your limit of ${agent.capacity} conversations`);
  const d = begin(state, now, newId, offerTtlMs);
  const draftItem = findItem(d, conversationId)!;
  const draftAgent = d.s.agents[agentId]!;
  if (draftItem.offer && draftItem.offer.agentId !== agentId) withdraw(d, draftItem, 'taken', agent.name);
  assign(d, draftItem, draftAgent);
  return won(d, 'You took this conversation');
}

/**
 * The agent passes. The conversation goes to the next eligible agent. A transfer nobody else can
 * take fails back to the transferring agent. A handoff that every possible agent declined keeps
 * waiting: new agents can still get it at once, and after DECLINED_ALL_RETRY_MS the declines are
 * forgotten and everyone is asked again (`requeued: declined_all` tells the conversation).
 */
export function decline(
  state: RoutingState,
  offerId: string,
  agentId: string,
  now: number,
  newId?: () => string,
  offerTtlMs?: number,
): Result {
  const d = begin(state, now, newId, offerTtlMs);
  const item = d.s.queue.find((q) => q.offer?.id === offerId);
  if (!item || item.offer!.agentId !== agentId) return { state, effects: [] };
  miss(d, item, 'declined');
  runDispatch(d);
  return end(d);
}

/**
 * Offers past their time count as declines ('timeout'); also re-offers handoffs due a retry.
 * That is what every dispatch does first, so this is dispatch under the name the alarm uses.
 */
export const expireOffers = dispatch;

/**
 * When the DO's alarm should next fire: the earliest offer expiry, declined-all retry, or end of a
 * disconnected agent's grace period (call `expireGrace` and `expireOffers` then).
 */
export function nextDeadline(state: RoutingState, graceMs: number = DEFAULT_GRACE_MS): number | null {
  let next = Number.POSITIVE_INFINITY;
  for (const q of state.queue) {
    if (q.offer) next = Math.min(next, q.offer.expiresAt);
    if (q.retryAfter != null) next = Math.min(next, q.retryAfter);
  }
  for (const id in state.agents) {
    const a = state.agents[id]!;
    if (!a.connected && a.disconnectedAt !== null && (a.status !== 'offline' || a.active.length > 0))
      next = Math.min(next, a.disconnectedAt + graceMs);
  }
  return Number.isFinite(next) ? next : null;
}
