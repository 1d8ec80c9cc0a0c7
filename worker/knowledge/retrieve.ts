import { type Candidate, confidenceFrom, type Features, features } from './confidence';
import { reciprocalRankFusion } from './fuse';
import { buildMatch, ftsString, MAX_QUERY_TERMS, scoped, unscoped } from './query';
import { hanRuns, recutCandidates, recutTerms } from './recut';
import { unmarked } from './segment';
import { fixable, type Join, joins, neighbourhood, respell, splitStems } from './spelling';
import { CHUNK_COUNT, STATS_SQL } from './stats';
import type { SqlStore } from './store';
import { stem, terms as tokenise } from './text';
import type { VectorConfig } from './vector';

export interface Passage {
  /** Chunk row id as a string: the same id the vector index uses. */
  chunkId: string;
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
  /** Scores are reciprocal-rank-fusion scores (vectors joined): ranks, not match strengths. */
  fused: boolean;
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

/** Unseen query words respelled at most (each costs a range scan of the KB's terms). */
const MAX_RESPELLED = 4;

/** FTS candidates considered: enough for fusion and the confidence features, few enough to stay fast. */
const CANDIDATES = 20;
/** Rows ranked inside FTS before the join: room for rows of versions not (or no longer) live. */
const OVERFETCH = 60;

/** Column weights for bm25(): workspace token (never scores), title, heading path, text. */
const BM25_WEIGHTS = '0.0, 3.0, 2.0, 1.0';

const PASSAGE_COLUMNS = `c.id AS chunkId, c.document_id AS documentId, d.title AS title, d.url AS url,
  c.heading AS heading, c.body AS text`;

/**
 * Query terms in more than this share of the workspace's live chunks (and in more than
 * COMMON_MIN_DF of them) stay out of the MATCH when rarer ones remain: FTS5 ranks every row
 * that matches any term, and such a term makes thousands of rows candidates while adding little
 * to BM25 (its IDF is near zero). The confidence features still count every term (kb_terms).
 */
export const COMMON_SHARE = 0.08;
/** Below this many chunks a term is cheap to rank whatever its share: small KBs keep every term. */
export const COMMON_MIN_DF = 500;
/** The rarest terms always kept, however common: a MATCH never loses all of its terms. */
export const KEEP_RAREST = 2;

/**
 * The query's terms OR-ed together, minus the common ones (see COMMON_SHARE), from ?terms: a
 * JSON array of [stem, quoted FTS string]. The least frequent KEEP_RAREST always stay.
 */
const PRUNED_TERMS = (terms: number) => `(SELECT group_concat(quoted, ' OR ') FROM (
  SELECT json_extract(q.value, '$[1]') AS quoted, coalesce(t.df, 0) AS df,
         row_number() OVER (ORDER BY coalesce(t.df, 0), q.key) AS rarity
  FROM json_each(?${terms}) AS q
  LEFT JOIN kb_terms t ON t.workspace_id = ?2 AND t.term = json_extract(q.value, '$[0]'))
  WHERE rarity <= ${KEEP_RAREST} OR df <= max(${COMMON_MIN_DF},
    ${COMMON_SHARE} * coalesce((SELECT df FROM kb_terms WHERE workspace_id = ?2 AND term = ''), 0)))`;

/** A MATCH expression: ?prefix (scoped() / unscoped() of an open group), the pruned terms, ')'. */
const PRUNED_MATCH = (prefix: number, terms: number) => `(?${prefix} || ${PRUNED_TERMS(terms)} || ')')`;

/**
 * The MATCH expression to use: narrowed to the workspace's token (?scoped) when the workspace
 * holds under half of all chunks, else the plain one (?plain): intersecting with a token most
 * rows carry costs more than the few foreign rows the join then drops (kb_terms' chunk counts).
 */
const TENANT_MATCH = (scoped: number, plain: number, terms: number) => `(CASE WHEN
  coalesce((SELECT df FROM kb_terms WHERE workspace_id = ?2 AND term = ''), 0) * 2
    < coalesce((SELECT df FROM kb_terms WHERE workspace_id = '*' AND term = ''), 0)
  THEN ${PRUNED_MATCH(scoped, terms)} ELSE ${PRUNED_MATCH(plain, terms)} END)`;

// Fast path: rank inside the FTS index, then join only the best OVERFETCH rows to check they
// belong to the workspace's live versions.
const SEARCH_SQL = `
SELECT ${PASSAGE_COLUMNS}, h.score AS score,
       (c.workspace_id = ?2 AND c.version = d.live_version) AS live
FROM (SELECT rowid AS id, -bm25(kb_chunks_fts, ${BM25_WEIGHTS}) AS score
      FROM kb_chunks_fts WHERE kb_chunks_fts MATCH ${TENANT_MATCH(1, 4, 5)} ORDER BY score DESC LIMIT ?3) AS h
LEFT JOIN kb_chunks c ON c.id = h.id
LEFT JOIN kb_documents d ON d.id = c.document_id
ORDER BY h.score DESC`;

// Slow path, when the fast one came back full of non-live rows (a big document mid re-index):
// filter every match. CROSS JOIN pins the join order; left to itself SQLite may walk the
// workspace's chunks and run the full-text match once per row.
const SEARCH_ALL_SQL = `
SELECT ${PASSAGE_COLUMNS}, -bm25(kb_chunks_fts, ${BM25_WEIGHTS}) AS score, 1 AS live
FROM kb_chunks_fts
CROSS JOIN kb_chunks c ON c.id = kb_chunks_fts.rowid
CROSS JOIN kb_documents d ON d.id = c.document_id
WHERE kb_chunks_fts MATCH ${PRUNED_MATCH(1, 4)} AND c.workspace_id = ?2 AND c.version = d.live_version
ORDER BY score DESC
LIMIT ?3`;

/** A workspace's terms in an unseen word's neighbourhood (spelling.ts): a range of the primary key. */
const NEAR_SQL =
  'SELECT term, df FROM kb_terms WHERE workspace_id = ?1 AND term >= ?2 AND term < ?3 AND length(term) BETWEEN ?4 AND ?5';

const BY_IDS_SQL = `
SELECT ${PASSAGE_COLUMNS}, 0 AS score
FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id
WHERE c.id IN (SELECT value FROM json_each(?1)) AND c.workspace_id = ?2 AND c.version = d.live_version`;

export async function retrieve(store: SqlStore, opts: RetrieveOptions): Promise<Retrieval> {
  const limit = Math.min(Math.max(opts.limit ?? 5, 1), 20);
  const perDocument = Math.max(opts.perDocument ?? 2, 1);
  // (cut once: for Chinese, Japanese or Thai each cut is a segmenter pass)
  const tokens = tokenise(opts.query);
  const built = buildMatch(tokens);

  const vectorIds = opts.vector ? vectorSearch(opts.vector, opts.workspaceId, opts.query) : undefined;

  let lexical: Passage[] = [];
  let feats: Features | null = null;
  if (built) {
    const ws = opts.workspaceId;
    let terms = built.terms;
    const joined = joins(tokens.map((t) => t.key));
    const typed = (t: string) => built.typed.get(t) ?? t;
    const runs = hanRuns(opts.query);
    // (the words a new cut of a Chinese run may use are looked up with the first search)
    let found = await lexicalSearch(store, ws, terms, typed, [
      ...joined.map((j) => stem(j.word)),
      ...recutCandidates(runs),
    ]);
    const recut = runs.length ? recutTerms(terms, runs, (w) => found.df.get(w) ?? 0) : null;
    if (recut) {
      terms = recut.slice(0, MAX_QUERY_TERMS);
      found = await lexicalSearch(store, ws, terms, typed, []);
    }
    const fixed = await respelled(store, ws, terms, joined, found.df);
    if (fixed) {
      terms = fixed;
      found = await lexicalSearch(store, ws, terms, typed, []);
    }
    const df = (s: string) => found.df.get(s) ?? 0;
    lexical = found.passages;
    const stems = terms.map(stem);
    feats = features(
      terms,
      { chunks: df(CHUNK_COUNT), df: stems.map(df) },
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
    const known = new Map(lexical.map((p) => [p.chunkId, p]));
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
    ranked = reciprocalRankFusion([lexical.map((p) => p.chunkId), vectorList]).map(({ id, score }) => ({
      ...known.get(id)!,
      score,
    }));
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
  return { passages, confidence, features: feats, fused: ranked !== lexical };
}

/**
 * Words the KB never uses may be its words misspelled, split or joined (spelling.ts): one more
 * lookup for their candidates, then the terms as the KB writes them, or null when none fits.
 */
async function respelled(
  store: SqlStore,
  ws: string,
  terms: string[],
  joined: Join[],
  df: Map<string, number>,
): Promise<string[] | null> {
  const unseen = terms.filter((t) => fixable(t) && !df.get(stem(t))).slice(0, MAX_RESPELLED);
  if (unseen.length === 0 && !joined.some((j) => df.get(stem(j.word)))) return null;
  const known = new Map(df);
  const near = new Map<string, [string, number][]>();
  if (unseen.length > 0) {
    const [splitRows, ...nearRows] = await store.batch([
      { sql: STATS_SQL, params: [ws, JSON.stringify(splitStems(unseen))] },
      ...unseen.map((w) => {
        const n = neighbourhood(w);
        return { sql: NEAR_SQL, params: [ws, n.from, n.to, n.minLength, n.maxLength] };
      }),
    ]);
    for (const r of splitRows ?? []) known.set(String(r.term), Number(r.df));
    unseen.forEach((w, i) => {
      near.set(
        w,
        (nearRows[i] ?? []).map((r): [string, number] => [String(r.term), Number(r.df)]),
      );
    });
  }
  const fixed = respell(terms, joined, { df: (s) => known.get(s) ?? 0, near: (w) => near.get(w) ?? [] });
  return fixed?.slice(0, MAX_QUERY_TERMS) ?? null;
}

/**
 * FTS candidates for the terms (matched in their `typed` form), and the document frequency of
 * their stems (plus `moreStems`).
 */
async function lexicalSearch(
  store: SqlStore,
  ws: string,
  terms: string[],
  typed: (term: string) => string,
  moreStems: string[],
): Promise<{ passages: Passage[]; df: Map<string, number> }> {
  const stems = terms.map(stem);
  // The MATCH expressions minus their closing ')': SQL fills the group with the pruned terms.
  const scopedPrefix = scoped(ws, '').slice(0, -1);
  const plainPrefix = unscoped('').slice(0, -1);
  const termsJson = JSON.stringify(terms.map((t, i) => [stems[i], ftsString(typed(t))]));
  const [rows, statsRows] = await store.batch([
    { sql: SEARCH_SQL, params: [scopedPrefix, ws, OVERFETCH, plainPrefix, termsJson] },
    { sql: STATS_SQL, params: [ws, JSON.stringify([CHUNK_COUNT, ...stems, ...moreStems])] },
  ]);
  let live = (rows ?? []).filter((r) => r.live === 1);
  if (live.length < CANDIDATES && (rows?.length ?? 0) >= OVERFETCH) {
    live = await store.all(SEARCH_ALL_SQL, [scopedPrefix, ws, CANDIDATES, termsJson]);
  }
  const df = new Map<string, number>();
  for (const r of statsRows ?? []) df.set(String(r.term), Number(r.df));
  return { passages: (live.slice(0, CANDIDATES) as unknown as Passage[]).map(normalise), df };
}

async function vectorSearch(vector: VectorConfig, workspaceId: string, query: string): Promise<string[]> {
  if (!query.trim()) return [];
  const [values] = await vector.embed([query]);
  if (!values) return [];
  const res = await vector.index.query(values, { topK: CANDIDATES, filter: { workspaceId } });
  return res.matches.map((m) => m.id);
}

const normalise = (r: Passage): Passage => ({
  chunkId: String(r.chunkId),
  documentId: String(r.documentId),
  title: String(r.title),
  url: r.url == null ? null : String(r.url),
  heading: unmarked(String(r.heading)),
  text: unmarked(String(r.text)),
  score: Number(r.score),
});
