// Routing throughput: the pure reducers of worker/routing/core (what WorkspaceDO runs on every
// handoff, presence and queue event), bundled and run in Node. 50 agents with 4 slots each,
// 200 conversations waiting: exactly enough slots for everyone.
import { bundleAndImport } from './bundle.mjs';
import { round3 } from './stats.mjs';

const SOURCE = `export * from './worker/routing/core';`;

const AGENTS = 50;
const CAPACITY = 4;
const CONVERSATIONS = 200;
const DEPARTMENTS = ['Billing', 'Orders', 'Tech'];
const LANGUAGES = ['en', 'de', 'es', 'fr'];

/** 50 agents: skills vary (some cover everything), all online with a console connected. */
function agentsState(core, now, newId) {
  let s = core.emptyRoutingState();
  for (let i = 0; i < AGENTS; i++) {
    s = core.upsertAgent(
      s,
      {
        agentId: `agent-${i}`,
        name: `Agent ${i}`,
        // Every third agent covers every department; the rest one each. Everyone speaks English.
        departments: i % 3 === 0 ? [] : [DEPARTMENTS[i % DEPARTMENTS.length]],
        languages: ['en', LANGUAGES[i % LANGUAGES.length]],
        capacity: CAPACITY,
      },
      now,
    );
    s = core.connect(s, `agent-${i}`, now, newId).state;
  }
  return s;
}

/** A waiting conversation: the fields ConversationDO's handoff sends (worker/conversation/handoff.ts). */
function item(i, now) {
  return {
    conversationId: `conv-${i}`,
    contactName: `Visitor ${i}`,
    kind: 'handoff',
    priority: i % 10 === 0 ? 'high' : 'normal',
    department: i % 4 === 3 ? null : DEPARTMENTS[i % DEPARTMENTS.length],
    language: 'en',
    reason: 'human_request',
    enqueuedAt: now + i,
    firstInLine: false,
    preferredAgentId: null,
    fromAgentId: null,
    targetAgentId: null,
    note: null,
  };
}

/**
 * One full round: the agents come online with the 200 conversations already waiting (each status
 * change dispatches: an offer to that agent), then every offer is accepted as it arrives (each
 * accept assigns and dispatches the next offer to that agent) until all 200 are assigned.
 * Returns the assignments made.
 */
function round(core, base, newId, clock) {
  let s = base;
  const pending = [];
  const take = (effects) => {
    for (const e of effects) if (e.type === 'offer') pending.push(e);
  };
  for (let i = 0; i < AGENTS; i++) {
    const r = core.setStatus(s, `agent-${i}`, 'online', clock(), newId);
    s = r.state;
    take(r.effects);
  }
  let assigned = 0;
  while (pending.length) {
    const offer = pending.shift();
    const r = core.accept(s, offer.offer.id, offer.agentId, clock(), newId);
    if (!r.ok) throw new Error(`accept refused: ${r.message}`);
    s = r.state;
    assigned++;
    take(r.effects);
  }
  return { assigned, state: s };
}

/**
 * routing_assignments_per_s: conversations assigned per second by the reducers (offer + accept,
 * each call cloning the state as the DO does), over repeated full rounds for ≥ 1 s.
 * routing_dispatch_ms: one `dispatch` over 200 waiting × 50 free agents (median of 50).
 * Env: BENCH_ROUTING_MS (1000).
 */
export async function routing(ctx) {
  const { log } = ctx;
  const minMs = Number(process.env.BENCH_ROUTING_MS ?? 1000);
  const core = await bundleAndImport(ctx, 'routing', SOURCE);
  const newId = () => crypto.randomUUID();
  let now = Date.UTC(2026, 2, 2, 10, 0, 0);
  const clock = () => ++now;

  // The queue builds up while everyone is away: enqueue dispatches but nobody is free.
  let base = agentsState(core, now, newId);
  for (let i = 0; i < AGENTS; i++) base = core.setStatus(base, `agent-${i}`, 'away', now, newId).state;
  for (let i = 0; i < CONVERSATIONS; i++) base = core.enqueue(base, item(i, now), clock(), newId).state;
  if (base.queue.length !== CONVERSATIONS) throw new Error(`queue holds ${base.queue.length}`);

  // One dispatch: 200 waiting, 50 online agents with free slots and no offers yet.
  let online = structuredClone(base);
  for (const id in online.agents) online.agents[id].status = 'online';
  const dispatchMs = [];
  for (let i = 0; i < 60; i++) {
    const t = performance.now();
    const r = core.dispatch(online, clock(), newId);
    const ms = performance.now() - t;
    if (i >= 10) dispatchMs.push(ms);
    if (i === 0) {
      const offers = r.effects.filter((e) => e.type === 'offer').length;
      log(`routing: one dispatch made ${offers} offers (${CONVERSATIONS} waiting, ${AGENTS} agents)`);
    }
  }
  online = null;
  dispatchMs.sort((a, b) => a - b);

  // Warm-up round, then rounds until minMs.
  const check = round(core, base, newId, clock);
  if (check.assigned !== CONVERSATIONS)
    log(
      `routing: a round assigns ${check.assigned} of ${CONVERSATIONS} (skills leave ${check.state.queue.length} waiting)`,
    );
  let assigned = 0;
  let rounds = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    assigned += round(core, base, newId, clock).assigned;
    rounds++;
  }
  const seconds = (performance.now() - t0) / 1000;
  const perSecond = Math.round(assigned / seconds);
  const dispatch = round3(dispatchMs[dispatchMs.length >> 1]);
  log(
    `routing: ${assigned} assignments in ${rounds} rounds, ${seconds.toFixed(2)} s → ${perSecond}/s; dispatch 200×50 ${dispatch} ms (median)`,
  );
  return { routing_assignments_per_s: perSecond, routing_dispatch_ms: dispatch };
}
