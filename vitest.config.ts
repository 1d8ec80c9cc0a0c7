import { mkdirSync } from 'node:fs';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// wrangler.toml points [assets] at the UI build; unit tests don't need it built, only present.
mkdirSync('dist/public', { recursive: true });
const migrations = await readD1Migrations('migrations');

export default defineConfig({
  test: {
    projects: [
      {
        // The sentiment lexicons are large JSON files: as JSON.parse strings, not one export per
        // word, the modules stay under the test pool's message size.
        json: { stringify: true, namedExports: false },
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                TOKEN_SECRET: 'test-secret-not-for-production',
                DEMO_MODE: '1',
                TEST_MIGRATIONS: migrations,
              },
            },
          }),
        ],
        test: {
          name: 'workers',
          include: ['test/workers/**/*.test.ts'],
          setupFiles: ['test/workers/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/server.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // (a real server and a real browser: the bot's answer may take more than a second on a
          // loaded machine; polls wait on it, and still fail when it never comes)
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
