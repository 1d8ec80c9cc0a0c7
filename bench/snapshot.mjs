// A private copy of the project for the bench's server. `wrangler dev` rebuilds and restarts on
// every source change, dropping all sockets; in a shared checkout someone is always saving a file.
// Serving from a snapshot taken at start makes the run measure one consistent version of the code.
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Not copied: VCS, dependencies (linked instead), build/state output, local secrets, the bench. */
const SKIP = new Set([
  '.git',
  '.ci',
  'node_modules',
  'dist',
  '.wrangler',
  '.dev.vars',
  'test-output',
  'bench',
]);

/** Copies `repo` into a new folder `dir` and returns `dir`, ready to be the server's cwd. */
export function snapshotProject(repo, dir) {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(repo)) {
    if (SKIP.has(entry) || entry.endsWith('.log')) continue;
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // The static assets wrangler serves (widget, console), as built by `npm run build:ui`.
  const assets = join(repo, 'dist', 'public');
  if (existsSync(assets)) cpSync(assets, join(dir, 'dist', 'public'), { recursive: true });
  else mkdirSync(join(dir, 'dist', 'public'), { recursive: true });
  return dir;
}
