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

/**
 * Items that need the same kind of agent (department, language, target, transferring agent) share
 * a pool; pools are computed once per key and compared once per pair of keys.
 */
class EtaContext {
  readonly agents: AgentRecord[];
  readonly acceptMs: number;
  readonly handleMs: number;
  private readonly index = new Map<string, number>();
  readonly pools: Pool[] = [];
  private readonly overlap = new Map<number, boolean>();

  constructor(state: RoutingState) {
    this.agents = Object.values(state.agents);
    this.acceptMs = median(state.acceptTimesMs, DEFAULT_ACCEPT_MS);
    this.handleMs = median(state.handleTimesMs, DEFAULT_HANDLE_MS);
  }

  /** The pool id for an item's needs. */
  keyOf(item: QueueItem): number {
    const key = JSON.stringify([item.department, item.language, item.targetAgentId, item.fromAgentId]);
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.pools.length;
      this.index.set(key, id);
      const members = new Uint8Array(this.agents.length);
      const pool: Pool = { members, size: 0, free: 0, capacity: 0 };
      this.agents.forEach((a, i) => {
        if (!couldServe(a, item)) return;
        members[i] = 1;
        pool.size++;
        pool.capacity += a.capacity;
        pool.free += Math.max(0, a.capacity - a.active.length);
      });
      this.pools.push(pool);
    }
    return id;
  }

  /** Do two pools share at least one agent? */
  competes(a: number, b: number): boolean {
    if (a === b) return this.pools[a]!.size > 0;
    const key = a < b ? a * 65_536 + b : b * 65_536 + a;
    let hit = this.overlap.get(key);
    if (hit === undefined) {
      const ma = this.pools[a]!.members;
      const mb = this.pools[b]!.members;
      hit = false;
      for (let i = 0; i < ma.length; i++)
        if (ma[i] && mb[i]) {
          hit = true;
          break;
        }
      this.overlap.set(key, hit);
    }
    return hit;
  }

  eta(pool: Pool, k: number): number | null {
    if (pool.size === 0) return null;
    let ms = this.acceptMs;
    if (k > pool.free) ms += ((k - pool.free) * this.handleMs) / Math.max(1, pool.capacity);
    return Math.max(0, Math.ceil(ms / 1000));
  }
}

/** ETA for an item whether or not it is in the queue yet (a would-be item is placed by its order). */
export function estimateItemWaitSeconds(state: RoutingState, item: QueueItem, _now: number): number | null {
  const ctx = new EtaContext(state);
  const key = ctx.keyOf(item);
  const pool = ctx.pools[key]!;
  if (pool.size === 0) return null;
  let ahead = 0;
  for (const q of state.queue)
    if (
      q.conversationId !== item.conversationId &&
      compareItems(q, item) < 0 &&
      ctx.competes(ctx.keyOf(q), key)
    )
      ahead++;
  return ctx.eta(pool, ahead + 1);
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

/** `queueInfo` for every queued conversation (or the given ones) at once: O(queue × kinds of need). */
export function queueInfos(
  state: RoutingState,
  _now: number,
  only?: readonly string[],
): Record<string, QueueInfo> {
  const ctx = new EtaContext(state);
  const ordered = orderedQueue(state.queue);
  const keys = ordered.map((q) => ctx.keyOf(q));
  const before = new Array<number>(ctx.pools.length).fill(0);
  const want = only ? new Set(only) : null;
  const out: Record<string, QueueInfo> = {};
  ordered.forEach((item, i) => {
    const key = keys[i]!;
    if (!want || want.has(item.conversationId)) {
      const pool = ctx.pools[key]!;
      if (pool.size === 0) out[item.conversationId] = { position: i + 1, etaSeconds: null };
      else {
        let ahead = 0;
        for (let k = 0; k < before.length; k++) if (before[k] && ctx.competes(k, key)) ahead += before[k]!;
        out[item.conversationId] = { position: ahead + 1, etaSeconds: ctx.eta(pool, ahead + 1) };
      }
    }
    before[key]!++;
  });
  return out;
}
