// Bundles cli/triage.ts (and the worker code it imports) into dist/cli/triage.mjs for the pinned
// Node. Silent on stdout: the triage command's stdout carries only its JSON lines.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = resolve(ROOT, 'dist/cli/triage.mjs');
const INPUTS = `${BUNDLE}.inputs.json`;

/** Builds the bundle unless it is newer than every file the last build read. */
export async function buildTriageCli({ force = false } = {}) {
  if (!force && upToDate()) return BUNDLE;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['cli/triage.ts'],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  writeFileSync(INPUTS, JSON.stringify(Object.keys(result.metafile.inputs).map((f) => resolve(ROOT, f))));
  return BUNDLE;
}

function upToDate() {
  try {
    const built = statSync(BUNDLE).mtimeMs;
    const inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
    return inputs.every((f) => statSync(f).mtimeMs <= built);
  } catch {
    return false;
  }
}
