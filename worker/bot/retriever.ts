import type { Env } from '../env';
import { d1Store, retrieve, unmarked, vectorFromEnv } from '../knowledge';
import type { Passage, Retriever } from './types';

/** How many sections after an article's intro join it when the intro is the best match. */
const FOLLOWING_SECTIONS = 3;

/** The workspace's knowledge base as the bot sees it: FTS5, fused with Vectorize when configured. */
export function knowledgeRetriever(env: Env, workspaceId: string): Retriever {
  const store = d1Store(env.DB);
  const vector = vectorFromEnv(env);
  return async (query) => {
    // Up to three passages per article: an answer often spans an intro and the sections after it.
    const r = await retrieve(store, {
      workspaceId,
      query,
      limit: 8,
      perDocument: 3,
      ...(vector ? { vector } : {}),
    });
    const passages: Passage[] = r.passages.map((p) => ({ ...p, chunkId: String(p.chunkId) }));
    const top = passages[0];
    // An intro matches the question's wording ("how to send something back") but rarely holds
    // the facts: read on into the article's first sections.
    if (top && !top.heading) passages.splice(1, 0, ...(await following(env.DB, workspaceId, top, passages)));
    return { confidence: r.confidence, passages, fused: r.fused };
  };
}

async function following(
  db: D1Database,
  workspaceId: string,
  intro: Passage,
  have: Passage[],
): Promise<Passage[]> {
  const rows = await db
    .prepare(
      `SELECT c.id AS chunkId, c.heading AS heading, c.body AS text FROM kb_chunks c
       JOIN kb_documents d ON d.id = c.document_id AND c.version = d.live_version
       WHERE c.document_id = ? AND c.workspace_id = ? AND c.id != ? ORDER BY c.ord LIMIT ?`,
    )
    .bind(intro.documentId, workspaceId, Number(intro.chunkId), FOLLOWING_SECTIONS)
    .all<{ chunkId: number; heading: string; text: string }>();
  const seen = new Set(have.map((p) => p.chunkId));
  return rows.results
    .filter((r) => !seen.has(String(r.chunkId)))
    .map((r) => ({
      ...intro,
      chunkId: String(r.chunkId),
      heading: unmarked(r.heading),
      text: unmarked(r.text),
      score: intro.score * 0.9,
    }));
}
