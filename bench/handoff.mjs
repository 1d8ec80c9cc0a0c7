// Handoff switch time through the real server: an agent accepts an offer in the console, the
// visitor sees "<agent> joined the conversation". Path: inbox socket → WorkspaceDO (accept
// reducer, storage write) → ConversationDO.assign (RPC) → system line → visitor socket.
import { FrameSocket, loginAgent, mapLimit, openVisitor, postJson } from './clients.mjs';
import { summarize } from './stats.mjs';

const TIMEOUT_MS = 15_000;
const ASK = 'I want to talk to a human';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** An agent's console inbox socket, online, past its first `team` frame; offers go to `onOffer`. */
async function openInbox(server, agent, onOffer) {
  const cookie = await loginAgent(server, agent);
  const socket = await FrameSocket.open(`${server.url.replace(/^http/, 'ws')}/api/inbox/ws`, {
    Cookie: cookie,
    Origin: server.url,
  });
  const inbox = { agent, cookie, socket };
  socket.subscribe((f) => {
    if (f.type === 'offer') onOffer(inbox, f.offer);
  });
  const team = socket.waitFor((f) => f.type === 'team', TIMEOUT_MS, 'team');
  socket.send({ type: 'status', status: 'online' });
  await team;
  return inbox;
}

/** Offers from every inbox, in arrival order. */
function offerQueue() {
  const offers = [];
  let wake = null;
  return {
    push(inbox, offer) {
      offers.push({ inbox, offer });
      wake?.();
    },
    async next() {
      const deadline = Date.now() + TIMEOUT_MS;
      while (offers.length === 0) {
        if (Date.now() > deadline) throw new Error('no offer reached an agent');
        await new Promise((resolve) => {
          wake = resolve;
          setTimeout(resolve, 200);
        });
        wake = null;
      }
      return offers.shift();
    },
  };
}

/**
 * Opens `n` visitor conversations at once, each asks for a person; resolves once every one is
 * waiting in the queue (state queued/offered) and the bot has said so.
 */
async function queueBatch(server, n) {
  const visitors = await mapLimit(Array.from({ length: n }), 5, () => openVisitor(server));
  await Promise.all(
    visitors.map(async (v, i) => {
      const queued = v.socket.waitFor(
        (f) => f.type === 'state' && (f.state.status === 'queued' || f.state.status === 'offered'),
        TIMEOUT_MS,
        'queued state',
      );
      // The bot's line once routing answered: the last thing its turn does.
      const said = v.socket.waitFor(
        (f) => f.type === 'message' && f.message?.kind === 'bot' && f.message.clientId !== 'greeting',
        TIMEOUT_MS,
        'the bot handing off',
      );
      v.socket.send({ type: 'message', clientId: `ask-${i}`, body: ASK });
      await Promise.all([
        queued.catch(async (err) => {
          const reply = await said.catch(() => null);
          throw new Error(
            `${err.message}; the bot said ${JSON.stringify(reply?.frame.message.body ?? null)}`,
          );
        }),
        said,
      ]);
    }),
  );
  return new Map(visitors.map((v) => [v.id, v]));
}

/**
 * handoff_switch_p50_ms / handoff_switch_p99_ms: send `accept` → the visitor socket has the
 * "joined" system message. Both demo agents are online in the console; conversations queue in
 * batches (each asks for a person, the bot waits BOT_DEBOUNCE_MS and hands off); then each offer
 * is accepted in turn, on a quiet server, and the conversation closed once joined so the agent's
 * capacity (3) frees for the next offer. Goal p99 ≤ 20 ms.
 * Env: BENCH_HANDOFFS (100), BENCH_HANDOFF_BATCH (20), BENCH_HANDOFF_SETTLE_MS (50).
 */
export async function handoff(ctx) {
  const { server, log } = ctx;
  const total = Number(process.env.BENCH_HANDOFFS ?? 100);
  // Two agents, 3 slots each, a 6-minute handle time until there are samples: past ~25 waiting
  // the estimated wait exceeds the workspace's 20-minute limit and routing answers with a
  // fallback instead of queueing.
  const batch = Math.min(Number(process.env.BENCH_HANDOFF_BATCH ?? 20), 24);
  const settleMs = Number(process.env.BENCH_HANDOFF_SETTLE_MS ?? 50);
  const warmup = 3;
  const offers = offerQueue();
  const inboxes = [];
  const times = [];
  const closeMs = [];
  const queueMs = [];
  const at = [];
  const started = performance.now();
  let done = 0;
  try {
    for (const agent of server.seed.agents) inboxes.push(await openInbox(server, agent, offers.push));
    log(`${inboxes.map((i) => i.agent.email).join(', ')} online in the console`);
    while (done < total + warmup) {
      const n = Math.min(batch, total + warmup - done);
      const tq = performance.now();
      const waiting = await queueBatch(server, n);
      queueMs.push(performance.now() - tq);
      // Let the batch's queue updates and D1 syncs pass: accepts are timed on a quiet server.
      await sleep(300);
      for (let k = 0; k < n; k++) {
        const { inbox, offer } = await offers.next();
        const v = waiting.get(offer.conversationId);
        if (!v) throw new Error(`offer for an unknown conversation ${offer.conversationId}`);
        await sleep(settleMs);
        const joined = v.socket.waitFor(
          (f) => f.type === 'message' && f.message?.kind === 'system' && /joined/.test(f.message.body),
          TIMEOUT_MS,
          '"joined"',
        );
        const claimed = inbox.socket.waitFor(
          (f) => f.type === 'claim_result' && f.conversationId === offer.conversationId,
          TIMEOUT_MS,
          'claim_result',
        );
        const t0 = performance.now();
        inbox.socket.send({ type: 'accept', offerId: offer.id });
        const [{ t }, { frame: claim }] = await Promise.all([joined, claimed]);
        if (!claim.ok) throw new Error(`accept refused: ${claim.message}`);
        if (done >= warmup) {
          times.push(t - t0);
          at.push(t0 - started);
        }
        done++;
        const tc = performance.now();
        await postJson(
          `${server.url}/api/conversations/${offer.conversationId}/close`,
          {},
          { Cookie: inbox.cookie, Origin: server.url },
        );
        closeMs.push(performance.now() - tc);
        waiting.delete(offer.conversationId);
        await v.socket.close();
      }
      if (waiting.size) throw new Error(`${waiting.size} conversations of the batch were never offered`);
    }
  } finally {
    await Promise.all(inboxes.map((i) => i.socket.close()));
  }
  const s = summarize(times);
  log(`handoff accept → visitor sees "joined": ${JSON.stringify(s)}`);
  const slowest = times
    .map((ms, i) => [ms, at[i]])
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map(([ms, t]) => `${ms.toFixed(1)} ms at +${(t / 1000).toFixed(1)} s`);
  log(`handoff: slowest ${slowest.join(', ')}`);
  log(
    `handoff: queueing a batch of ${batch} ${summarize(queueMs).p50} ms (p50); closing a conversation ${summarize(closeMs).p50} ms (p50)`,
  );
  return { handoffs: times.length, handoff_switch_p50_ms: s.p50, handoff_switch_p99_ms: s.p99 };
}
