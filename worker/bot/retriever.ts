import type { Env } from '../env';
import { d1Store, retrieve, vectorFromEnv } from '../knowledge';
import type { Retriever } from './types';

/** The workspace's knowledge base as the bot sees it: FTS5, fused with Vectorize when configured. */
export function knowledgeRetriever(env: Env, workspaceId: string): Retriever {
  const store = d1Store(env.DB);
  const vector = vectorFromEnv(env);
  return async (query) => {
    const r = await retrieve(store, { workspaceId, query, limit: 5, ...(vector ? { vector } : {}) });
    return {
      confidence: r.confidence,
      passages: r.passages.map((p) => ({ ...p, chunkId: String(p.chunkId) })),
    };
  };
}
