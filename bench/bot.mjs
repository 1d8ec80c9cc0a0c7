// The bot's own time on a visitor question, through the real server: from the visitor sending a
// routine question to the visitor receiving the bot's final `message`, minus what is not the
// bot's work — the deliberate pause BOT_DEBOUNCE_MS (the bot answers once the visitor stops
// typing, so a burst is one question), the delivery of that very message (its send → ack: the
// way in and the way out, on this conversation, at this moment), and in LLM mode the time the
// (fake) model server spent answering the turn.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleAndImport } from './bundle.mjs';
import { mapLimit, openVisitor } from './clients.mjs';
import { round3, summarize } from './stats.mjs';

const TIMEOUT_MS = 15_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** BOT_DEBOUNCE_MS as the served code defines it (worker/conversation/botRunner.ts). */
export function botDebounceMs(root) {
  const src = readFileSync(join(root, 'worker/conversation/botRunner.ts'), 'utf8');
  const m = /export const BOT_DEBOUNCE_MS\s*=\s*([\d_]+)\s*;/.exec(src);
  if (!m) throw new Error('BOT_DEBOUNCE_MS not found in worker/conversation/botRunner.ts');
  return Number(m[1].replaceAll('_', ''));
}

let questionsPromise = null;
const demoQuestions = (ctx) => {
  questionsPromise ??= bundleAndImport(
    ctx,
    'questions',
    `export { DEMO_QUESTIONS } from './worker/knowledge/demo/questions';`,
  ).then((m) => m.DEMO_QUESTIONS.map((d) => d.q));
  return questionsPromise;
};

/**
 * The bot's log line for its turn in conversation `id` (`bot_turn`, worker/lib/log.ts): how long
 * the turn waited on the model, as the bot measured it. It may reach wrangler's output a moment
 * after the answer reaches the visitor.
 */
async function turnLog(server, id) {
  const deadline = performance.now() + 5000;
  for (;;) {
    for (const m of server.logs().matchAll(/\{"event":"bot_turn"[^\n]*?\}/g)) {
      const entry = JSON.parse(m[0]);
      if (entry.conversationId === id) return entry;
    }
    if (performance.now() > deadline) throw new Error(`no bot_turn log line for conversation ${id}`);
    await sleep(5);
  }
}

/**
 * One question in a fresh conversation: send → ack → the bot's final `message` (in LLM mode the
 * one whose clientId is the streamed turn's id). In LLM mode `modelMs` is the time the turn
 * waited on the model, from the bot's log; `spent` the fake model server's own handling time.
 */
async function ask(v, clientId, question, fake, debounce, server) {
  let streamId = null;
  const unsubscribe = v.socket.subscribe((f) => {
    if (f.type === 'stream' && !streamId) streamId = f.id;
  });
  try {
    const answered = v.socket.waitFor(
      (f) =>
        f.type === 'message' &&
        f.message?.kind === 'bot' &&
        f.message.clientId !== 'greeting' &&
        (!streamId || f.message.clientId === streamId),
      TIMEOUT_MS,
      'the bot answer',
    );
    const acked = v.socket.waitFor((f) => f.type === 'ack' && f.clientId === clientId, TIMEOUT_MS, 'ack');
    await fake?.sync();
    const seen = fake?.timeline().length ?? 0;
    const t0 = performance.now();
    v.socket.send({ type: 'message', clientId, body: question });
    const [{ t, frame }, { t: tAck }] = await Promise.all([answered, acked]);
    await fake?.sync();
    // The turn's model calls: those that start once the pause is over. Calls during the pause
    // (the LLM classifier reading the burst) run while the bot waits anyway.
    const abs = (x) => performance.timeOrigin + x;
    const calls = (fake?.timeline().slice(seen) ?? []).filter((c) => c.start >= abs(tAck) + debounce / 2);
    const spent = calls.reduce((sum, c) => sum + (c.end - c.start), 0);
    // Where the rest goes: before the first call, between calls, after the last (LLM mode).
    const turnStart = abs(tAck) + debounce;
    const segments = calls.length
      ? {
          before: calls[0].start - turnStart,
          between: calls.slice(1).reduce((sum, c, i) => sum + (c.start - calls[i].end), 0),
          after: abs(t) - calls.at(-1).end,
        }
      : null;
    const modelMs = fake ? (await turnLog(server, v.id)).modelMs : 0;
    return {
      t0,
      tAck,
      t,
      ms: t - t0,
      ack: tAck - t0,
      spent,
      modelMs,
      segments,
      streamed: streamId !== null,
      body: frame.message.body,
    };
  } finally {
    unsubscribe();
  }
}

/**
 * The model's time is what the turn waited on it, as the bot measured it: a call's HTTP round
 * trip is the model's, as it would be to a real model across the internet. (On loopback to the
 * fake that round trip is 1–3 ms a call more than the fake's own handling, on both sides'
 * HTTP stacks; the log shows the overhead counted against the fake's handling too.)
 */
function overheadOf(ctx, label, samples, debounce) {
  const { log } = ctx;
  const s = summarize(samples.map((x) => x.ms - debounce - x.ack - x.modelMs));
  const p50 = (f) => summarize(samples.map(f)).p50;
  log(
    `${label}: send→answer ${JSON.stringify(summarize(samples.map((x) => x.ms)))}; minus debounce ` +
      `${debounce} ms, the question's own send→ack (p50 ${p50((x) => x.ack)} ms) and the model's time ` +
      `(p50 ${p50((x) => x.modelMs)} ms) → overhead ${JSON.stringify(s)}`,
  );
  if (samples.some((x) => x.segments)) {
    const handling = summarize(samples.map((x) => x.ms - debounce - x.ack - x.spent));
    log(
      `${label}: counting only the fake server's own handling (p50 ${p50((x) => x.spent)} ms) as the ` +
        `model's, loopback HTTP included: overhead p50 ${handling.p50} ms; p50 before the first model ` +
        `call ${p50((x) => x.segments?.before ?? 0)} ms, between calls ${p50((x) => x.segments?.between ?? 0)} ms, ` +
        `after the last ${p50((x) => x.segments?.after ?? 0)} ms`,
    );
  }
  return round3(s.p50);
}

/**
 * bot_overhead_kb_p50_ms (main server, knowledge-base mode: no model key) and
 * bot_overhead_llm_p50_ms (second server: OPENAI_BASE_URL → the fake model, each turn a
 * search_knowledge_base tool call, then a short streamed answer).
 *
 * Each mode asks its questions one after another, each in a fresh conversation (no memory of
 * earlier turns: alternatives, handoffs) opened beforehand. The two modes run on separate
 * servers, interleaved so their timed work never meets: in each round the KB question goes
 * first and the LLM question half a debounce later, so each server's bot turn runs while the
 * other one only waits out its debounce timer (rounds where a turn ran long enough to meet the
 * other's are counted in the log). The next round starts once both answered.
 * Env: BENCH_BOT_QUESTIONS (50 per mode), BENCH_BOT_WARMUP (2).
 */
export async function botOverhead(ctx) {
  const { log, llm } = ctx;
  const count = Number(process.env.BENCH_BOT_QUESTIONS ?? 50);
  const warmup = Number(process.env.BENCH_BOT_WARMUP ?? 2);
  const debounce = botDebounceMs(ctx.root);
  const questions = await demoQuestions(ctx);
  const modes = [{ label: 'bot (KB mode)', server: ctx.server, fake: null }];
  if (llm) modes.push({ label: 'bot (LLM mode)', server: llm.server, fake: llm.fake });
  else log('no LLM-mode server: KB mode only');
  const offset = Math.round(debounce / 2);
  await llm?.fake.sync();
  const requests0 = llm?.fake.requestCount() ?? 0;
  for (const m of modes) {
    m.samples = [];
    m.visitors = await mapLimit(Array.from({ length: count + warmup }), 6, () => openVisitor(m.server));
  }
  let overlapped = 0;
  try {
    for (let i = 0; i < count + warmup; i++) {
      const question = questions[i % questions.length];
      const runs = [];
      for (const [k, m] of modes.entries()) {
        if (k > 0) await sleep(offset);
        runs.push(ask(m.visitors[i], `q-${i}`, question, m.fake, debounce, m.server));
      }
      const out = await Promise.all(runs);
      if (out.length === 2) {
        const [a, b] = out;
        // A's turn still running when B's starts, or B's send not acked before A's turn began.
        if (a.t > b.t0 + debounce || b.tAck > a.t0 + debounce) overlapped++;
      }
      out.forEach((x, k) => {
        if (i >= warmup) modes[k].samples.push(x);
        else if (i === warmup - 1)
          log(`${modes[k].label} answers e.g. ${JSON.stringify(x.body.slice(0, 100))}`);
      });
      await sleep(20);
    }
  } finally {
    await Promise.all(modes.flatMap((m) => m.visitors.map((v) => v.socket.close())));
  }
  const result = { bot_debounce_ms: debounce };
  result.bot_overhead_kb_p50_ms = overheadOf(ctx, modes[0].label, modes[0].samples, debounce);
  if (modes[1]) {
    const m = modes[1];
    await m.fake.sync();
    const calls = m.fake.requestCount() - requests0;
    const streamed = m.samples.filter((x) => x.streamed).length;
    log(
      `LLM mode: ${calls} model calls for ${count + warmup} questions; ${streamed} of ${count} answers streamed`,
    );
    if (calls === 0) throw new Error('the LLM-mode server never called the fake model');
    result.bot_overhead_llm_p50_ms = overheadOf(ctx, m.label, m.samples, debounce);
  } else result.bot_overhead_llm_p50_ms = null;
  if (modes.length === 2) log(`bot: ${overlapped} of ${count + warmup} rounds had the two turns overlap`);
  return result;
}
