// Builds the widget (loader + iframe app), the console and copies their static pages into dist/public,
// which wrangler serves as static assets.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = 'dist/public';
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/widget`, { recursive: true });
mkdirSync(`${out}/console`, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
};

await Promise.all([
  // The loader runs on the host page: tiny, classic script, no framework.
  build({ ...common, format: 'iife', entryPoints: ['widget/loader.ts'], outfile: `${out}/widget/loader.js` }),
  // The chat frame: its language tables are chunks loaded on demand (widget/locales).
  build({
    ...common,
    entryPoints: ['widget/frame.tsx'],
    outdir: `${out}/widget`,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  }),
  build({ ...common, entryPoints: ['console/main.tsx'], outfile: `${out}/console/app.js` }),
]);

cpSync('widget/frame.html', `${out}/widget/frame.html`);
cpSync('widget/frame.css', `${out}/widget/frame.css`);
cpSync('console/index.html', `${out}/console/index.html`);
cpSync('console/console.css', `${out}/console/console.css`);
writeFileSync(
  `${out}/index.html`,
  '<!doctype html><meta http-equiv="refresh" content="0; url=/console/"><a href="/console/">Baton console</a>\n',
);
