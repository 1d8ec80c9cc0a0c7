import { DEMO_DOCS } from '../../worker/knowledge/demo/docs';
import { DEMO_QUESTIONS } from '../../worker/knowledge/demo/questions';
import { ingestDocument } from '../../worker/knowledge/ingest';
import { retrieve } from '../../worker/knowledge/retrieve';
import { addWorkspace, openStore, shuffle } from './evalData';

// Retrieval latency on a large KB, against node:sqlite (same SQL as D1; D1 adds its own network
// hop). The demo help centre plus variants of it up to CHUNKS chunks: every variant repeats the
// demo vocabulary, so common query terms match thousands of chunks (the slow case for BM25).
// Run: npx tsx scripts/knowledge/bench.ts [chunks]

const CHUNKS = Number(process.argv[2] ?? 10_000);
const { store } = openStore();
await addWorkspace(store, 'bench');
await addWorkspace(store, 'noise');

let chunks = 0;
for (const d of DEMO_DOCS)
  chunks += (await ingestDocument(store, 'bench', { title: d.title, format: 'markdown', body: d.body }))
    .chunks;
for (let i = 0; chunks < CHUNKS; i++) {
  const d = DEMO_DOCS[i % DEMO_DOCS.length]!;
  // Shuffle the words inside each paragraph: same vocabulary, different documents.
  const body = d.body
    .split('\n\n')
    .map((p, j) => (p.startsWith('#') ? p : shuffle(p.split(' '), i * 100 + j).join(' ')))
    .join('\n\n');
  chunks += (await ingestDocument(store, 'bench', { title: `${d.title} (${i})`, format: 'markdown', body }))
    .chunks;
}
// Another tenant of the same size: its rows share the index, as on D1.
for (let i = 0; i < 20; i++) {
  const d = DEMO_DOCS[i % DEMO_DOCS.length]!;
  await ingestDocument(store, 'noise', { title: d.title, format: 'markdown', body: d.body });
}

const times: number[] = [];
let hits = 0;
for (let round = 0; round < 5; round++) {
  for (const { q, expect } of DEMO_QUESTIONS) {
    const t = performance.now();
    const r = await retrieve(store, { workspaceId: 'bench', query: q, limit: 3 });
    times.push(performance.now() - t);
    if (
      round === 0 &&
      r.passages.some((p) => p.title.startsWith(DEMO_DOCS.find((d) => d.slug === expect)!.title))
    )
      hits++;
  }
}
// A small tenant next to the big one: its queries take the workspace-scoped path.
const small: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const { q } of DEMO_QUESTIONS) {
    const t = performance.now();
    await retrieve(store, { workspaceId: 'noise', query: q, limit: 3 });
    small.push(performance.now() - t);
  }
}
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!.toFixed(2);
console.log(
  JSON.stringify({
    chunks,
    retrieval_p50_ms: pct(times, 0.5),
    retrieval_p99_ms: pct(times, 0.99),
    small_tenant_p50_ms: pct(small, 0.5),
    small_tenant_p99_ms: pct(small, 0.99),
    top3_title_hit_rate: hits / DEMO_QUESTIONS.length,
  }),
);
