import { DEMO_DOCS } from '../../worker/knowledge/demo/docs';
import { DEMO_QUESTIONS } from '../../worker/knowledge/demo/questions';
import { ingestDocument } from '../../worker/knowledge/ingest';
import { buildMatch, ftsString } from '../../worker/knowledge/query';
import { addWorkspace, openStore, shuffle } from './evalData';

const { db, store } = openStore();
await addWorkspace(store, 'bench');
let chunks = 0;
for (let i = 0; chunks < 10000; i++) {
  const d = DEMO_DOCS[i % DEMO_DOCS.length]!;
  const body = d.body
    .split('\n\n')
    .map((p, j) => (p.startsWith('#') ? p : shuffle(p.split(' '), i * 100 + j).join(' ')))
    .join('\n\n');
  chunks += (await ingestDocument(store, 'bench', { title: `${d.title} (${i})`, format: 'markdown', body }))
    .chunks;
}
const main = db.prepare(
  `SELECT c.id, -bm25(kb_chunks_fts, 3.0, 2.0, 1.0) AS score FROM kb_chunks_fts CROSS JOIN kb_chunks c ON c.id = kb_chunks_fts.rowid CROSS JOIN kb_documents d ON d.id = c.document_id WHERE kb_chunks_fts MATCH ?1 AND c.workspace_id = ?2 AND c.version = d.live_version ORDER BY score DESC LIMIT 20`,
);
const mainNoJoin = db.prepare(
  `SELECT rowid, -bm25(kb_chunks_fts, 3.0, 2.0, 1.0) AS score FROM kb_chunks_fts WHERE kb_chunks_fts MATCH ?1 ORDER BY score DESC LIMIT 20`,
);
const mainRank = db.prepare(
  `SELECT rowid FROM kb_chunks_fts WHERE kb_chunks_fts MATCH ?1 ORDER BY rank LIMIT 20`,
);
const dfJoin = db.prepare(
  `SELECT count(*) n FROM kb_chunks_fts CROSS JOIN kb_chunks c ON c.id = kb_chunks_fts.rowid CROSS JOIN kb_documents d ON d.id = c.document_id WHERE kb_chunks_fts MATCH ?1 AND c.workspace_id = ?2 AND c.version = d.live_version`,
);
const dfPlain = db.prepare(`SELECT count(*) n FROM kb_chunks_fts WHERE kb_chunks_fts MATCH ?1`);
const T: Record<string, number> = { main: 0, mainNoJoin: 0, mainRank: 0, dfJoin: 0, dfPlain: 0 };
let n = 0;
for (const { q } of DEMO_QUESTIONS) {
  const b = buildMatch(q);
  if (!b) continue;
  n++;
  let t = performance.now();
  main.all(b.match, 'bench');
  T.main += performance.now() - t;
  t = performance.now();
  mainNoJoin.all(b.match);
  T.mainNoJoin += performance.now() - t;
  t = performance.now();
  mainRank.all(b.match);
  T.mainRank += performance.now() - t;
  t = performance.now();
  for (const term of b.terms) dfJoin.all(ftsString(term), 'bench');
  T.dfJoin += performance.now() - t;
  t = performance.now();
  for (const term of b.terms) dfPlain.all(ftsString(term));
  T.dfPlain += performance.now() - t;
}
for (const k in T) console.log(k, (T[k]! / n).toFixed(2), 'ms avg');
