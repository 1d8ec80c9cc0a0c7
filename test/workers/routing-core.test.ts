import { describe, expect, it } from 'vitest';
import {
  type AgentRecord,
  accept,
  cancel,
  claim,
  connect,
  decline,
  disconnect,
  type Effect,
  emptyRoutingState,
  enqueue,
  estimateWaitSeconds,
  expireGrace,
  expireOffers,
  isEligible,
  type NewQueueItem,
  nextDeadline,
  orderedQueue,
  pickAgent,
  positionOf,
  type QueueItem,
  queueInfo,
  queueInfos,
  type Result,
  type RoutingState,
  release,
  requeueConversation,
  setStatus,
  snapshot,
  upsertAgent,
} from '../../worker/routing/core';

const T0 = Date.UTC(2025, 5, 2, 10, 0, 0);
const TTL = 30_000;
const GRACE = 60_000;

interface AgentOpts {
  name?: string;
  departments?: string[];
  languages?: string[];
  capacity?: number;
  status?: 'online' | 'away' | 'offline';
  connected?: boolean;
  idleSince?: number;
}

/** A tiny harness: one evolving state, a clock, sequential ids and every effect so far. */
class World {
  s: RoutingState = emptyRoutingState();
  now = T0;
  effects: Effect[] = [];
  private n = 0;
  newId = () => `offer-${++this.n}`;

  run<R extends Result>(r: R): R {
    this.s = r.state;
    this.effects.push(...r.effects);
    return r;
  }

  agent(agentId: string, o: AgentOpts = {}): this {
    this.s = upsertAgent(
      this.s,
      {
        agentId,
        name: o.name ?? agentId,
        departments: o.departments ?? [],
        languages: o.languages ?? [],
        capacity: o.capacity ?? 2,
      },
      o.idleSince ?? this.now,
    );
    if (o.connected !== false) this.run(connect(this.s, agentId, this.now, this.newId, TTL));
    this.run(setStatus(this.s, agentId, o.status ?? 'online', this.now, this.newId, TTL));
    return this;
  }

  enqueue(conversationId: string, o: Partial<NewQueueItem> = {}): Result {
    return this.run(
      enqueue(this.s, item(conversationId, { enqueuedAt: this.now, ...o }), this.now, this.newId, TTL),
    );
  }

  item(conversationId: string): QueueItem | undefined {
    return this.s.queue.find((q) => q.conversationId === conversationId);
  }

  offerOf(conversationId: string): { id: string; agentId: string; expiresAt: number } | null {
    return this.item(conversationId)?.offer ?? null;
  }

  accept(conversationId: string) {
    const offer = this.offerOf(conversationId);
    if (!offer) throw new Error(`no offer for ${conversationId}`);
    return this.run(accept(this.s, offer.id, offer.agentId, this.now, this.newId, TTL));
  }

  /** Accept every pending offer until none is left. */
  acceptAll(): void {
    for (let o = this.s.queue.find((q) => q.offer); o; o = this.s.queue.find((q) => q.offer)) {
      const r = this.accept(o.conversationId);
      if (!r.ok) throw new Error(r.message);
    }
  }

  holder(conversationId: string): string | null {
    return Object.values(this.s.agents).find((a) => a.active.includes(conversationId))?.agentId ?? null;
  }

  /** Give an agent conversations directly (through claim). */
  hold(agentId: string, ...conversationIds: string[]): this {
    for (const cid of conversationIds) {
      this.s = enqueue(this.s, item(cid, { enqueuedAt: this.now }), this.now, this.newId, TTL).state;
      const r = this.run(claim(this.s, cid, agentId, this.now, this.newId, TTL));
      if (!r.ok) throw new Error(r.message);
    }
    this.s = { ...this.s, acceptTimesMs: [] }; // set-up, not a real accept
    return this;
  }

  since(mark: number): Effect[] {
    return this.effects.slice(mark);
  }
}

function item(conversationId: string, o: Partial<NewQueueItem> = {}): NewQueueItem {
  return {
    conversationId,
    contactName: null,
    kind: 'handoff',
    priority: 'normal',
    department: null,
    language: null,
    reason: null,
    enqueuedAt: T0,
    firstInLine: false,
    preferredAgentId: null,
    fromAgentId: null,
    targetAgentId: null,
    note: null,
    ...o,
  };
}

function queued(o: Partial<QueueItem> & { conversationId: string }): QueueItem {
  return { ...item(o.conversationId), declinedBy: [], offer: null, ...o };
}

function rec(agentId: string, o: Partial<AgentRecord> = {}): AgentRecord {
  return {
    agentId,
    name: agentId,
    status: 'online',
    connected: true,
    disconnectedAt: null,
    departments: [],
    languages: [],
    capacity: 2,
    active: [],
    idleSince: T0,
    ...o,
  };
}

const ofType = <T extends Effect['type']>(effects: Effect[], type: T) =>
  effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);

describe('agent selection', () => {
  it('picks the least loaded agent, then the longest idle, then by id', () => {
    const state: RoutingState = {
      ...emptyRoutingState(),
      agents: {
        a: rec('a', { active: ['x'], idleSince: T0 - 100_000 }),
        b: rec('b', { idleSince: T0 - 10 }),
        c: rec('c', { idleSince: T0 - 50 }),
        d: rec('d', { idleSince: T0 - 50 }),
      },
    };
    const q = queued({ conversationId: 'c1' });
    expect(pickAgent(state, q, T0)?.agentId).toBe('c');
    state.agents.c!.active = ['y'];
    expect(pickAgent(state, q, T0)?.agentId).toBe('d');
  });

  it('breaks a tie in conversations by relative load', () => {
    const state: RoutingState = {
      ...emptyRoutingState(),
      agents: {
        small: rec('small', { capacity: 2, active: ['x'], idleSince: T0 - 1000 }),
        big: rec('big', { capacity: 5, active: ['y'], idleSince: T0 }),
      },
    };
    expect(pickAgent(state, queued({ conversationId: 'c1' }), T0)?.agentId).toBe('big');
  });

  it('respects departments (none = all) and languages by primary subtag', () => {
    const sales = rec('sales', { departments: ['sales'] });
    const anyDept = rec('any');
    const es = rec('es', { languages: ['es'] });
    const esES = rec('esES', { languages: ['es-ES', 'en'] });
    const en = rec('en', { languages: ['en-GB'] });
    const billing = queued({ conversationId: 'c1', department: 'billing' });
    expect(isEligible(sales, billing, T0)).toBe(false);
    expect(isEligible(anyDept, billing, T0)).toBe(true);
    expect(isEligible(rec('b', { departments: ['billing', 'sales'] }), billing, T0)).toBe(true);

    const mx = queued({ conversationId: 'c2', language: 'es-MX' });
    expect(isEligible(es, mx, T0)).toBe(true);
    expect(isEligible(esES, mx, T0)).toBe(true);
    expect(isEligible(en, mx, T0)).toBe(false);
    expect(isEligible(anyDept, mx, T0)).toBe(true);
    expect(isEligible(esES, queued({ conversationId: 'c3', language: 'ES' }), T0)).toBe(true);
    expect(isEligible(en, queued({ conversationId: 'c4', language: null }), T0)).toBe(true);
  });

  it('never offers to agents who are away, offline, disconnected, full, or who declined', () => {
    const q = queued({ conversationId: 'c1', declinedBy: ['declined'] });
    expect(isEligible(rec('x', { status: 'away' }), q, T0)).toBe(false);
    expect(isEligible(rec('x', { status: 'offline' }), q, T0)).toBe(false);
    expect(isEligible(rec('x', { connected: false }), q, T0)).toBe(false);
    expect(isEligible(rec('x', { capacity: 1, active: ['z'] }), q, T0)).toBe(false);
    expect(isEligible(rec('declined'), q, T0)).toBe(false);
    expect(isEligible(rec('x'), q, T0)).toBe(true);
  });

  it('routes a language-specific chat only to someone who speaks it', () => {
    const w = new World()
      .agent('en', { languages: ['en'] })
      .agent('es', { languages: ['es'], idleSince: T0 + 1 });
    w.enqueue('c1', { language: 'es-MX' });
    expect(w.offerOf('c1')?.agentId).toBe('es');
  });
});

describe('capacity', () => {
  it('gives each agent at most one pending offer, and fills 3 × 2 slots before the 7th waits', () => {
    const w = new World().agent('a').agent('b').agent('c');
    for (let i = 1; i <= 7; i++) w.enqueue(`c${i}`, { enqueuedAt: T0 + i });
    expect(w.s.queue.filter((q) => q.offer)).toHaveLength(3);
    expect(new Set(w.s.queue.filter((q) => q.offer).map((q) => q.offer!.agentId)).size).toBe(3);
    w.acceptAll();
    expect(Object.values(w.s.agents).map((a) => a.active.length)).toEqual([2, 2, 2]);
    expect(w.s.queue.map((q) => q.conversationId)).toEqual(['c7']);
    expect(w.item('c7')!.offer).toBeNull();
    // A full agent never gets an offer, not even on a new dispatch.
    const r = expireOffers(w.s, w.now + 1, w.newId, TTL);
    expect(ofType(r.effects, 'offer')).toEqual([]);
    // When a slot frees, the 7th is offered at once.
    w.now += 60_000;
    const freed = w.run(release(w.s, 'c1', w.now, w.newId, TTL));
    expect(ofType(freed.effects, 'offer').map((e) => e.offer.conversationId)).toEqual(['c7']);
    expect(w.s.handleTimesMs).toEqual([60_000]);
  });
});

describe('queue order', () => {
  it('serves first-in-line, then urgent > high > normal > low, then arrival', () => {
    const order = orderedQueue([
      queued({ conversationId: 'low', priority: 'low', enqueuedAt: 1 }),
      queued({ conversationId: 'normal-late', priority: 'normal', enqueuedAt: 5 }),
      queued({ conversationId: 'normal-early', priority: 'normal', enqueuedAt: 2 }),
      queued({ conversationId: 'urgent', priority: 'urgent', enqueuedAt: 9 }),
      queued({ conversationId: 'requeued', priority: 'low', enqueuedAt: 10, firstInLine: true }),
      queued({ conversationId: 'high', priority: 'high', enqueuedAt: 8 }),
    ]).map((q) => q.conversationId);
    expect(order).toEqual(['requeued', 'urgent', 'high', 'normal-early', 'normal-late', 'low']);
  });

  it('offers the one free agent the most urgent conversation and reports positions', () => {
    const w = new World().agent('a', { capacity: 1 });
    w.hold('a', 'busy');
    w.enqueue('n1', { enqueuedAt: T0 });
    w.enqueue('u1', { enqueuedAt: T0 + 5, priority: 'urgent' });
    w.enqueue('n2', { enqueuedAt: T0 + 1 });
    expect(positionOf(w.s, 'u1')).toBe(1);
    expect(positionOf(w.s, 'n1')).toBe(2);
    expect(positionOf(w.s, 'n2')).toBe(3);
    expect(positionOf(w.s, 'nope')).toBeNull();
    w.run(release(w.s, 'busy', w.now, w.newId, TTL));
    expect(w.offerOf('u1')?.agentId).toBe('a');
    expect(snapshot(w.s, w.now).queue.map((q) => [q.conversationId, q.position, q.offeredTo])).toEqual([
      ['u1', 1, 'a'],
      ['n1', 2, null],
      ['n2', 3, null],
    ]);
  });

  it('is idempotent: queueing the same conversation again updates it in place', () => {
    const w = new World();
    w.enqueue('c1', { enqueuedAt: T0, reason: 'first' });
    const r = w.run(
      enqueue(
        w.s,
        item('c1', { enqueuedAt: T0 + 999, reason: 'again', priority: 'high' }),
        T0 + 999,
        w.newId,
        TTL,
      ),
    );
    expect(w.s.queue).toHaveLength(1);
    expect(w.item('c1')).toMatchObject({ reason: 'again', priority: 'high', enqueuedAt: T0 });
    expect(ofType(r.effects, 'queue_changed')).toHaveLength(1);
  });

  it('never mutates the state it is given', () => {
    const w = new World().agent('a').agent('b');
    w.enqueue('c1');
    const before = structuredClone(w.s);
    const frozen = w.s;
    accept(frozen, w.offerOf('c1')!.id, w.offerOf('c1')!.agentId, w.now);
    decline(frozen, w.offerOf('c1')!.id, w.offerOf('c1')!.agentId, w.now, w.newId, TTL);
    claim(frozen, 'c1', 'b', w.now);
    setStatus(frozen, 'a', 'offline', w.now, w.newId, TTL);
    expireGrace(disconnect(frozen, 'a', w.now).state, w.now + GRACE, GRACE);
    expect(frozen).toEqual(before);
  });
});

describe('returning customers', () => {
  it('go to the agent who helped them last when that agent is eligible, even if busier', () => {
    const w = new World().agent('maya', { capacity: 3 }).agent('leo', { capacity: 3 });
    w.hold('maya', 'x1', 'x2');
    w.enqueue('c1', { preferredAgentId: 'maya' });
    expect(w.offerOf('c1')?.agentId).toBe('maya');
  });

  it('go to whoever is best when that agent is away or full', () => {
    const w = new World().agent('maya', { capacity: 1 }).agent('leo');
    w.run(setStatus(w.s, 'maya', 'away', w.now, w.newId, TTL));
    w.enqueue('c1', { preferredAgentId: 'maya' });
    expect(w.offerOf('c1')?.agentId).toBe('leo');

    const v = new World().agent('maya', { capacity: 1 }).agent('leo');
    v.hold('maya', 'x1');
    v.enqueue('c1', { preferredAgentId: 'maya' });
    expect(v.offerOf('c1')?.agentId).toBe('leo');
  });
});

describe('warm offers', () => {
  it('time out to the next agent, recording the miss', () => {
    const w = new World().agent('a', { idleSince: T0 - 2 }).agent('b', { idleSince: T0 - 1 });
    w.enqueue('c1');
    const first = w.offerOf('c1')!;
    expect(first.agentId).toBe('a');
    expect(nextDeadline(w.s)).toBe(first.expiresAt);
    // Not yet.
    expect(expireOffers(w.s, first.expiresAt - 1, w.newId, TTL).effects).toEqual([]);
    w.now = first.expiresAt;
    const mark = w.effects.length;
    w.run(expireOffers(w.s, w.now, w.newId, TTL));
    expect(w.since(mark)).toContainEqual({
      type: 'withdraw',
      agentId: 'a',
      offerId: first.id,
      conversationId: 'c1',
      reason: 'timeout',
      byName: null,
    });
    expect(w.offerOf('c1')?.agentId).toBe('b');
    expect(w.item('c1')!.declinedBy).toEqual(['a']);
    const offered = ofType(w.since(mark), 'offer')[0]!;
    expect(offered.offer).toMatchObject({ conversationId: 'c1', kind: 'handoff', expiresAt: w.now + TTL });
    expect(ofType(w.since(mark), 'offered')).toEqual([
      { type: 'offered', conversationId: 'c1', agentId: 'b' },
    ]);
  });

  it('pass to the next agent on decline', () => {
    const w = new World().agent('a', { idleSince: T0 - 2 }).agent('b', { idleSince: T0 - 1 });
    w.enqueue('c1');
    const first = w.offerOf('c1')!;
    const mark = w.effects.length;
    w.run(decline(w.s, first.id, 'a', w.now, w.newId, TTL));
    expect(ofType(w.since(mark), 'withdraw')[0]).toMatchObject({ agentId: 'a', reason: 'declined' });
    expect(w.offerOf('c1')?.agentId).toBe('b');
    // Declining someone else's offer changes nothing.
    const r = decline(w.s, w.offerOf('c1')!.id, 'a', w.now, w.newId, TTL);
    expect(r.effects).toEqual([]);
    expect(r.state).toBe(w.s);
  });

  it('keep a handoff waiting when everyone declined, then ask again after a pause (or a newcomer at once)', () => {
    const w = new World().agent('a', { idleSince: T0 - 2 }).agent('b', { idleSince: T0 - 1 });
    w.enqueue('c1');
    w.run(decline(w.s, w.offerOf('c1')!.id, 'a', w.now, w.newId, TTL));
    const mark = w.effects.length;
    w.run(decline(w.s, w.offerOf('c1')!.id, 'b', w.now, w.newId, TTL));
    expect(w.since(mark)).toContainEqual({ type: 'requeued', conversationId: 'c1', reason: 'declined_all' });
    expect(w.offerOf('c1')).toBeNull();
    const retryAt = w.item('c1')!.retryAfter!;
    expect(retryAt).toBeGreaterThan(w.now);
    expect(nextDeadline(w.s)).toBe(retryAt);
    // Further dispatches don't repeat the notice or nag the same agents.
    expect(expireOffers(w.s, retryAt - 1, w.newId, TTL).effects).toEqual([]);

    const newcomer = new World();
    newcomer.s = w.s;
    newcomer.now = w.now + 5_000;
    newcomer.agent('c');
    expect(newcomer.offerOf('c1')?.agentId).toBe('c');

    w.now = retryAt;
    w.run(expireOffers(w.s, w.now, w.newId, TTL));
    expect(w.offerOf('c1')?.agentId).toBe('a');
    expect(w.item('c1')!.declinedBy).toEqual([]);
  });
});

describe('claims and accepts', () => {
  it('let exactly one of 20 racing agents take a conversation; the others are told who', () => {
    const w = new World();
    for (let i = 1; i <= 20; i++) w.agent(`a${String(i).padStart(2, '0')}`, { name: `Agent ${i}` });
    w.enqueue('c1');
    const offered = w.offerOf('c1')!;
    const racers = Object.keys(w.s.agents).filter((id) => id !== offered.agentId);
    racers.push(offered.agentId); // the offered agent is among the late ones
    const results = racers.map((id) => w.run(claim(w.s, 'c1', id, w.now, w.newId, TTL)));
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const winner = w.s.agents[racers[0]!]!;
    expect(w.holder('c1')).toBe(winner.agentId);
    for (const r of results.slice(1)) {
      expect(r.ok).toBe(false);
      expect(r.code).toBe('taken');
      expect(r.message).toBe(`${winner.name} already took this conversation`);
    }
    expect(ofType(w.effects, 'withdraw')).toContainEqual({
      type: 'withdraw',
      agentId: offered.agentId,
      offerId: offered.id,
      conversationId: 'c1',
      reason: 'taken',
      byName: winner.name,
    });
    expect(ofType(w.effects, 'assigned')).toHaveLength(1);
    // The late offer can't be accepted either, and says why.
    const late = accept(w.s, offered.id, offered.agentId, w.now);
    expect(late).toMatchObject({ ok: false, message: `${winner.name} already took this conversation` });
  });

  it('accept connects the conversation and records the accept time', () => {
    const w = new World().agent('maya', { name: 'Maya', departments: ['billing'] });
    w.enqueue('c1', { department: 'billing' });
    w.now += 4_000;
    const r = w.accept('c1');
    expect(r.ok).toBe(true);
    expect(r.effects).toContainEqual({
      type: 'assigned',
      conversationId: 'c1',
      agentId: 'maya',
      agentName: 'Maya',
      department: 'billing',
      fromAgentId: null,
      note: null,
    });
    expect(r.effects.at(-1)).toEqual({ type: 'queue_changed' });
    expect(w.s.queue).toEqual([]);
    expect(w.s.acceptTimesMs).toEqual([4_000]);
    expect(w.s.assignedAt.c1).toBe(w.now);
    expect(w.s.agents.maya!.idleSince).toBe(w.now);
    // Double-click: harmless success, nothing happens twice.
    const again = accept(w.s, r.effects.length ? 'offer-1' : '', 'maya', w.now);
    expect(again.ok).toBe(true);
    expect(again.effects).toEqual([]);
  });

  it('refuse expired, withdrawn and other agents’ offers cleanly', () => {
    const w = new World().agent('a', { idleSince: T0 - 1 }).agent('b');
    w.enqueue('c1');
    const offer = w.offerOf('c1')!;
    expect(accept(w.s, offer.id, 'b', w.now)).toMatchObject({ ok: false, code: 'not_yours' });
    const late = accept(w.s, offer.id, 'a', offer.expiresAt);
    expect(late).toMatchObject({ ok: false, code: 'expired', message: 'This offer expired' });
    expect(late.state).toBe(w.s);
    expect(late.effects).toEqual([]);
    w.now = offer.expiresAt;
    w.run(expireOffers(w.s, w.now, w.newId, TTL));
    expect(accept(w.s, offer.id, 'a', w.now)).toMatchObject({ ok: false, message: 'This offer expired' });
    expect(accept(w.s, 'never-existed', 'a', w.now)).toMatchObject({ ok: false, code: 'withdrawn' });
    w.run(cancel(w.s, 'c1', 'abandoned', w.now, w.newId, TTL));
    const gone = accept(w.s, 'offer-2', 'b', w.now);
    expect(gone).toMatchObject({ ok: false, code: 'not_waiting' });
  });

  it('claim respects capacity and transfer targets', () => {
    const w = new World()
      .agent('a', { capacity: 1 })
      .agent('b')
      .agent('leo', { name: 'Leo', status: 'away' });
    w.hold('a', 'x');
    w.enqueue('c1');
    expect(claim(w.s, 'c1', 'a', w.now)).toMatchObject({ ok: false, code: 'at_capacity' });
    w.enqueue('t1', { kind: 'transfer', fromAgentId: 'a', targetAgentId: 'b' });
    expect(claim(w.s, 't1', 'leo', w.now)).toMatchObject({
      ok: false,
      code: 'not_target',
      message: 'This transfer is for b',
    });
    expect(claim(w.s, 't1', 'a', w.now)).toMatchObject({ ok: false, code: 'own_transfer' });
  });

  it('a manual pick-up that fills an agent withdraws the offer they could no longer accept', () => {
    const w = new World().agent('a', { capacity: 1, idleSince: T0 - 5 }).agent('b', { capacity: 1 });
    w.enqueue('c1');
    expect(w.offerOf('c1')?.agentId).toBe('a');
    w.enqueue('c2');
    expect(w.offerOf('c2')?.agentId).toBe('b');
    const r = w.run(claim(w.s, 'c2', 'a', w.now, w.newId, TTL));
    expect(r.ok).toBe(true);
    expect(ofType(r.effects, 'withdraw').map((e) => [e.agentId, e.conversationId, e.reason])).toEqual(
      expect.arrayContaining([
        ['b', 'c2', 'taken'],
        ['a', 'c1', 'cancelled'],
      ]),
    );
    expect(w.offerOf('c1')?.agentId).toBe('b');
  });
});

describe('transfers', () => {
  function team() {
    const w = new World()
      .agent('maya', { name: 'Maya', departments: ['support'] })
      .agent('leo', { name: 'Leo', departments: ['billing'], idleSince: T0 + 100 })
      .agent('ana', { name: 'Ana', departments: ['billing'], idleSince: T0 - 100 });
    w.hold('maya', 'c1');
    w.now += 120_000;
    return w;
  }

  it('to a named agent go only to them, and accept moves the conversation', () => {
    const w = team();
    w.enqueue('c1', {
      kind: 'transfer',
      fromAgentId: 'maya',
      targetAgentId: 'leo',
      note: 'VIP, refund agreed',
    });
    const offer = ofType(w.effects, 'offer').at(-1)!;
    expect(offer.agentId).toBe('leo');
    expect(offer.offer).toMatchObject({
      kind: 'transfer',
      fromAgentName: 'Maya',
      note: 'VIP, refund agreed',
    });
    expect(w.holder('c1')).toBe('maya');
    const r = w.accept('c1');
    expect(r.ok).toBe(true);
    expect(ofType(r.effects, 'assigned')[0]).toMatchObject({
      agentId: 'leo',
      fromAgentId: 'maya',
      note: 'VIP, refund agreed',
    });
    expect(w.s.agents.maya!.active).toEqual([]);
    expect(w.s.agents.leo!.active).toEqual(['c1']);
    expect(w.s.handleTimesMs).toEqual([120_000]);
  });

  it('fail back to the transferring agent when the named agent declines', () => {
    const w = team();
    w.enqueue('c1', { kind: 'transfer', fromAgentId: 'maya', targetAgentId: 'leo' });
    const mark = w.effects.length;
    w.run(decline(w.s, w.offerOf('c1')!.id, 'leo', w.now, w.newId, TTL));
    expect(ofType(w.since(mark), 'transfer_failed')).toEqual([
      {
        type: 'transfer_failed',
        conversationId: 'c1',
        fromAgentId: 'maya',
        reason: 'Leo declined the transfer',
      },
    ]);
    expect(ofType(w.since(mark), 'offer')).toEqual([]);
    expect(w.s.queue).toEqual([]);
    expect(w.holder('c1')).toBe('maya');
  });

  it('fail at once when the named agent cannot come, and say why', () => {
    const w = team();
    w.run(setStatus(w.s, 'leo', 'away', w.now, w.newId, TTL));
    const r = w.enqueue('c1', { kind: 'transfer', fromAgentId: 'maya', targetAgentId: 'leo' });
    expect(ofType(r.effects, 'transfer_failed')[0]?.reason).toBe('Leo is away');
    const self = w.enqueue('c1', { kind: 'transfer', fromAgentId: 'maya', targetAgentId: 'maya' });
    expect(ofType(self.effects, 'transfer_failed')[0]?.reason).toMatch(/yourself/);
  });

  it('to a department go to its agents in turn and fail when all of them pass', () => {
    const w = team();
    w.enqueue('c1', { kind: 'transfer', fromAgentId: 'maya', department: 'billing' });
    expect(w.offerOf('c1')?.agentId).toBe('ana');
    w.now = w.offerOf('c1')!.expiresAt;
    w.run(expireOffers(w.s, w.now, w.newId, TTL));
    expect(w.offerOf('c1')?.agentId).toBe('leo');
    const mark = w.effects.length;
    w.run(decline(w.s, w.offerOf('c1')!.id, 'leo', w.now, w.newId, TTL));
    expect(ofType(w.since(mark), 'transfer_failed')[0]?.reason).toBe(
      'Everyone available in billing declined the transfer',
    );
    expect(w.holder('c1')).toBe('maya');
  });

  it('turn into a first-in-line handoff if the transferring agent leaves', () => {
    const w = team();
    w.run(setStatus(w.s, 'leo', 'away', w.now, w.newId, TTL));
    w.run(setStatus(w.s, 'ana', 'away', w.now, w.newId, TTL));
    w.enqueue('c1', { kind: 'transfer', fromAgentId: 'maya', department: 'billing' });
    expect(w.s.queue).toEqual([]); // nobody in billing: failed back to Maya
    w.run(setStatus(w.s, 'leo', 'online', w.now, w.newId, TTL));
    w.enqueue('c1', { kind: 'transfer', fromAgentId: 'maya', department: 'billing' });
    w.run(setStatus(w.s, 'maya', 'offline', w.now, w.newId, TTL));
    expect(w.item('c1')).toMatchObject({ kind: 'handoff', fromAgentId: null, firstInLine: true });
    expect(w.offerOf('c1')?.agentId).toBe('leo');
    expect(w.accept('c1').ok).toBe(true);
    expect(w.holder('c1')).toBe('leo');
  });
});

describe('presence', () => {
  it('a disconnect moves a pending offer on at once; after the grace period conversations are requeued first in line', () => {
    const w = new World().agent('a', { capacity: 3, idleSince: T0 - 10 }).agent('b', { capacity: 1 });
    w.hold('a', 'h1', 'h2');
    w.hold('b', 'hb');
    w.enqueue('early', { enqueuedAt: T0 - 60_000 });
    expect(w.offerOf('early')?.agentId).toBe('a');
    let mark = w.effects.length;
    w.run(disconnect(w.s, 'a', w.now, w.newId, TTL));
    expect(ofType(w.since(mark), 'withdraw')[0]).toMatchObject({ agentId: 'a', reason: 'cancelled' });
    expect(w.offerOf('early')).toBeNull();
    expect(w.item('early')!.declinedBy).toEqual([]);
    expect(nextDeadline(w.s, GRACE)).toBe(w.now + GRACE);

    // Within grace: nothing happens; the conversations stay.
    expect(expireGrace(w.s, w.now + GRACE - 1, GRACE, w.newId, TTL).effects).toEqual([]);
    expect(snapshot(w.s, w.now).agents.find((a) => a.agentId === 'a')?.status).toBe('away');

    w.now += GRACE;
    mark = w.effects.length;
    w.run(expireGrace(w.s, w.now, GRACE, w.newId, TTL));
    expect(w.s.agents.a!.status).toBe('offline');
    expect(w.s.agents.a!.active).toEqual([]);
    expect(ofType(w.since(mark), 'requeued')).toEqual([
      { type: 'requeued', conversationId: 'h1', reason: 'agent_left' },
      { type: 'requeued', conversationId: 'h2', reason: 'agent_left' },
    ]);
    expect(orderedQueue(w.s.queue).map((q) => q.conversationId)).toEqual(['h1', 'h2', 'early']);
    expect(w.item('h1')).toMatchObject({ firstInLine: true, preferredAgentId: null });
    expect(nextDeadline(w.s, GRACE)).toBeNull();
    // b frees up: the requeued conversation goes first.
    w.run(release(w.s, 'hb', w.now, w.newId, TTL));
    expect(w.offerOf('h1')?.agentId).toBe('b');
  });

  it('reconnecting within the grace period keeps everything', () => {
    const w = new World().agent('a');
    w.hold('a', 'h1');
    w.run(disconnect(w.s, 'a', w.now, w.newId, TTL));
    w.now += GRACE / 2;
    w.run(connect(w.s, 'a', w.now, w.newId, TTL));
    w.now += GRACE;
    expect(expireGrace(w.s, w.now, GRACE, w.newId, TTL).effects).toEqual([]);
    expect(w.s.agents.a!.active).toEqual(['h1']);
  });

  it('away keeps conversations and stops offers; offline hands them back; online dispatches', () => {
    const w = new World().agent('a').agent('b', { status: 'away' });
    w.hold('a', 'h1');
    w.run(setStatus(w.s, 'a', 'away', w.now, w.newId, TTL));
    expect(w.s.agents.a!.active).toEqual(['h1']);
    w.enqueue('c1');
    expect(w.offerOf('c1')).toBeNull();
    w.run(setStatus(w.s, 'b', 'online', w.now, w.newId, TTL));
    expect(w.offerOf('c1')?.agentId).toBe('b');
    const r = w.run(setStatus(w.s, 'a', 'offline', w.now, w.newId, TTL));
    expect(ofType(r.effects, 'requeued')).toEqual([
      { type: 'requeued', conversationId: 'h1', reason: 'agent_left' },
    ]);
    expect(orderedQueue(w.s.queue)[0]?.conversationId).toBe('h1');
  });

  it('a conversation whose agent did not reply goes to someone else, first in line, with its details', () => {
    const w = new World().agent('a', { idleSince: T0 - 5 }).agent('b');
    w.enqueue('c1', { priority: 'high', department: null, contactName: 'Kim', reason: 'refund' });
    w.accept('c1');
    expect(w.holder('c1')).toBe('a');
    const r = w.run(requeueConversation(w.s, 'c1', 'no_reply', w.now, w.newId, TTL));
    expect(ofType(r.effects, 'requeued')).toEqual([
      { type: 'requeued', conversationId: 'c1', reason: 'no_reply' },
    ]);
    expect(w.item('c1')).toMatchObject({
      firstInLine: true,
      priority: 'high',
      contactName: 'Kim',
      declinedBy: ['a'],
    });
    expect(w.offerOf('c1')?.agentId).toBe('b');
    expect(w.s.agents.a!.active).toEqual([]);
  });

  it('a conversation whose only agent did not reply waits, told once, and returns to them after a pause', () => {
    const w = new World().agent('a');
    w.enqueue('c1');
    w.accept('c1');
    const r = w.run(requeueConversation(w.s, 'c1', 'no_reply', w.now, w.newId, TTL));
    expect(ofType(r.effects, 'requeued')).toEqual([
      { type: 'requeued', conversationId: 'c1', reason: 'no_reply' },
    ]);
    expect(w.offerOf('c1')).toBeNull();
    const retryAt = nextDeadline(w.s)!;
    w.now = retryAt;
    w.run(expireOffers(w.s, w.now, w.newId, TTL));
    expect(w.offerOf('c1')?.agentId).toBe('a');
  });

  it('cancel withdraws the offer, counts abandonment, and frees the agent for the next', () => {
    const w = new World().agent('a');
    w.enqueue('c1');
    w.enqueue('c2');
    const r = w.run(cancel(w.s, 'c1', 'abandoned', w.now, w.newId, TTL));
    expect(ofType(r.effects, 'withdraw')[0]).toMatchObject({ conversationId: 'c1', reason: 'cancelled' });
    expect(w.s.abandoned).toBe(1);
    expect(w.offerOf('c2')?.agentId).toBe('a');
    w.accept('c2');
    w.run(cancel(w.s, 'c2', 'resolved', w.now + 1_000, w.newId, TTL));
    expect(w.s.abandoned).toBe(1);
    expect(w.s.agents.a!.active).toEqual([]);
    expect(cancel(w.s, 'zzz', 'resolved').effects).toEqual([]);
    // Without a time nothing is dispatched and no clock is touched.
    w.enqueue('c3');
    w.accept('c3');
    const idle = w.s.agents.a!.idleSince;
    const quiet = cancel(w.s, 'c3', 'resolved');
    expect(quiet.state.agents.a).toMatchObject({ active: [], idleSince: idle });
    expect(quiet.state.handleTimesMs).toEqual(w.s.handleTimesMs);
  });
});

describe('wait estimate', () => {
  it('is the accept time when a slot is free', () => {
    const w = new World().agent('a');
    w.enqueue('c1');
    expect(estimateWaitSeconds(w.s, 'c1', w.now)).toBe(20);
    w.s = { ...w.s, acceptTimesMs: [5_000, 9_000, 40_000] };
    expect(estimateWaitSeconds(w.s, 'c1', w.now)).toBe(9);
    expect(queueInfo(w.s, 'c1', w.now)).toEqual({ position: 1, etaSeconds: 9 });
  });

  it('adds one handle time per capacity for each conversation beyond the free slots', () => {
    const w = new World().agent('a', { capacity: 1 }).agent('b', { capacity: 2 });
    w.hold('a', 'x1');
    w.hold('b', 'x2');
    for (let i = 1; i <= 4; i++) w.enqueue(`c${i}`, { enqueuedAt: T0 + i });
    // free = 1; C = 3; A = 20 s; H = 360 s.
    expect(estimateWaitSeconds(w.s, 'c1', w.now)).toBe(20);
    expect(estimateWaitSeconds(w.s, 'c2', w.now)).toBe(20 + 120);
    expect(estimateWaitSeconds(w.s, 'c4', w.now)).toBe(20 + 360);
    w.s = { ...w.s, handleTimesMs: [600_000, 300_000, 900_000] };
    expect(estimateWaitSeconds(w.s, 'c3', w.now)).toBe(20 + 2 * 200);
    expect(queueInfos(w.s, w.now).c3).toEqual({ position: 3, etaSeconds: 420 });
  });

  it('is null when nobody who could take it is online', () => {
    const w = new World().agent('a', { languages: ['en'] }).agent('b', { status: 'away' });
    w.enqueue('c1', { language: 'de' });
    expect(estimateWaitSeconds(w.s, 'c1', w.now)).toBeNull();
    expect(queueInfo(w.s, 'c1', w.now)).toEqual({ position: 1, etaSeconds: null });
    expect(estimateWaitSeconds(w.s, 'nope', w.now)).toBeNull();
    expect(queueInfo(w.s, 'nope', w.now)).toBeNull();
  });

  it('counts only the conversations ahead that compete for the same agents', () => {
    const w = new World()
      .agent('en', { languages: ['en'], capacity: 1 })
      .agent('es', { languages: ['es'], capacity: 1 });
    w.hold('en', 'x1');
    w.hold('es', 'x2');
    for (let i = 1; i <= 5; i++) w.enqueue(`en${i}`, { language: 'en', enqueuedAt: T0 + i });
    w.enqueue('es1', { language: 'es-MX', enqueuedAt: T0 + 10 });
    expect(positionOf(w.s, 'es1')).toBe(6);
    expect(queueInfo(w.s, 'es1', w.now)).toEqual({ position: 1, etaSeconds: 20 + 360 });
    expect(queueInfo(w.s, 'en5', w.now)).toEqual({ position: 5, etaSeconds: 20 + 5 * 360 });
  });
});

describe('scale', () => {
  it('dispatches 200 waiting conversations over 50 agents well under 10 ms', () => {
    let s = emptyRoutingState();
    for (let i = 0; i < 50; i++) {
      const id = `a${i}`;
      s = upsertAgent(
        s,
        {
          agentId: id,
          name: id,
          departments: i % 5 === 0 ? [] : [`d${i % 4}`],
          languages: i % 3 === 0 ? [] : ['en', i % 2 ? 'es' : 'de'],
          capacity: 2 + (i % 3),
        },
        T0 - i,
      );
      s = connect(s, id, T0).state;
      s = setStatus(s, id, 'online', T0).state;
      s.agents[id]!.active = Array.from({ length: 1 + (i % 2) }, (_, k) => `held-${i}-${k}`);
    }
    for (let i = 0; i < 200; i++)
      s.queue.push(
        queued({
          conversationId: `c${i}`,
          priority: (['low', 'normal', 'high', 'urgent'] as const)[i % 4]!,
          department: i % 3 ? `d${i % 4}` : null,
          language: i % 5 ? (i % 2 ? 'es-MX' : 'en-US') : null,
          enqueuedAt: T0 + i,
          declinedBy: i % 7 ? [] : ['a1', 'a2'],
        }),
      );
    let n = 0;
    const newId = () => `o${n++}`;
    /** Best of three batches (a loaded machine can stall one), averaged over a batch. */
    const timed = (fn: () => void) => {
      fn(); // warm up
      let best = Number.POSITIVE_INFINITY;
      for (let batch = 0; batch < 3; batch++) {
        const start = performance.now();
        for (let i = 0; i < 10; i++) fn();
        best = Math.min(best, (performance.now() - start) / 10);
      }
      return best;
    };
    const r = expireOffers(s, T0, newId, TTL);
    const perRun = timed(() => expireOffers(s, T0, newId, TTL));
    expect(perRun).toBeLessThan(10);
    // 8 of the 50 agents are full; each of the others gets exactly one offer.
    const offered = ofType(r.effects, 'offer').map((e) => e.agentId);
    expect(offered).toHaveLength(42);
    expect(new Set(offered).size).toBe(42);
    for (const id of offered) expect(s.agents[id]!.active.length).toBeLessThan(s.agents[id]!.capacity);
    expect(Object.keys(queueInfos(r.state, T0))).toHaveLength(200);
    const infosMs = timed(() => queueInfos(r.state, T0));
    expect(infosMs).toBeLessThan(10);
    console.log(`dispatch 200×50: ${perRun.toFixed(2)} ms per run; queueInfos: ${infosMs.toFixed(2)} ms`);
  });
});
