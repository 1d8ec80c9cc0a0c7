/**
 * The mutable working copy every public operation runs on. Public functions clone the state
 * (`begin`), apply changes and collect effects here, and return `end(draft)`; nothing outside
 * this folder sees a draft.
 */
import type { Offer } from '../../protocol/routing';
import { orderedQueue } from './order';
import { couldServe, isEligible, pickFrom } from './select';
import { cloneState, holderOf, pushSample } from './state';
import {
  type AgentRecord,
  type ConversationMeta,
  DECLINED_ALL_RETRY_MS,
  DEFAULT_OFFER_TTL_MS,
  type Effect,
  type QueueItem,
  RECENT_OFFERS_CAP,
  type RecentOffer,
  type Result,
  type RoutingState,
  type WithdrawReason,
} from './types';

export interface Draft {
  s: RoutingState & { held: Record<string, ConversationMeta>; recentOffers: RecentOffer[] };
  now: number;
  newId: (() => string) | undefined;
  ttl: number;
  effects: Effect[];
  /** Emit one `queue_changed` at the end. */
  changed: boolean;
  /** False when the caller gave no time (only `cancel` allows that): clocks are left alone. */
  clock: boolean;
}

export function begin(
  state: RoutingState,
  now: number,
  newId?: () => string,
  offerTtlMs: number = DEFAULT_OFFER_TTL_MS,
): Draft {
  return {
    s: cloneState(state) as Draft['s'],
    now,
    newId,
    ttl: offerTtlMs,
    effects: [],
    changed: false,
    clock: true,
  };
}

export function end(d: Draft): Result {
  const effects: Effect[] = d.effects.filter((e) => e.type !== 'queue_changed');
  if (d.changed) effects.push({ type: 'queue_changed' });
  return { state: d.s, effects };
}

/** Positions or ETAs depend on agent load and presence too: note a change when anyone waits. */
export function touchQueue(d: Draft): void {
  if (d.s.queue.length > 0) d.changed = true;
}

function remember(d: Draft, entry: Omit<RecentOffer, 'at'>): void {
  d.s.recentOffers.push({ ...entry, at: d.now });
  if (d.s.recentOffers.length > RECENT_OFFERS_CAP)
    d.s.recentOffers.splice(0, d.s.recentOffers.length - RECENT_OFFERS_CAP);
}

export function withdraw(d: Draft, item: QueueItem, reason: WithdrawReason, byName: string | null): void {
  const offer = item.offer;
  if (!offer) return;
  d.effects.push({
    type: 'withdraw',
    agentId: offer.agentId,
    offerId: offer.id,
    conversationId: item.conversationId,
    reason,
    byName,
  });
  remember(d, {
    id: offer.id,
    conversationId: item.conversationId,
    agentId: offer.agentId,
    outcome: reason,
    byName,
  });
  item.offer = null;
}

/** A decline or a timeout: the agent is skipped for this item from now on (until a retry round). */
export function miss(d: Draft, item: QueueItem, reason: 'declined' | 'timeout'): void {
  const agentId = item.offer?.agentId;
  if (!agentId) return;
  withdraw(d, item, reason, null);
  if (!item.declinedBy.includes(agentId)) item.declinedBy.push(agentId);
  item.lastMiss = { agentId, reason };
}

function makeOffer(d: Draft, item: QueueItem, agent: AgentRecord): void {
  const id = d.newId ? d.newId() : `${item.conversationId}:${agent.agentId}:${d.now}`;
  const expiresAt = d.now + d.ttl;
  item.offer = { id, agentId: agent.agentId, expiresAt, offeredAt: d.now };
  const from = item.fromAgentId ? d.s.agents[item.fromAgentId] : undefined;
  const offer: Offer = {
    id,
    conversationId: item.conversationId,
    kind: item.kind,
    contactName: item.contactName,
    priority: item.priority,
    department: item.department,
    language: item.language,
    reason: item.reason,
    note: item.note,
    fromAgentName: from?.name ?? null,
    expiresAt,
  };
  d.effects.push({ type: 'offer', agentId: agent.agentId, offer });
  d.effects.push({ type: 'offered', conversationId: item.conversationId, agentId: agent.agentId });
}

export function removeItem(d: Draft, item: QueueItem): void {
  const i = d.s.queue.indexOf(item);
  if (i >= 0) d.s.queue.splice(i, 1);
  d.changed = true;
}

export function findItem(d: Draft, conversationId: string): QueueItem | undefined {
  return d.s.queue.find((q) => q.conversationId === conversationId);
}

/**
 * Hand a conversation to an agent: off the queue, off the transferring agent, onto the new
 * one. Handle-time samples are recorded whenever a slot frees (a transfer frees one too).
 */
export function assign(d: Draft, item: QueueItem, agent: AgentRecord): void {
  const cid = item.conversationId;
  if (item.offer && item.offer.agentId === agent.agentId) {
    pushSample(d.s.acceptTimesMs, d.now - item.offer.offeredAt);
    remember(d, {
      id: item.offer.id,
      conversationId: cid,
      agentId: agent.agentId,
      outcome: 'accepted',
      byName: agent.name,
    });
    item.offer = null;
  }
  removeItem(d, item);
  // Whoever held it (the transferring agent) lets go now, not before.
  for (let holder = holderOf(d.s, cid); holder; holder = holderOf(d.s, cid)) {
    holder.active = holder.active.filter((c) => c !== cid);
    holder.idleSince = d.now;
    const since = d.s.assignedAt[cid];
    if (since !== undefined) pushSample(d.s.handleTimesMs, d.now - since);
  }
  agent.active.push(cid);
  agent.idleSince = d.now;
  d.s.assignedAt[cid] = d.now;
  d.s.held[cid] = {
    contactName: item.contactName,
    priority: item.priority,
    department: item.department,
    language: item.language,
    reason: item.reason,
  };
  d.effects.push({
    type: 'assigned',
    conversationId: cid,
    agentId: agent.agentId,
    agentName: agent.name,
    department: item.department,
    fromAgentId: item.fromAgentId,
    note: item.note,
  });
}

/** Let go of a held conversation; `completed` records its handle time. */
export function unhold(d: Draft, agent: AgentRecord, conversationId: string, completed: boolean): void {
  agent.active = agent.active.filter((c) => c !== conversationId);
  if (d.clock) agent.idleSince = d.now;
  const since = d.s.assignedAt[conversationId];
  if (completed && d.clock && since !== undefined) pushSample(d.s.handleTimesMs, d.now - since);
  delete d.s.assignedAt[conversationId];
  delete d.s.held[conversationId];
  touchQueue(d);
}

/**
 * Put a held conversation back in line, first, because its agent left or did not reply.
 * A transfer that agent had started becomes a plain handoff (nobody holds it any more), still
 * preferring the named target.
 */
export function requeueHeld(
  d: Draft,
  agent: AgentRecord,
  conversationId: string,
  reason: 'agent_left' | 'no_reply',
  skipAgent: boolean,
): void {
  const meta = d.s.held[conversationId];
  unhold(d, agent, conversationId, false);
  const existing = findItem(d, conversationId);
  if (existing) {
    if (existing.fromAgentId === agent.agentId) {
      existing.preferredAgentId = existing.targetAgentId;
      existing.kind = 'handoff';
      existing.fromAgentId = null;
      existing.targetAgentId = null;
    }
    existing.firstInLine = true;
    if (skipAgent && !existing.declinedBy.includes(agent.agentId)) existing.declinedBy.push(agent.agentId);
  } else {
    d.s.queue.push({
      conversationId,
      contactName: meta?.contactName ?? null,
      kind: 'handoff',
      priority: meta?.priority ?? 'normal',
      department: meta?.department ?? null,
      language: meta?.language ?? null,
      reason: meta?.reason ?? null,
      enqueuedAt: d.now,
      firstInLine: true,
      preferredAgentId: null,
      fromAgentId: null,
      targetAgentId: null,
      note: null,
      declinedBy: skipAgent ? [agent.agentId] : [],
      offer: null,
    });
  }
  d.changed = true;
  d.effects.push({ type: 'requeued', conversationId, reason });
}

function describeAgentAbsence(agent: AgentRecord): string {
  if (agent.status === 'offline') return `${agent.name} is offline`;
  if (agent.status === 'away') return `${agent.name} is away`;
  if (!agent.connected) return `${agent.name} isn't connected right now`;
  return `${agent.name} can't take this conversation`;
}

/** Why a waiting transfer can never be taken now (it is then dropped), or null while there is hope. */
function transferDeadEnd(d: Draft, item: QueueItem, agents: readonly AgentRecord[]): string | null {
  if (item.targetAgentId) {
    const target = d.s.agents[item.targetAgentId];
    if (!target) return 'That agent is no longer on the team';
    if (target.agentId === item.fromAgentId) return "You can't transfer a conversation to yourself";
    if (item.declinedBy.includes(target.agentId))
      return item.lastMiss?.agentId === target.agentId && item.lastMiss.reason === 'timeout'
        ? `${target.name} didn't answer the transfer`
        : `${target.name} declined the transfer`;
    if (!couldServe(target, item)) {
      const skills = [item.department, item.language].filter(Boolean).join(' / ');
      if (target.status === 'online' && target.connected && skills)
        return `${target.name} doesn't cover ${skills}`;
      return describeAgentAbsence(target);
    }
    return null;
  }
  let pool = 0;
  for (const a of agents) {
    if (!couldServe(a, item)) continue;
    pool++;
    if (!item.declinedBy.includes(a.agentId)) return null;
  }
  const team = item.department ? `in ${item.department}` : 'else';
  return pool > 0
    ? `Everyone available ${team} declined the transfer`
    : `Nobody ${team} is available right now`;
}

/**
 * The heart of routing. First cleans up pending offers (expired → counts as a miss; agent no
 * longer eligible — away, disconnected, full, skills changed → withdrawn), then walks the queue in
 * service order and offers each waiting item to the best free agent, at most one pending offer
 * per agent. Items nobody can take stay in line, except:
 * - a transfer with no possible taker left is dropped and reported to the transferring agent;
 * - a handoff every possible agent declined is given a retry time (and `requeued: declined_all`).
 */
export function runDispatch(d: Draft): void {
  const { s, now } = d;
  for (const item of s.queue) {
    const offer = item.offer;
    if (!offer) continue;
    if (now >= offer.expiresAt) {
      miss(d, item, 'timeout');
      continue;
    }
    const agent = s.agents[offer.agentId];
    if (!agent || !isEligible(agent, item, now)) withdraw(d, item, 'cancelled', null);
  }

  const agents = Object.values(s.agents);
  const busy = new Set<string>();
  for (const q of s.queue) if (q.offer) busy.add(q.offer.agentId);
  let free = 0;
  for (const a of agents)
    if (a.status === 'online' && a.connected && a.active.length < a.capacity && !busy.has(a.agentId)) free++;

  const drop: QueueItem[] = [];
  for (const item of orderedQueue(s.queue)) {
    if (item.offer) continue;
    if (item.retryAfter != null && now >= item.retryAfter) {
      item.retryAfter = null;
      item.declinedBy = [];
    }
    const agent = free > 0 ? pickFrom(agents, s.agents, item, now, busy) : null;
    if (agent) {
      makeOffer(d, item, agent);
      busy.add(agent.agentId);
      free--;
      continue;
    }
    if (item.kind === 'transfer' && item.fromAgentId) {
      const reason = transferDeadEnd(d, item, agents);
      if (reason) {
        drop.push(item);
        d.effects.push({
          type: 'transfer_failed',
          conversationId: item.conversationId,
          fromAgentId: item.fromAgentId,
          reason,
        });
      }
      continue;
    }
    if (item.retryAfter == null && item.declinedBy.length > 0) {
      let pool = 0;
      let allDeclined = true;
      for (const a of agents) {
        if (!couldServe(a, item)) continue;
        pool++;
        if (!item.declinedBy.includes(a.agentId)) {
          allDeclined = false;
          break;
        }
      }
      if (pool > 0 && allDeclined) {
        item.retryAfter = now + DECLINED_ALL_RETRY_MS;
        // One notice per event: a conversation just requeued (no_reply) is not told twice.
        const told = d.effects.some((e) => e.type === 'requeued' && e.conversationId === item.conversationId);
        if (!told)
          d.effects.push({ type: 'requeued', conversationId: item.conversationId, reason: 'declined_all' });
      }
    }
  }
  for (const item of drop) removeItem(d, item);
}
