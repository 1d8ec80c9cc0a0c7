import { type Candidate, confidenceFrom, type Features, features } from './confidence';
import { reciprocalRankFusion } from './fuse';
import { buildMatch, ftsString } from './query';
import type { SqlStore } from './store';
import type { VectorConfig } from './vector';

export interface Passage {
  chunkId: number;
  documentId: string;
  title: string;
  url: string | null;
  heading: string;
  text: string;
  /** BM25 (higher is better) on FTS alone; the RRF score when fused with vectors. */
  score: number;
}

export interface Retrieval {
  passages: Passage[];
  /** Probability in [0, 1] that the knowledge base covers the question (see confidence.ts). */
  confidence: number;
  features: Features | null;
}

export interface RetrieveOptions {
  workspaceId: string;
  query: string;
  /** Passages returned (default 5, at most 20). */
  limit?: number;
  /** Most passages from one document (default 2): near-duplicates crowd out other answers. */
  perDocument?: number;
  vector?: VectorConfig;
}

/** FTS candidates considered: enough for fusion and the confidence features, few enough to stay fast. */
const CANDIDATES = 20;

/** Column weights for bm25(): title, heading path, text. A match in a heading says more. */
const BM25_WEIGHTS = '3.0, 2.0, 1.0';

// One statement: match, join chunk and document, keep the workspace's live versions, rank.
const SEARCH_SQL = `
SELECT c.id AS chunkId, c.document_id AS documentId, d.title AS title, d.url AS url,
       c.heading AS heading, c.body AS text, -bm25(kb_chunks_fts, ${BM25_WEIGHTS}) AS score
FROM kb_chunks_fts
JOIN kb_chunks c ON c.id = kb_chunks_fts.rowid
JOIN kb_documents d ON d.id = c.document_id
WHERE kb_chunks_fts MATCH ?1 AND c.workspace_id = ?2 AND d.workspace_id = ?2 AND c.version = d.live_version
ORDER BY score DESC
LIMIT ?3`;

const DF_SQL = (i: number) => `(SELECT count(*) FROM kb_chunks_fts
  JOIN kb_chunks c ON c.id = kb_chunks_fts.rowid
  JOIN kb_documents d ON d.id = c.document_id
  WHERE kb_chunks_fts MATCH ?${i + 2} AND c.workspace_id = ?1 AND c.version = d.live_version) AS df${i}`;

const BY_IDS_SQL = `
SELECT c.id AS chunkId, c.document_id AS documentId, d.title AS title, d.url AS url,
       c.heading AS heading, c.body AS text, 0 AS score
FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id
WHERE c.id IN (SELECT value FROM json_each(?1)) AND c.workspace_id = ?2 AND c.version = d.live_version`;

export async function retrieve(store: SqlStore, opts: RetrieveOptions): Promise<Retrieval> {
  const limit = Math.min(Math.max(opts.limit ?? 5, 1), 20);
  const perDocument = Math.max(opts.perDocument ?? 2, 1);
  const built = buildMatch(opts.query);

  const vectorIds = opts.vector ? vectorSearch(opts.vector, opts.workspaceId, opts.query) : undefined;

  let lexical: Passage[] = [];
  let feats: Features | null = null;
  if (built) {
    const { terms } = built;
    const [rows, statsRows] = await store.batch([
      { sql: SEARCH_SQL, params: [built.match, opts.workspaceId, CANDIDATES] },
      {
        sql: `SELECT (SELECT coalesce(sum(live_chunks), 0) FROM kb_documents WHERE workspace_id = ?1) AS n, ${terms
          .map((_, i) => DF_SQL(i))
          .join(', ')}`,
        params: [opts.workspaceId, ...terms.map(ftsString)],
      },
    ]);
    lexical = (rows as unknown as Passage[]).map(normalise);
    const stats = statsRows?.[0] ?? {};
    feats = features(
      terms,
      { chunks: Number(stats.n ?? 0), df: terms.map((_, i) => Number(stats[`df${i}`] ?? 0)) },
      lexical.map(
        (p): Candidate => ({
          title: p.title,
          heading: p.heading,
          text: p.text,
          documentId: p.documentId,
          bm25: p.score,
        }),
      ),
    );
  }
  const confidence = confidenceFrom(feats);

  let ranked = lexical;
  if (vectorIds) {
    const ids = await vectorIds;
    const known = new Map(lexical.map((p) => [String(p.chunkId), p]));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) {
      const rows = await store.all<Passage>(BY_IDS_SQL, [
        JSON.stringify(missing.map(Number)),
        opts.workspaceId,
      ]);
      for (const r of rows) known.set(String(r.chunkId), normalise(r));
    }
    // Ids the store no longer serves (deleted, replaced, other tenant) drop out here.
    const vectorList = ids.filter((id) => known.has(id));
    ranked = reciprocalRankFusion([lexical.map((p) => String(p.chunkId)), vectorList]).map(
      ({ id, score }) => ({
        ...known.get(id)!,
        score,
      }),
    );
  }

  const perDoc = new Map<string, number>();
  const passages: Passage[] = [];
  for (const p of ranked) {
    const n = perDoc.get(p.documentId) ?? 0;
    if (n >= perDocument) continue;
    perDoc.set(p.documentId, n + 1);
    passages.push(p);
    if (passages.length >= limit) break;
  }
  return { passages, confidence, features: feats };
}

async function vectorSearch(vector: VectorConfig, workspaceId: string, query: string): Promise<string[]> {
  if (!query.trim()) return [];
  const [values] = await vector.embed([query]);
  if (!values) return [];
  const res = await vector.index.query(values, { topK: CANDIDATES, filter: { workspaceId } });
  return res.matches.map((m) => m.id);
}

const normalise = (r: Passage): Passage => ({
  chunkId: Number(r.chunkId),
  documentId: String(r.documentId),
  title: String(r.title),
  url: r.url == null ? null : String(r.url),
  heading: String(r.heading),
  text: String(r.text),
  score: Number(r.score),
});
