// Message delivery latency: the product path (visitor socket → ConversationDO → agent socket)
// against the baseline relay (socket a → RelayDO, SQLite insert → socket b), same run, interleaved.
import { FrameSocket, loginAgent, openVisitor } from './clients.mjs';
import { round3, summarize } from './stats.mjs';

const TIMEOUT_MS = 10_000;
/** The relay leaves no work behind: a short pause is enough. */
const RELAY_SETTLE_MS = 50;
// Same text on both paths, about the size of a typical chat line.
const bodyFor = (i) => `Hi, I have a question about order #${10_000 + i}: when will it ship?`;

/** Visitor + agent sockets on one fresh conversation, both past hello/welcome. */
async function openProduct({ server, log }) {
  const visitor = await openVisitor(server);
  if (visitor.welcome.state.status !== 'bot')
    throw new Error(`conversation is ${visitor.welcome.state.status}, expected bot`);
  const agent = server.seed.agents[0];
  const cookie = await loginAgent(server, agent);
  log(`conversation ${visitor.id} (status bot); agent ${agent.email} logged in`);
  const agentWs = await FrameSocket.open(
    `${server.url.replace(/^http/, 'ws')}/api/conversations/${visitor.id}/ws`,
    { Cookie: cookie, Origin: server.url },
  );
  const welcome = agentWs.waitFor((f) => f.type === 'welcome', TIMEOUT_MS, 'welcome');
  agentWs.send({ type: 'hello', lastSeq: 0 });
  await welcome;
  // The bot answers each burst of visitor messages BOT_DEBOUNCE_MS after the last one.
  let lastSeq = 0;
  let botMs = [];

  return {
    name: 'product',
    sockets: [visitor.socket, agentWs],
    /** Visitor sends one message; latency is until the agent socket has it. Waits for the ack too. */
    async one(clientId, body) {
      const delivered = agentWs.waitFor(
        (f) => f.type === 'message' && f.message?.clientId === clientId,
        TIMEOUT_MS,
        `message ${clientId}`,
      );
      const acked = visitor.socket.waitFor(
        (f) => f.type === 'ack' && f.clientId === clientId,
        TIMEOUT_MS,
        `ack ${clientId}`,
      );
      const t0 = performance.now();
      visitor.socket.send(JSON.stringify({ type: 'message', clientId, body }));
      const [{ t }, { frame }] = await Promise.all([delivered, acked]);
      lastSeq = frame.seq;
      return t - t0;
    },
    /**
     * After a block: wait for the bot's answer to the burst (it comes BOT_DEBOUNCE_MS after the
     * last message), then for the work an answer leaves behind (the D1 sync 200 ms after a write,
     * the inbox publish), so none of it lands in the other path's next block.
     */
    async settle(settleMs) {
      const after = lastSeq;
      const t0 = performance.now();
      await agentWs.waitFor(
        (f) => f.type === 'message' && f.message?.kind === 'bot' && f.message.seq > after,
        TIMEOUT_MS,
        'the bot answer to the block',
      );
      botMs.push(performance.now() - t0);
      await sleep(settleMs);
    },
    takeBotMs() {
      const out = botMs;
      botMs = [];
      return out;
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
    settle: (settleMs) => sleep(Math.min(settleMs, RELAY_SETTLE_MS)),
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
 * Env: BENCH_MESSAGES (default 1000), BENCH_WARMUP (50), BENCH_BLOCK (100), BENCH_SETTLE_MS (300).
 *
 * Blocks alternate between the paths in ABBA order, so load from the rest of the machine lands on
 * both alike; short blocks pair them more tightly. Inside a product block messages follow each
 * other far faster than BOT_DEBOUNCE_MS, so the bot stays quiet while it is timed (it answers a
 * burst once the visitor pauses). After a product block the bench waits for that answer, then
 * BENCH_SETTLE_MS for the work it leaves behind (the D1 sync runs 200 ms after a write), so no bot
 * turn lands in the relay's next block; after a relay block a 50 ms pause is enough.
 */
export async function delivery(ctx) {
  const { log } = ctx;
  const messages = Number(process.env.BENCH_MESSAGES ?? 1000);
  const warmup = Number(process.env.BENCH_WARMUP ?? 50);
  const block = Number(process.env.BENCH_BLOCK ?? 100);
  const settleMs = Number(process.env.BENCH_SETTLE_MS ?? 300);
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
      await p.settle(settleMs);
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
        await p.settle(settleMs);
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
    const bot = summarize(product.takeBotMs());
    log(`bot answer after a product block's last ack: p50 ${bot.p50} max ${bot.max} ms (debounce included)`);
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
