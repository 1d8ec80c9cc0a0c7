// Triage cost per visitor message: the worker's `assessMessage` (worker/triage), bundled and run
// in Node on the labelled texts of shared/eval/dev.jsonl, as conversations of a few messages (the
// state carries over, as in the conversation object). The knowledge-base lookup is measured
// separately (retrieval_*): here its confidence is given as a number.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleAndImport } from './bundle.mjs';
import { rng, summarize } from './stats.mjs';

const SOURCE = `export { assessMessage, initialTriageState } from './worker/triage';`;

/** A few rules of the kinds a workspace configures (keywords, attributes, triggers, time). */
const RULES = [
  {
    id: 'r-billing',
    name: 'Disputes go to Billing',
    enabled: true,
    when: { keywords: ['chargeback', 'refund*', 'double charged', 'invoice'] },
    actions: { department: 'Billing', priority: 'high' },
  },
  {
    id: 'r-vip',
    name: 'Enterprise customers first',
    enabled: true,
    when: { attributes: [{ key: 'plan', op: 'eq', value: 'enterprise' }] },
    actions: { priority: 'high' },
  },
  {
    id: 'r-angry',
    name: 'Frustrated customers to a person',
    enabled: true,
    when: { triggers: ['frustration'] },
    actions: { handoff: true, priority: 'urgent' },
  },
  {
    id: 'r-night',
    name: 'Outside business hours',
    enabled: true,
    when: {
      time: { timezone: 'Europe/Berlin', days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00', outside: true },
    },
    actions: { priority: 'low' },
  },
];

const TOPICS = ['Returns and exchanges', 'Refunds', 'Shipping and delivery', 'Payments and billing', null];

/** shared/eval/dev.jsonl beside the checkout (BATON_EVAL_DIR overrides), as scripts/eval.mjs finds it. */
function evalFile(repo) {
  const file = join(resolve(process.env.BATON_EVAL_DIR ?? resolve(repo, '../shared/eval')), 'dev.jsonl');
  if (!existsSync(file)) throw new Error(`${file} not found (set BATON_EVAL_DIR)`);
  return file;
}

/**
 * Every dev line becomes one visitor message, in conversations of 1–4 messages. Retrieval
 * confidence depends on the label (routine questions are mostly covered, out-of-scope ones are
 * not); the bot "admitted a gap" after a low-confidence answer.
 */
function buildConversations(lines) {
  const rand = rng(42);
  const conversations = [];
  const base = Date.UTC(2026, 2, 2, 8, 0, 0); // a Monday morning; hours move on per message
  let i = 0;
  while (i < lines.length) {
    const n = 1 + Math.floor(rand() * 4);
    const contact = {
      attributes: rand() < 0.2 ? { plan: 'enterprise', country: 'DE' } : { plan: 'free', country: 'FR' },
    };
    const messages = [];
    let previous = 1;
    for (const line of lines.slice(i, i + n)) {
      const confidence =
        line.label === 'routine'
          ? 0.45 + 0.5 * rand()
          : line.label === 'out_of_scope'
            ? 0.05 + 0.3 * rand()
            : 0.2 + 0.6 * rand();
      messages.push({
        text: line.text,
        retrieval: { confidence, topic: confidence >= 0.5 ? TOPICS[Math.floor(rand() * 4)] : null },
        botAdmittedGap: previous < 0.5,
        contact,
        now: new Date(base + (i + messages.length) * 97_000),
        rules: RULES,
      });
      previous = confidence;
    }
    conversations.push(messages);
    i += n;
  }
  return conversations;
}

/**
 * triage_p50_ms / triage_p99_ms: one `assessMessage` call per visitor message. Goal p50 ≤ 2 ms.
 * Env: BENCH_TRIAGE_CALLS (5000 timed calls, at least one pass), BENCH_TRIAGE_WARMUP (1000).
 */
export async function triage(ctx) {
  const { log } = ctx;
  const calls = Number(process.env.BENCH_TRIAGE_CALLS ?? 5000);
  const warmup = Number(process.env.BENCH_TRIAGE_WARMUP ?? 1000);
  const { assessMessage, initialTriageState } = await bundleAndImport(ctx, 'triage', SOURCE);
  const file = evalFile(ctx.repo);
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const conversations = buildConversations(lines);

  const times = [];
  let made = 0;
  let escalated = 0;
  const reasons = {};
  /** One pass over every conversation; `record` false for the warm-up. */
  const pass = (limit, record) => {
    for (const messages of conversations) {
      let state = initialTriageState;
      for (const input of messages) {
        if (made >= limit) return;
        const t = performance.now();
        const out = assessMessage(state, input);
        const ms = performance.now() - t;
        state = out.state;
        made++;
        if (!record) continue;
        times.push(ms);
        if (out.decision.escalate) {
          escalated++;
          reasons[out.decision.reason] = (reasons[out.decision.reason] ?? 0) + 1;
        }
      }
    }
  };
  pass(warmup, false);
  while (times.length < calls) {
    made = 0;
    const before = times.length;
    pass(calls - times.length, true);
    if (times.length === before) break;
  }
  const s = summarize(times);
  log(
    `triage: ${times.length} calls over ${lines.length} messages (${conversations.length} conversations): ${JSON.stringify(s)}`,
  );
  log(`triage: escalated ${escalated} (${JSON.stringify(reasons)})`);
  return { triage_p50_ms: s.p50, triage_p99_ms: s.p99 };
}
