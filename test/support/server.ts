import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error — plain ESM script shared with `npm start` and the bench
import { startServer } from '../../scripts/dev-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoUrl: string;
    consoleUrl: string;
  }
}

/** Starts a real `wrangler dev` on loopback with fresh local state for the browser tests. */
export default async function setup(project: TestProject) {
  const persistTo = mkdtempSync(join(tmpdir(), 'baton-test-'));
  const port = Number(process.env.BATON_TEST_PORT ?? 8791);
  const server = await startServer({ port, persistTo, quiet: true });
  project.provide('baseUrl', server.url);
  project.provide('demoUrl', server.demoUrl);
  project.provide('consoleUrl', server.consoleUrl);
  return async () => {
    await server.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
