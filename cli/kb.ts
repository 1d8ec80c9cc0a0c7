import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { type DocFormat, ingestDocument, retrieve, type SqlStore } from '../worker/knowledge';
import { applyMigrations, nodeSqliteStore } from '../worker/knowledge/stores/nodeSqlite';

// A folder of documents indexed with the worker's own knowledge-base code, over an in-memory
// node:sqlite database carrying the worker's D1 schema (its migrations, applied in order).

const WORKSPACE = 'cli';
const FORMATS: Record<string, DocFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
};

export interface OfflineKb {
  documents: number;
  /** What the bot's retrieval reports for a question: calibrated confidence and the top article. */
  lookup(query: string): Promise<{ confidence: number; topic: string | null }>;
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (FORMATS[extname(name).toLowerCase()]) out.push(path);
  }
  return out;
}

export async function openKb(root: string, dir: string): Promise<OfflineKb> {
  const db = new DatabaseSync(':memory:');
  const migrations = resolve(root, 'migrations');
  applyMigrations(
    db,
    readdirSync(migrations)
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .map((f) => readFileSync(join(migrations, f), 'utf8')),
  );
  const store: SqlStore = nodeSqliteStore(db);
  await store.run(
    "INSERT INTO workspaces (id, name, site_key, allowed_origins, greeting, created_at) VALUES (?, 'CLI', 'cli-site-key', '[]', '', 0)",
    [WORKSPACE],
  );
  const paths = files(dir);
  for (const path of paths) {
    const body = readFileSync(path, 'utf8');
    const format = FORMATS[extname(path).toLowerCase()]!;
    const heading = format === 'markdown' ? /^#\s+(.+)$/m.exec(body)?.[1]?.trim() : undefined;
    const title = (heading || basename(path, extname(path)).replace(/[-_]+/g, ' ')).slice(0, 300);
    await ingestDocument(store, WORKSPACE, { title, format, body });
  }
  return {
    documents: paths.length,
    async lookup(query) {
      const r = await retrieve(store, { workspaceId: WORKSPACE, query, limit: 3 });
      return { confidence: r.confidence, topic: r.passages[0]?.title ?? null };
    },
  };
}
