// Starts Baton under `wrangler dev` on loopback with local D1 + Durable Objects, migrations
// applied and the demo seeded. Used by `npm start`, the browser tests and the bench.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, dirname, join } from 'node:path';

// Wrangler runs on the Node that runs us (the pinned Node 22 from node_modules when started by npm).
const env = {
  ...process.env,
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`,
  WRANGLER_SEND_METRICS: 'false',
  // No network here: don't let miniflare fetch the Request.cf placeholder.
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  CI: 'true',
  NO_COLOR: '1',
};
const wrangler = (args, opts) => [
  process.execPath,
  [join('node_modules', 'wrangler', 'bin', 'wrangler.js'), ...args],
  opts,
];

/** A stable dev secret per state folder, so visitor tokens survive a restart of `npm start`. */
function devSecret(persistTo) {
  const file = join(persistTo, 'token-secret');
  if (!existsSync(file)) {
    mkdirSync(persistTo, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'));
  }
  return readFileSync(file, 'utf8').trim();
}

export function applyMigrations(persistTo) {
  const r = spawnSync(
    ...wrangler(['d1', 'migrations', 'apply', 'baton', '--local', '--persist-to', persistTo], {
      env,
      encoding: 'utf8',
    }),
  );
  if (r.status !== 0) throw new Error(`migrations failed:\n${r.stdout}\n${r.stderr}`);
}

/**
 * @param {{ port?: number, persistTo?: string, quiet?: boolean, vars?: Record<string,string>, logLevel?: string }} opts
 * @returns {Promise<{ url: string, demoUrl: string, consoleUrl: string, seed: any, stop: () => Promise<void>, logs: () => string }>}
 */
export async function startServer({
  port = 8787,
  persistTo = '.wrangler/state',
  quiet = false,
  vars = {},
  logLevel = quiet ? 'warn' : 'info',
} = {}) {
  if (!(await portFree(port)))
    throw new Error(`Port ${port} is in use: is Baton already running? Set PORT=… to use another.`);
  applyMigrations(persistTo);
  const url = `http://127.0.0.1:${port}`;
  const allVars = { DEMO_MODE: '1', PUBLIC_URL: url, TOKEN_SECRET: devSecret(persistTo), ...vars };
  const args = ['dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistTo];
  args.push('--show-interactive-dev-session=false', '--inspector-port', '0', '--log-level', logLevel);
  for (const [k, v] of Object.entries(allVars)) args.push('--var', `${k}:${v}`);
  const child = spawn(...wrangler(args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }));
  let output = '';
  const collect = (d) => {
    output += d;
    if (!quiet) process.stdout.write(d);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, 5000);
    await exited;
    clearTimeout(timer);
  };

  // Never leave a wrangler behind us, whatever way we exit.
  process.once('exit', () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  });
  try {
    return await ready();
  } catch (err) {
    await stop();
    throw err;
  }

  async function ready() {
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`wrangler dev exited:\n${output}`);
      if (Date.now() > deadline) {
        throw new Error(`wrangler dev did not become ready:\n${output}`);
      }
      try {
        const res = await fetch(`${url}/api/health`);
        if (res.ok) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }

    // The demo page is opened on localhost, the console on 127.0.0.1: two origins, like a real embed.
    const demoOrigin = `http://localhost:${port}`;
    const res = await fetch(`${url}/api/dev/seed`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ allowedOrigins: [demoOrigin] }),
    });
    if (!res.ok) throw new Error(`seed failed: ${res.status} ${await res.text()}`);
    const seed = await res.json();
    /** Everything wrangler has printed so far (the worker's logs among it, at `logLevel`). */
    const logs = () => output;
    return { url, demoUrl: `${demoOrigin}/demo`, consoleUrl: `${url}/console/`, seed, stop, logs };
  }
}

function portFree(port) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}
