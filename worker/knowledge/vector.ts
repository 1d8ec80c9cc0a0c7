// Optional semantic side of retrieval. The index is the slice of Cloudflare Vectorize's binding
// we use (both `Vectorize` and the older `VectorizeIndex` fit it, and so does a test fake).

export interface VectorRecord {
  id: string;
  values: number[];
  metadata?: Record<string, string | number | boolean>;
}

export interface VectorIndex {
  upsert(vectors: VectorRecord[]): Promise<unknown>;
  query(
    vector: number[],
    options?: {
      topK?: number;
      filter?: Record<string, string | number | boolean>;
      returnMetadata?: boolean | 'all' | 'indexed' | 'none';
    },
  ): Promise<{ matches: { id: string; score: number; metadata?: Record<string, unknown> }[] }>;
  deleteByIds(ids: string[]): Promise<unknown>;
}

/** Texts in, one embedding per text out, same order. */
export type Embed = (texts: string[]) => Promise<number[][]>;

export interface VectorConfig {
  index: VectorIndex;
  embed: Embed;
}

/** Vectorize caps ids per deleteByIds/upsert call; stay well under it. */
export const VECTOR_BATCH = 100;

export const WORKERS_AI_EMBEDDING_MODEL = '@cf/baai/bge-small-en-v1.5';

interface AiBinding {
  run(model: string, input: { text: string[] }): Promise<unknown>;
}

/** Workers AI embeddings (bge-small-en-v1.5, 384 dimensions: create the index with that size). */
export function workersAiEmbed(ai: AiBinding, model = WORKERS_AI_EMBEDDING_MODEL): Embed {
  return async (texts) => {
    const out = (await ai.run(model, { text: texts })) as { data?: number[][] };
    if (!out.data || out.data.length !== texts.length) throw new Error('embedding: unexpected response');
    return out.data;
  };
}

/** OpenAI-compatible /embeddings endpoint. */
export function openAiEmbed(opts: {
  apiKey: string;
  baseUrl?: string;
  model?: string;
  fetch?: typeof fetch;
}): Embed {
  const base = (opts.baseUrl ?? 'https://api.openai.com/v1').replace(/\/$/, '');
  const doFetch = opts.fetch ?? fetch;
  return async (texts) => {
    const res = await doFetch(`${base}/embeddings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${opts.apiKey}` },
      body: JSON.stringify({ model: opts.model ?? 'text-embedding-3-small', input: texts }),
    });
    if (!res.ok) throw new Error(`embedding: HTTP ${res.status}`);
    const body = (await res.json()) as { data?: { index: number; embedding: number[] }[] };
    const data = [...(body.data ?? [])].sort((a, b) => a.index - b.index).map((d) => d.embedding);
    if (data.length !== texts.length) throw new Error('embedding: unexpected response');
    return data;
  };
}

/** Bindings this module looks for; all optional, so the worker's Env need not declare them. */
export interface KnowledgeBindings {
  VECTORIZE?: VectorIndex;
  AI?: AiBinding;
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_EMBEDDING_MODEL?: string;
}

/** Vector config from the environment: needs a Vectorize binding and an embedder (AI, else OpenAI). */
export function vectorFromEnv(env: KnowledgeBindings): VectorConfig | undefined {
  if (!env.VECTORIZE) return undefined;
  if (env.AI) return { index: env.VECTORIZE, embed: workersAiEmbed(env.AI) };
  if (env.OPENAI_API_KEY)
    return {
      index: env.VECTORIZE,
      embed: openAiEmbed({
        apiKey: env.OPENAI_API_KEY,
        baseUrl: env.OPENAI_BASE_URL,
        model: env.OPENAI_EMBEDDING_MODEL,
      }),
    };
  return undefined;
}
