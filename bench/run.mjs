// Baton benchmark. Starts its own server (wrangler dev on loopback, fresh state), runs each
// section and prints one flat JSON object as the last line of stdout. Progress goes to stderr.
//
//   npm run bench                      (builds the UI first)
//   node_modules/.bin/node bench/run.mjs
//
// Env: BENCH_PORT (8797), BENCH_MESSAGES (1000 per path), BENCH_WARMUP (50), BENCH_BLOCK (50),
//      BENCH_SETTLE_MS (50), BENCH_TIMEOUT_MS (170000: the whole run fails past it),
//      BENCH_IN_PLACE=1 (serve the working tree itself instead of a snapshot; see bench/snapshot.mjs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/dev-server.mjs';
import { delivery } from './delivery.mjs';
import { snapshotProject } from './snapshot.mjs';
import { widgetSize } from './widgetSize.mjs';

/**
 * Each section takes the context and returns (or resolves to) a flat object merged into the result.
 * A new measurement is one more function here.
 * @type {Array<(ctx: { server: any, port: number, log: (s: string) => void }) => object | Promise<object>>}
 */
const SECTIONS = [widgetSize, delivery];

process.env.WRANGLER_SEND_METRICS = 'false';
const repo = fileURLToPath(new URL('..', import.meta.url));

const log = (s) => process.stderr.write(`[bench] ${s}\n`);
const port = Number(process.env.BENCH_PORT ?? 8797);
const timeoutMs = Number(process.env.BENCH_TIMEOUT_MS ?? 170_000);

let server = null;
let tmp = null;
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    if (server) await server.stop().catch((e) => log(`stopping the server failed: ${e}`));
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

try {
  const t0 = performance.now();
  tmp = mkdtempSync(join(tmpdir(), 'baton-bench-'));
  // scripts/dev-server.mjs runs wrangler from the cwd: the snapshot, or the repo itself.
  if (process.env.BENCH_IN_PLACE === '1') process.chdir(repo);
  else process.chdir(snapshotProject(repo, join(tmp, 'app')));
  const persistTo = join(tmp, 'state');
  log(`starting wrangler dev on 127.0.0.1:${port} from ${process.cwd()} (state in ${persistTo})`);
  server = await startServer({ port, persistTo, quiet: true });
  log(`server ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const ctx = { server, port, log };
  const result = {};
  for (const section of SECTIONS) {
    log(`── ${section.name}`);
    Object.assign(result, await section(ctx));
  }
  await cleanup();
  clearTimeout(watchdog);
  log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (err) {
  await fail(err);
}
