// Knowledge base: retrieval latency over a 10,000-chunk knowledge base, and the demo help
// centre's top-3 hit rate. The worker's own code (worker/knowledge: ingestion, retrieve) runs in
// Node against node:sqlite with the worker's migrations, the same SQL it runs on D1 (minus D1's
// network hop). Built like scripts/knowledge/bench.ts, plus filler articles on other topics.
import { bundleAndImport } from './bundle.mjs';
import { rng, round3, summarize } from './stats.mjs';

const SOURCE = `
export { retrieve, ingestDocument, seedDemoKnowledge, demoDocumentId, DEMO_QUESTIONS } from './worker/knowledge';
export { DEMO_DOCS } from './worker/knowledge/demo/docs';
export { openStore, addWorkspace } from './scripts/knowledge/evalData';
`;

/** The bot's call (worker/bot/retriever.ts): up to 8 passages, 3 per article. */
const BOT_OPTIONS = { limit: 8, perDocument: 3 };

let libPromise = null;
const lib = (ctx) => {
  libPromise ??= bundleAndImport(ctx, 'knowledge', SOURCE);
  return libPromise;
};

/** An in-memory node:sqlite database with every migration applied: the worker's schema. */
async function openStore(ctx) {
  const l = await lib(ctx);
  const { db, store } = l.openStore(ctx.root);
  return { db, store, addWorkspace: (id) => l.addWorkspace(store, id) };
}

function shuffled(items, rand) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// Filler: help articles about other products and services, so the index has a long tail of
// vocabulary besides the demo shop's (a real 10k-chunk help centre covers many subjects).
const TOPICS = [
  'printer',
  'router',
  'thermostat',
  'camera',
  'vacuum',
  'headset',
  'smartwatch',
  'scooter',
  'espresso machine',
  'tent',
  'lawn mower',
  'keyboard',
  'monitor',
  'speaker',
  'blender',
  'drone',
  'e-reader',
  'projector',
  'sewing machine',
  'air purifier',
];
const ASPECTS = [
  'setup',
  'firmware update',
  'battery care',
  'troubleshooting',
  'cleaning',
  'spare parts',
  'compatibility',
  'safety notes',
  'accessories',
  'app pairing',
  'noise',
  'error codes',
];
const WORDS = (
  'the a to of and is in for on with your you can it this that be if not are from by or as at ' +
  'press hold button light blinks green red amber seconds minutes reset restart power cable plug ' +
  'socket adapter charge charger battery screen display menu settings option select confirm ' +
  'wireless bluetooth network signal pair device phone tablet computer model serial label sticker ' +
  'filter nozzle brush blade motor fan sensor lens strap clip hinge panel cover lid tray bowl ' +
  'water dust heat temperature pressure speed level mode timer schedule sleep eco turbo quiet ' +
  'manual guide video step first then next finally check make sure avoid never always usually ' +
  'clean dry wipe rinse replace tighten loosen remove insert attach detach align calibrate test ' +
  'error code warning beep sound vibration smell smoke leak crack scratch wear tear grip handle ' +
  'indoor outdoor rain frost sunlight storage travel case pouch box foam packaging'
).split(' ');

function fillerArticle(n, rand) {
  const topic = TOPICS[n % TOPICS.length];
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const sentence = () => {
    const len = 8 + Math.floor(rand() * 14);
    const words = Array.from({ length: len }, () => pick(WORDS));
    // A model number now and then: rare terms, as in real product docs.
    if (rand() < 0.3) words.push(`${topic.split(' ')[0]}-${100 + Math.floor(rand() * 900)}`);
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const sections = shuffled(ASPECTS, rand).slice(0, 4 + Math.floor(rand() * 4));
  const title = `Your ${topic}: ${sections[0]} (article ${n})`;
  const parts = [`# ${title}`, Array.from({ length: 3 }, sentence).join(' ')];
  for (const s of sections) {
    parts.push(`## ${s[0].toUpperCase()}${s.slice(1)}`);
    const paragraphs = 1 + Math.floor(rand() * 3);
    for (let p = 0; p < paragraphs; p++)
      parts.push(Array.from({ length: 4 + Math.floor(rand() * 6) }, sentence).join(' '));
  }
  return { title, body: parts.join('\n\n') };
}

/**
 * The big knowledge base in workspace `bench`: the demo help centre, then alternately a variant
 * of a demo article (its paragraphs' words shuffled: same vocabulary, so common query terms match
 * thousands of chunks, the slow case for BM25) and a filler article, until `target` chunks.
 * A second, small tenant shares the index, as on D1.
 */
async function buildBigKb(ctx, target) {
  const { ingestDocument, DEMO_DOCS } = await lib(ctx);
  const { db, store, addWorkspace } = await openStore(ctx);
  await addWorkspace('bench');
  await addWorkspace('other');
  const rand = rng(20_240_601);
  let chunks = 0;
  let variants = 0;
  let fillers = 0;
  const add = async (title, body) => {
    chunks += (await ingestDocument(store, 'bench', { title, format: 'markdown', body })).chunks;
  };
  for (const d of DEMO_DOCS) await add(d.title, d.body);
  for (let i = 0; chunks < target; i++) {
    if (i % 2 === 0) {
      const d = DEMO_DOCS[variants % DEMO_DOCS.length];
      const body = d.body
        .split('\n\n')
        .map((p) => (p.startsWith('#') ? p : shuffled(p.split(' '), rand).join(' ')))
        .join('\n\n');
      await add(`${d.title} (${++variants})`, body);
    } else {
      const f = fillerArticle(fillers++, rand);
      await add(f.title, f.body);
    }
  }
  for (const d of DEMO_DOCS)
    await ingestDocument(store, 'other', { title: d.title, format: 'markdown', body: d.body });
  return { db, store, chunks, variants, fillers };
}

/**
 * retrieval_p50_ms / retrieval_p99_ms: `retrieve` (the bot's options) over ~10,000 chunks, the
 * demo questions in a fixed shuffled order, after a warm-up. Goal p99 ≤ 10 ms.
 * Env: BENCH_KB_CHUNKS (10000), BENCH_KB_QUERIES (1000), BENCH_KB_WARMUP (100).
 */
export async function retrieval(ctx) {
  const { log } = ctx;
  const target = Number(process.env.BENCH_KB_CHUNKS ?? 10_000);
  const queries = Number(process.env.BENCH_KB_QUERIES ?? 1000);
  const warmup = Number(process.env.BENCH_KB_WARMUP ?? 100);
  const { retrieve, DEMO_QUESTIONS } = await lib(ctx);
  const t0 = performance.now();
  const kb = await buildBigKb(ctx, target);
  log(
    `knowledge base: ${kb.chunks} chunks (12 demo articles, ${kb.variants} variants, ${kb.fillers} filler articles) built in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  try {
    const order = shuffled(
      DEMO_QUESTIONS.map((d) => d.q),
      rng(7),
    );
    const ask = (i) =>
      retrieve(kb.store, { workspaceId: 'bench', query: order[i % order.length], ...BOT_OPTIONS });
    for (let i = 0; i < warmup; i++) await ask(i);
    const times = [];
    const byQuery = new Map();
    let empty = 0;
    for (let i = 0; i < queries; i++) {
      const t = performance.now();
      const r = await ask(i);
      const ms = performance.now() - t;
      times.push(ms);
      const q = order[i % order.length];
      if (!byQuery.has(q)) byQuery.set(q, []);
      byQuery.get(q).push(ms);
      if (r.passages.length === 0) empty++;
    }
    const s = summarize(times);
    log(`retrieval (${queries} queries after ${warmup} warm-up): ${JSON.stringify(s)}`);
    const slowest = [...byQuery]
      .map(([q, ms]) => [q, summarize(ms).p50])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4);
    log(`retrieval: slowest questions (p50 ms): ${slowest.map(([q, ms]) => `${ms} "${q}"`).join(', ')}`);
    if (empty) log(`retrieval: ${empty} queries found nothing`);
    return { kb_chunks: kb.chunks, retrieval_p50_ms: s.p50, retrieval_p99_ms: s.p99 };
  } finally {
    kb.db.close();
  }
}

/**
 * kb_top3_hit_rate: the 12 demo articles seeded as the worker seeds them (seedDemoKnowledge, ids
 * by demoDocumentId); a question hits when its article is among the top 3 passages (limit 3,
 * as in the knowledge tests).
 */
export async function kbHitRate(ctx) {
  const { log } = ctx;
  const { retrieve, seedDemoKnowledge, demoDocumentId, DEMO_QUESTIONS } = await lib(ctx);
  const { db, store, addWorkspace } = await openStore(ctx);
  try {
    const ws = 'demo-workspace';
    await addWorkspace(ws);
    const seeded = await seedDemoKnowledge(store, ws);
    const misses = [];
    for (const { q, expect } of DEMO_QUESTIONS) {
      const r = await retrieve(store, { workspaceId: ws, query: q, limit: 3 });
      if (!r.passages.some((p) => p.documentId === demoDocumentId(expect, ws)))
        misses.push(`${q} → ${expect}`);
    }
    const rate = round3(1 - misses.length / DEMO_QUESTIONS.length);
    log(
      `demo KB (${seeded.documents} articles): top-3 hit rate ${rate} over ${DEMO_QUESTIONS.length} questions; misses: ${misses.join(' | ') || 'none'}`,
    );
    return { kb_top3_hit_rate: rate };
  } finally {
    db.close();
  }
}
