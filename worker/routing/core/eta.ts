/**
 * Honest wait estimate
 * ====================
 *
 * For a conversation waiting for a person:
 *
 *   E     the agents who could take it: online, console connected, right department and
 *         language (primary subtag), the named agent for a transfer. Capacity and past
 *         declines are ignored — they only delay. If E is empty the estimate is `null`: we
 *         don't invent a number when nobody can come (the fallback says so instead).
 *   k     its place in the line it really waits in: 1 + the conversations ahead of it in
 *         service order (first-in-line, priority, arrival) that someone in E could also take.
 *         A Spanish chat is not behind a queue of billing questions only others can answer.
 *   free  open slots in E: Σ max(0, capacity − active conversations).
 *   C     total slots in E: Σ capacity.
 *   A     median offer→accept time of recent handoffs (20 s until there is data).
 *   H     median handle time of recent conversations (6 min until there is data).
 *
 *   k ≤ free:  eta = A
 *              a slot is open now; the wait is an agent accepting the offer.
 *   k > free:  eta = A + (k − free) · H / C
 *              the conversation needs the (k − free)-th slot to free up. Every slot is busy
 *              by then, each finishing a conversation about once per H, so together they free
 *              a slot every H / C on average (treating handle times as memoryless, the
 *              standard M/M/c view); then the offer still has to be accepted.
 *
 * The result is rounded up to whole seconds. A and H are medians, so one marathon chat does not
 * skew the estimate; both adapt as real samples arrive (last 50 of each).
 */
import type { QueueInfo } from '../../protocol/routing';
import { compareItems, orderedQueue } from './order';
import { couldServe } from './select';
import { median } from './state';
import {
  type AgentRecord,
  DEFAULT_ACCEPT_MS,
  DEFAULT_HANDLE_MS,
  type QueueItem,
  type RoutingState,
} from './types';

interface Pool {
  /** members[i]: agents[i] could serve items with this key. */
  members: Uint8Array;
  size: number;
  free: number;
  capacity: number;
}

interface EtaContext {
  agents: AgentRecord[];
  acceptMs: number;
  handleMs: number;
  pools: Map<string, Pool>;
  competes: Map<string, boolean>;
}

function keyOf(item: QueueItem): string {
  return JSON.stringify([item.department, item.language, item.targetAgentId, item.fromAgentId]);
}

function context(state: RoutingState): EtaContext {
  return {
    agents: Object.values(state.agents),
    acceptMs: median(state.acceptTimesMs, DEFAULT_ACCEPT_MS),
    handleMs: median(state.handleTimesMs, DEFAULT_HANDLE_MS),
    pools: new Map(),
    competes: new Map(),
  };
}

function poolFor(ctx: EtaContext, item: QueueItem): Pool {
  const key = keyOf(item);
  let pool = ctx.pools.get(key);
  if (!pool) {
    const members = new Uint8Array(ctx.agents.length);
    pool = { members, size: 0, free: 0, capacity: 0 };
    ctx.agents.forEach((a, i) => {
      if (!couldServe(a, item)) return;
      members[i] = 1;
      pool!.size++;
      pool!.capacity += a.capacity;
      pool!.free += Math.max(0, a.capacity - a.active.length);
    });
    ctx.pools.set(key, pool);
  }
  return pool;
}

/** Do two items draw on at least one common agent? */
function competes(ctx: EtaContext, a: QueueItem, b: QueueItem): boolean {
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (ka === kb) return poolFor(ctx, a).size > 0;
  const key = `${ka}|${kb}`;
  let hit = ctx.competes.get(key);
  if (hit === undefined) {
    const ma = poolFor(ctx, a).members;
    const mb = poolFor(ctx, b).members;
    hit = false;
    for (let i = 0; i < ma.length; i++)
      if (ma[i] && mb[i]) {
        hit = true;
        break;
      }
    ctx.competes.set(key, hit);
  }
  return hit;
}

function etaSeconds(ctx: EtaContext, pool: Pool, k: number): number | null {
  if (pool.size === 0) return null;
  let ms = ctx.acceptMs;
  if (k > pool.free) ms += ((k - pool.free) * ctx.handleMs) / Math.max(1, pool.capacity);
  return Math.max(0, Math.ceil(ms / 1000));
}

/** Place in the line the item really waits in (see the comment at the top), or null if nobody can serve it. */
function competingPosition(ctx: EtaContext, queue: readonly QueueItem[], item: QueueItem): number | null {
  if (poolFor(ctx, item).size === 0) return null;
  let ahead = 0;
  for (const q of queue)
    if (q.conversationId !== item.conversationId && compareItems(q, item) < 0 && competes(ctx, q, item))
      ahead++;
  return ahead + 1;
}

/** ETA for an item whether or not it is in the queue yet (a would-be item is placed by its order). */
export function estimateItemWaitSeconds(state: RoutingState, item: QueueItem, _now: number): number | null {
  const ctx = context(state);
  const k = competingPosition(ctx, state.queue, item);
  return k === null ? null : etaSeconds(ctx, poolFor(ctx, item), k);
}

/** Seconds until a person likely joins, or null when nobody who could take it is online. */
export function estimateWaitSeconds(state: RoutingState, conversationId: string, now: number): number | null {
  const item = state.queue.find((q) => q.conversationId === conversationId);
  return item ? estimateItemWaitSeconds(state, item, now) : null;
}

/**
 * What the visitor sees. `position` is the place in the line they really wait in (as used for
 * the ETA); when nobody can serve them it is their place in the whole queue and `etaSeconds` is null.
 */
export function queueInfo(state: RoutingState, conversationId: string, now: number): QueueInfo | null {
  return queueInfos(state, now, [conversationId])[conversationId] ?? null;
}

/** `queueInfo` for every queued conversation (or the given ones) at once, sharing the work. */
export function queueInfos(
  state: RoutingState,
  _now: number,
  only?: readonly string[],
): Record<string, QueueInfo> {
  const ctx = context(state);
  const ordered = orderedQueue(state.queue);
  const want = only ? new Set(only) : null;
  const out: Record<string, QueueInfo> = {};
  ordered.forEach((item, i) => {
    if (want && !want.has(item.conversationId)) return;
    const pool = poolFor(ctx, item);
    if (pool.size === 0) {
      out[item.conversationId] = { position: i + 1, etaSeconds: null };
      return;
    }
    let ahead = 0;
    for (let j = 0; j < i; j++) if (competes(ctx, ordered[j]!, item)) ahead++;
    out[item.conversationId] = { position: ahead + 1, etaSeconds: etaSeconds(ctx, pool, ahead + 1) };
  });
  return out;
}
