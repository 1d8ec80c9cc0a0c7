// Message delivery latency: the product path (visitor socket → ConversationDO → agent socket)
// against the baseline relay (socket a → RelayDO, SQLite insert → socket b), same run, interleaved.
import { FrameSocket, postJson } from './clients.mjs';
import { round3, summarize } from './stats.mjs';

const TIMEOUT_MS = 10_000;
// Same text on both paths, about the size of a typical chat line.
const bodyFor = (i) => `Hi, I have a question about order #${10_000 + i}: when will it ship?`;

/** Visitor + agent sockets on one fresh conversation, both past hello/welcome. */
async function openProduct({ server, port, log }) {
  const { url, seed } = server;
  const wsBase = url.replace(/^http/, 'ws');
  const hostOrigin = `http://localhost:${port}`;

  const { json: session } = await postJson(
    `${url}/api/widget/session`,
    { siteKey: seed.siteKey },
    { Origin: hostOrigin },
  );
  const { json: convo } = await postJson(
    `${url}/api/widget/conversations`,
    {},
    { Authorization: `Bearer ${session.token}` },
  );
  const agent = seed.agents[0];
  const { res: login } = await postJson(
    `${url}/api/auth/login`,
    { email: agent.email, password: agent.password },
    { Origin: url },
  );
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('baton_session='));
  if (!cookie) throw new Error('login returned no baton_session cookie');
  log(`conversation ${convo.id} (status ${convo.status}); agent ${agent.email} logged in`);

  const visitor = await FrameSocket.open(
    `${wsBase}/api/widget/conversations/${convo.id}/ws?token=${encodeURIComponent(session.token)}`,
    { Origin: hostOrigin },
  );
  const agentWs = await FrameSocket.open(`${wsBase}/api/conversations/${convo.id}/ws`, {
    Cookie: cookie,
    Origin: url,
  });
  for (const s of [visitor, agentWs]) {
    const welcome = s.waitFor((f) => f.type === 'welcome', TIMEOUT_MS, 'welcome');
    s.send({ type: 'hello', lastSeq: 0 });
    const { frame } = await welcome;
    if (frame.state.status !== 'bot') throw new Error(`conversation is ${frame.state.status}, expected bot`);
  }

  return {
    name: 'product',
    sockets: [visitor, agentWs],
    /** Visitor sends one message; latency is until the agent socket has it. Waits for the ack too. */
    async one(clientId, body) {
      const delivered = agentWs.waitFor(
        (f) => f.type === 'message' && f.message?.clientId === clientId,
        TIMEOUT_MS,
        `message ${clientId}`,
      );
      const acked = visitor.waitFor(
        (f) => f.type === 'ack' && f.clientId === clientId,
        TIMEOUT_MS,
        `ack ${clientId}`,
      );
      const t0 = performance.now();
      visitor.send(JSON.stringify({ type: 'message', clientId, body }));
      const [{ t }] = await Promise.all([delivered, acked]);
      return t - t0;
    },
  };
}

/** Two sockets in one RelayDO room. */
async function openRelay({ server }) {
  const wsBase = server.url.replace(/^http/, 'ws');
  const room = `bench-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const b = await FrameSocket.open(`${wsBase}/bench/relay?room=${room}&side=b`);
  const a = await FrameSocket.open(`${wsBase}/bench/relay?room=${room}&side=a`);
  return {
    name: 'relay',
    sockets: [a, b],
    async one(clientId, body) {
      const delivered = b.waitFor((f) => f.clientId === clientId, TIMEOUT_MS, `relay ${clientId}`);
      const t0 = performance.now();
      a.send(JSON.stringify({ type: 'message', clientId, body }));
      const { t } = await delivered;
      return t - t0;
    },
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Sends `count` messages one at a time; returns their latencies in ms. */
async function runBlock(path, prefix, start, count) {
  const out = [];
  for (let i = start; i < start + count; i++) out.push(await path.one(`${prefix}-${i}`, bodyFor(i)));
  return out;
}

/**
 * @param {{ server: any, port: number, log: (s: string) => void }} ctx
 * Env: BENCH_MESSAGES (default 1000), BENCH_WARMUP (50), BENCH_BLOCK (50), BENCH_SETTLE_MS (50).
 *
 * Blocks alternate between the paths in ABBA order, so load from the rest of the machine lands on
 * both alike; short blocks pair them more tightly. Between blocks a short pause lets work a path
 * left running (the bot's answer to the last message, say) finish before the other path is timed.
 */
export async function delivery(ctx) {
  const { log } = ctx;
  const messages = Number(process.env.BENCH_MESSAGES ?? 1000);
  const warmup = Number(process.env.BENCH_WARMUP ?? 50);
  const block = Number(process.env.BENCH_BLOCK ?? 50);
  const settleMs = Number(process.env.BENCH_SETTLE_MS ?? 50);
  if (!(messages > 0 && warmup >= 0 && block > 0 && settleMs >= 0))
    throw new Error('bad BENCH_MESSAGES/WARMUP/BLOCK/SETTLE_MS');

  const paths = [];
  try {
    const product = await openProduct(ctx);
    paths.push(product);
    const relay = await openRelay(ctx);
    paths.push(relay);

    const run = Date.now().toString(36);
    for (const p of paths) {
      await runBlock(p, `warm-${run}`, 0, warmup);
      await sleep(settleMs);
    }
    log(`warm-up: ${warmup} messages on each path`);

    const samples = { product: [], relay: [] };
    const started = performance.now();
    const rounds = Math.ceil(messages / block);
    // ABBA order (product, relay, relay, product, …) so neither path always runs first.
    for (let round = 0; round < rounds; round++) {
      const sent = round * block;
      const n = Math.min(block, messages - sent);
      const order = round % 2 === 0 ? [product, relay] : [relay, product];
      for (const p of order) {
        samples[p.name].push(...(await runBlock(p, `m-${run}`, sent, n)));
        await sleep(settleMs);
      }
      if ((round + 1) % Math.max(1, Math.round(rounds / 10)) === 0 || round === rounds - 1) {
        const pr = summarize(samples.product.slice(-n));
        const re = summarize(samples.relay.slice(-n));
        log(
          `block ${round + 1}/${rounds}: product p50 ${pr.p50} p99 ${pr.p99} · relay p50 ${re.p50} p99 ${re.p99} (ms)`,
        );
      }
    }
    const d = summarize(samples.product);
    const r = summarize(samples.relay);
    log(`delivery: ${JSON.stringify(d)}`);
    log(`relay:    ${JSON.stringify(r)}`);
    log(`measured ${2 * messages} messages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return {
      messages,
      delivery_p50_ms: d.p50,
      delivery_p99_ms: d.p99,
      relay_p50_ms: r.p50,
      relay_p99_ms: r.p99,
      delivery_ratio_p99: round3(d.p99 / r.p99),
    };
  } finally {
    await Promise.all(paths.flatMap((p) => p.sockets.map((s) => s.close())));
  }
}
