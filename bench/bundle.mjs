// Runs the worker's own TypeScript in Node: esbuild bundles a small entry (re-exports from
// worker/…) into the run's temp folder, silently, and the bench imports the result.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles `source` (TypeScript, resolved from the project root `root`) to `<tmp>/<name>.mjs` and
 * imports it. CommonJS dependencies get a `require` (ESM output has none of its own).
 * @param {{ root: string, tmp: string }} ctx
 * @param {string} name
 * @param {string} source
 */
export async function bundleAndImport({ root, tmp }, name, source) {
  const outfile = join(tmp, `${name}.mjs`);
  await build({
    stdin: { contents: source, resolveDir: root, sourcefile: `bench-${name}.ts`, loader: 'ts' },
    absWorkingDir: root,
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'silent',
    legalComments: 'none',
    banner: {
      js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);",
    },
  });
  return import(pathToFileURL(outfile).href);
}
