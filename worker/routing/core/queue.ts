import { begin, end, findItem, removeItem, runDispatch, unhold, withdraw } from './engine';
import { holderOf } from './state';
import type { EnqueueInput, NewQueueItem, Result, RoutingState } from './types';

/**
 * Put a conversation in line (a handoff) or start a transfer, then dispatch. Idempotent: a
 * conversation already queued is updated in place — it keeps its place (original enqueuedAt,
 * first-in-line), its declines and its pending offer (withdrawn by dispatch if the agent no
 * longer fits the new department/language).
 */
export function enqueue(
  state: RoutingState,
  item: EnqueueInput,
  now: number,
  newId?: () => string,
  offerTtlMs?: number,
): Result {
  const d = begin(state, now, newId, offerTtlMs);
  const fields: NewQueueItem = {
    conversationId: item.conversationId,
    contactName: item.contactName,
    kind: item.kind,
    priority: item.priority,
    department: item.department,
    language: item.language,
    reason: item.reason,
    enqueuedAt: item.enqueuedAt,
    firstInLine: item.firstInLine,
    preferredAgentId: item.preferredAgentId,
    fromAgentId: item.fromAgentId,
    targetAgentId: item.targetAgentId,
    note: item.note,
  };
  const existing = findItem(d, item.conversationId);
  if (existing) {
    Object.assign(existing, fields, {
      enqueuedAt: existing.enqueuedAt,
      firstInLine: existing.firstInLine || item.firstInLine,
    });
  } else {
    d.s.queue.push({ ...fields, declinedBy: [], offer: null, retryAfter: null, lastMiss: null });
  }
  d.changed = true;
  runDispatch(d);
  return end(d);
}

/**
 * Offer waiting conversations to free agents (see `runDispatch` in engine.ts); also expires
 * stale offers, so it is safe to call at any time.
 */
export function dispatch(
  state: RoutingState,
  now: number,
  newId?: () => string,
  offerTtlMs?: number,
): Result {
  const d = begin(state, now, newId, offerTtlMs);
  runDispatch(d);
  return end(d);
}

/**
 * The conversation no longer needs an agent: the visitor left ('abandoned' counts toward the
 * abandonment metric when they were still waiting) or it was resolved. Withdraws a pending
 * offer. If an agent already holds it, they let go too (a resolve handle time is recorded), so
 * calling `cancel` and `release` for the same conversation is harmless. Pass `now` to re-dispatch
 * the freed agent right away (without it nothing is dispatched and no handle time is recorded).
 */
export function cancel(
  state: RoutingState,
  conversationId: string,
  reason: 'abandoned' | 'resolved',
  now?: number,
  newId?: () => string,
  offerTtlMs?: number,
): Result {
  const d = begin(state, now ?? 0, newId, offerTtlMs);
  d.clock = now !== undefined;
  const item = findItem(d, conversationId);
  const holder = holderOf(d.s, conversationId);
  if (item) {
    withdraw(d, item, 'cancelled', null);
    removeItem(d, item);
    if (reason === 'abandoned' && !holder) d.s.abandoned++;
  }
  if (holder) unhold(d, holder, conversationId, reason === 'resolved');
  if (!item && !holder) return { state, effects: [] };
  if (now !== undefined) runDispatch(d);
  return end(d);
}

/** The transferring agent changed their mind: drop the pending transfer; they keep the conversation. */
export function cancelTransfer(
  state: RoutingState,
  conversationId: string,
  now: number,
  newId?: () => string,
  offerTtlMs?: number,
): Result {
  const d = begin(state, now, newId, offerTtlMs);
  const item = findItem(d, conversationId);
  if (item?.kind !== 'transfer') return { state, effects: [] };
  withdraw(d, item, 'cancelled', null);
  removeItem(d, item);
  runDispatch(d);
  return end(d);
}
