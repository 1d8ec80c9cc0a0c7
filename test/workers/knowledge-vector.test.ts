import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  d1Store,
  deleteDocument,
  type Embed,
  ingestDocument,
  reciprocalRankFusion,
  retrieve,
  updateAndIngest,
  type VectorIndex,
} from '../../worker/knowledge';
import { stem, words } from '../../worker/knowledge/text';

const store = d1Store(env.DB);

async function workspace(): Promise<string> {
  const id = `kv-${crypto.randomUUID().slice(0, 8)}`;
  await env.DB.prepare(
    "INSERT INTO workspaces (id, name, site_key, allowed_origins, greeting, created_at) VALUES (?, 'KB', ?, '[]', '', 0)",
  )
    .bind(id, `site-${id}`)
    .run();
  return id;
}

/** In-process stand-in for a Vectorize binding: cosine similarity, equality metadata filters. */
class FakeVectorize implements VectorIndex {
  vectors = new Map<string, { values: number[]; metadata: Record<string, unknown> }>();
  async upsert(vectors: { id: string; values: number[]; metadata?: Record<string, unknown> }[]) {
    for (const v of vectors) this.vectors.set(v.id, { values: v.values, metadata: v.metadata ?? {} });
    return { mutationId: 'm' };
  }
  async deleteByIds(ids: string[]) {
    for (const id of ids) this.vectors.delete(id);
    return { mutationId: 'm' };
  }
  async query(vector: number[], options: { topK?: number; filter?: Record<string, unknown> } = {}) {
    const matches = [...this.vectors]
      .filter(([, v]) => Object.entries(options.filter ?? {}).every(([k, want]) => v.metadata[k] === want))
      .map(([id, v]) => ({ id, score: cosine(vector, v.values), metadata: v.metadata }))
      .sort((a, b) => b.score - a.score)
      .slice(0, options.topK ?? 5);
    return { matches, count: matches.length };
  }
}

const cosine = (a: number[], b: number[]) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  a.forEach((x, i) => {
    dot += x * b[i]!;
    na += x * x;
    nb += b[i]! * b[i]!;
  });
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
};

/**
 * Deterministic embedding: hashed bag of stemmed words, after mapping synonyms to one word,
 * so the "semantic" side finds what keyword search cannot (automobile ≈ car).
 */
function fakeEmbed(synonyms: Record<string, string> = {}, dims = 64): Embed & { calls: number } {
  const fn = async (texts: string[]) => {
    fn.calls++;
    return texts.map((t) => {
      const v = new Array<number>(dims).fill(0);
      for (const w of words(t)) {
        const s = stem(synonyms[w] ?? w);
        let h = 2166136261;
        for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
        v[(h >>> 0) % dims]! += 1;
      }
      return v;
    });
  };
  fn.calls = 0;
  return fn;
}

const md = (title: string, body: string) => ({ title, format: 'markdown' as const, body });

describe('reciprocal rank fusion', () => {
  it('scores Σ 1/(k + rank) and orders by it', () => {
    const fused = reciprocalRankFusion([
      ['a', 'b', 'c'],
      ['c', 'a', 'd'],
    ]);
    expect(fused.map((f) => f.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(fused[0]!.score).toBeCloseTo(1 / 61 + 1 / 62);
    expect(fused[1]!.score).toBeCloseTo(1 / 63 + 1 / 61);
  });
});

describe('retrieval fused with Vectorize', () => {
  it('fuses in a document only the vector side finds, in RRF order', async () => {
    const ws = await workspace();
    const index = new FakeVectorize();
    const vector = { index, embed: fakeEmbed({ automobile: 'car', vehicle: 'car', fixing: 'repair' }) };
    const both = await ingestDocument(
      store,
      ws,
      md('Car repair', '## Garage\n\nWe repair cars and any automobile.'),
      {
        vector,
      },
    );
    const keywordOnly = await ingestDocument(
      store,
      ws,
      md('Bike repair', '## Workshop\n\nWe repair bikes.'),
      {
        vector,
      },
    );
    const vectorOnly = await ingestDocument(
      store,
      ws,
      md('Vehicle servicing', '## Service\n\nAutomobile fixing and vehicle checks.'),
      { vector },
    );
    expect(index.vectors.size).toBe(3);

    const query = 'car repair';
    const lexical = await retrieve(store, { workspaceId: ws, query });
    expect(lexical.passages.map((p) => p.documentId)).not.toContain(vectorOnly.id);

    const fused = await retrieve(store, { workspaceId: ws, query, vector });
    const ids = fused.passages.map((p) => p.documentId);
    expect(ids).toContain(vectorOnly.id);
    expect(ids).toContain(both.id);
    expect(ids).toContain(keywordOnly.id);

    // The order is exactly RRF over the keyword ranking and the vector ranking.
    const [queryVector] = await vector.embed([query]);
    const vectorRanking = (
      await index.query(queryVector!, { topK: 20, filter: { workspaceId: ws } })
    ).matches.map((m) => m.id);
    const expected = reciprocalRankFusion([lexical.passages.map((p) => String(p.chunkId)), vectorRanking]);
    expect(fused.passages.map((p) => String(p.chunkId))).toEqual(expected.map((e) => e.id));
    expect(fused.passages[0]!.score).toBeCloseTo(expected[0]!.score);
    expect(fused.passages[0]!.documentId).toBe(both.id);
  });

  it('keeps vector results inside the workspace and drops vectors of deleted or replaced chunks', async () => {
    const a = await workspace();
    const b = await workspace();
    const index = new FakeVectorize();
    const vector = { index, embed: fakeEmbed() };
    const docA = await ingestDocument(store, a, md('Otters', '## Otters\n\nOtters hold hands.'), { vector });
    await ingestDocument(store, b, md('Otters too', '## Otters\n\nOtters of workspace B.'), { vector });

    const r = await retrieve(store, { workspaceId: a, query: 'otters', vector });
    expect(r.passages.map((p) => p.documentId)).toEqual([docA.id]);

    const oldIds = [...index.vectors].filter(([, v]) => v.metadata.documentId === docA.id).map(([id]) => id);
    await updateAndIngest(store, a, docA.id, { body: '## Otters\n\nOtters sleep floating.' }, { vector });
    for (const id of oldIds) expect(index.vectors.has(id)).toBe(false);

    // A vector left behind (Vectorize deletes are eventually consistent) is still never served.
    const stale = [...index.vectors].find(([, v]) => v.metadata.documentId === docA.id)!;
    await deleteDocument(store, a, docA.id); // no vector config: the vector stays in the index
    index.vectors.set(stale[0], stale[1]);
    const after = await retrieve(store, { workspaceId: a, query: 'otters sleep', vector });
    expect(after.passages).toEqual([]);
  });

  it('still indexes with FTS when embedding fails, and says so on the document', async () => {
    const ws = await workspace();
    const failing = {
      index: new FakeVectorize(),
      embed: async () => {
        throw new Error('AI unavailable');
      },
    };
    const doc = await ingestDocument(store, ws, md('Lemurs', '## Lemurs\n\nLemurs leap.'), {
      vector: failing,
    });
    expect(doc.status).toBe('ready');
    expect(doc.error).toMatch(/AI unavailable/);
    expect((await retrieve(store, { workspaceId: ws, query: 'lemurs' })).passages).toHaveLength(1);
  });
});
