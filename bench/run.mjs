// Baton benchmark. Runs the Node-only sections (the worker's knowledge, triage and routing code
// bundled into Node), then starts its own servers (wrangler dev on loopback, fresh state: one in
// knowledge-base mode, one in LLM mode against a fake model server) and runs the sections that
// go through them. Prints one flat JSON object as the last line of stdout; progress goes to stderr.
//
//   npm run bench                      (builds the UI first)
//   node_modules/.bin/node bench/run.mjs
//
// Env: BENCH_PORT (8797), BENCH_LLM_PORT (BENCH_PORT + 1), BENCH_TIMEOUT_MS (200000: the whole run
//      fails past it), BENCH_IN_PLACE=1 (serve the working tree itself instead of a snapshot; see
//      bench/snapshot.mjs), BENCH_ONLY=name,name (run only these sections); each section's own
//      knobs are listed in bench/README.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/dev-server.mjs';
import { botOverhead } from './bot.mjs';
import { delivery } from './delivery.mjs';
import { startFakeOpenAI } from './fakeOpenAI.mjs';
import { handoff } from './handoff.mjs';
import { kbHitRate, retrieval } from './knowledge.mjs';
import { routing } from './routing.mjs';
import { snapshotProject } from './snapshot.mjs';
import { triage } from './triage.mjs';
import { widgetSize } from './widgetSize.mjs';

/**
 * Each section takes the context and returns (or resolves to) a flat object merged into the
 * result; `fields` are reported as null when it fails (the run goes on, and exits 1 at the end).
 * Node sections run first, alone on the machine; server sections after, in this order.
 * @typedef {{ repo: string, root: string, tmp: string, log: (s: string) => void, result: Record<string, unknown>,
 *   server?: any, port?: number, llm?: { server: any, fake: any } }} Ctx
 * `needs: 'server'` sections run once the main server is up; `llm: true` ones also get the LLM-mode server.
 * @type {{ run: (ctx: Ctx) => object | Promise<object>, fields: string[], needs?: 'server', llm?: boolean }[]}
 */
const SECTIONS = [
  { run: widgetSize, fields: ['widget_loader_gzip_bytes', 'widget_total_gzip_bytes'] },
  { run: kbHitRate, fields: ['kb_top3_hit_rate'] },
  { run: retrieval, fields: ['kb_chunks', 'retrieval_p50_ms', 'retrieval_p99_ms'] },
  { run: triage, fields: ['triage_p50_ms', 'triage_p99_ms'] },
  { run: routing, fields: ['routing_assignments_per_s', 'routing_dispatch_ms'] },
  {
    run: delivery,
    needs: 'server',
    fields: [
      'messages',
      'delivery_p50_ms',
      'delivery_p99_ms',
      'relay_p50_ms',
      'relay_p99_ms',
      'delivery_ratio_p99',
    ],
  },
  {
    run: botOverhead,
    needs: 'server',
    llm: true,
    fields: ['bot_debounce_ms', 'bot_overhead_kb_p50_ms', 'bot_overhead_llm_p50_ms'],
  },
  { run: handoff, needs: 'server', fields: ['handoffs', 'handoff_switch_p50_ms', 'handoff_switch_p99_ms'] },
];

process.env.WRANGLER_SEND_METRICS = 'false';
const repo = fileURLToPath(new URL('..', import.meta.url));

const log = (s) => process.stderr.write(`[bench] ${s}\n`);
const port = Number(process.env.BENCH_PORT ?? 8797);
const llmPort = Number(process.env.BENCH_LLM_PORT ?? port + 1);
const timeoutMs = Number(process.env.BENCH_TIMEOUT_MS ?? 200_000);
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((x) => x.trim())) : null;
const sections = SECTIONS.filter((s) => !only || only.has(s.run.name));

const servers = [];
let fake = null;
let tmp = null;
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    await Promise.all(servers.map((s) => s.stop().catch((e) => log(`stopping a server failed: ${e}`))));
    if (fake) await fake.close().catch(() => {});
    process.chdir(repo);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  })();
  return cleaning;
}
let failed = false;
async function fail(err, code = 1) {
  // Once: stopping the server makes everything still in flight fail too.
  if (failed) return;
  failed = true;
  log(`FAILED: ${err?.stack ?? err}`);
  await cleanup();
  process.exit(code);
}

const watchdog = setTimeout(() => fail(new Error(`run exceeded ${timeoutMs} ms`)), timeoutMs);
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => fail(new Error(sig), 130));

/** Runs one section; a failure is logged and its fields become null. */
async function runSection(section, ctx, failures) {
  const t = performance.now();
  log(`── ${section.run.name}`);
  try {
    Object.assign(ctx.result, await section.run(ctx));
  } catch (err) {
    failures.push(section.run.name);
    log(`section ${section.run.name} FAILED: ${err?.stack ?? err}`);
    for (const f of section.fields) ctx.result[f] ??= null;
  }
  log(`   ${section.run.name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

try {
  const t0 = performance.now();
  tmp = mkdtempSync(join(tmpdir(), 'baton-bench-'));
  // scripts/dev-server.mjs runs wrangler from the cwd: the snapshot, or the repo itself.
  const root = process.env.BENCH_IN_PLACE === '1' ? repo : snapshotProject(repo, join(tmp, 'app'));
  process.chdir(root);
  /** @type {Ctx} */
  const ctx = { repo, root, tmp, log, result: {} };
  const failures = [];

  // Node sections first, with nothing else running.
  for (const section of sections.filter((s) => !s.needs)) await runSection(section, ctx, failures);

  // Both servers start together (one cwd, separate state); the LLM one talks to the fake model.
  const needs = new Set(sections.flatMap((s) => [s.needs, s.llm && 'llm']).filter(Boolean));
  if (needs.size) {
    const ts = performance.now();
    log(
      `starting wrangler dev on 127.0.0.1:${port}${needs.has('llm') ? ` and :${llmPort} (LLM mode)` : ''} from ${root}`,
    );
    const main =
      needs.has('server') || needs.has('llm')
        ? startServer({ port, persistTo: join(tmp, 'state'), quiet: true }).then((s) => {
            servers.push(s);
            return s;
          })
        : Promise.resolve(null);
    const llm = needs.has('llm')
      ? startFakeOpenAI(ctx).then((f) => {
          fake = f;
          return startServer({
            port: llmPort,
            persistTo: join(tmp, 'state-llm'),
            quiet: true,
            // The bot's turn log (how long each turn waited on the model) is read by the bench.
            logLevel: 'log',
            vars: { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: f.baseURL, OPENAI_MODEL: 'gpt-test' },
          }).then((s) => {
            servers.push(s);
            return { server: s, fake: f };
          });
        })
      : Promise.resolve(null);
    const [a, b] = await Promise.allSettled([main, llm]);
    if (a.status === 'rejected') throw a.reason;
    ctx.server = a.value;
    ctx.port = port;
    if (b.status === 'rejected') log(`the LLM-mode server did not start: ${b.reason?.stack ?? b.reason}`);
    else ctx.llm = b.value;
    log(`servers ready in ${((performance.now() - ts) / 1000).toFixed(1)} s`);
  }
  if (needs.has('llm') && !ctx.llm) failures.push('LLM-mode server');
  for (const section of sections.filter((s) => s.needs)) await runSection(section, ctx, failures);

  await cleanup();
  clearTimeout(watchdog);
  log(
    `done in ${((performance.now() - t0) / 1000).toFixed(1)} s${failures.length ? `; FAILED: ${failures.join(', ')}` : ''}`,
  );
  process.stdout.write(`${JSON.stringify(ctx.result)}\n`);
  if (failures.length) process.exitCode = 1;
} catch (err) {
  await fail(err);
}
