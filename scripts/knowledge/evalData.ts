import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DEMO_DOCS } from '../../worker/knowledge/demo/docs';
import { DEMO_QUESTIONS, OFF_TOPIC_QUESTIONS } from '../../worker/knowledge/demo/questions';
import { ingestDocument } from '../../worker/knowledge/ingest';
import type { SqlStore } from '../../worker/knowledge/store';
import { applyMigrations, nodeSqliteStore } from '../../worker/knowledge/stores/nodeSqlite';

// Shared by the calibration script and the KB evaluation: an in-memory node:sqlite database with
// the worker's schema, and the labelled intent-gap cases of shared/eval built into query sets.

export const ROOT = resolve(import.meta.dirname, '../..');
export const EVAL_DIR = process.env.BATON_EVAL_DIR ?? resolve(ROOT, '../shared/eval');

/** `root`: the checkout whose migrations make the schema (the bench passes its snapshot). */
export function openStore(root = ROOT): { db: DatabaseSync; store: SqlStore } {
  const db = new DatabaseSync(':memory:');
  const dir = join(root, 'migrations');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  applyMigrations(db, files);
  return { db, store: nodeSqliteStore(db) };
}

export async function addWorkspace(store: SqlStore, id: string) {
  await store.run(
    "INSERT INTO workspaces (id, name, site_key, allowed_origins, greeting, created_at) VALUES (?, ?, ?, '[]', '', 0)",
    [id, id, `site-${id}`],
  );
}

export interface KbDoc {
  name: string;
  title: string;
  body: string;
}

export function readKb(name: string): KbDoc[] {
  const dir = join(EVAL_DIR, 'kb', name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const body = readFileSync(join(dir, f), 'utf8');
      const title = /^#\s+(.+)$/m.exec(body)?.[1] ?? f;
      return { name: f.replace(/\.md$/, ''), title, body };
    });
}

export async function indexKb(store: SqlStore, workspaceId: string, docs: KbDoc[]) {
  await addWorkspace(store, workspaceId);
  for (const d of docs)
    await ingestDocument(store, workspaceId, { title: d.title, format: 'markdown', body: d.body });
}

export interface Case {
  group: string;
  workspaceId: string;
  text: string;
  /** 1: a document covers it; 0: out of scope. */
  covered: 0 | 1;
}

interface EvalLine {
  source: string;
  text: string;
  label: string;
  source_label?: string;
  kb?: string;
}

export function readLines(): EvalLine[] {
  return readFileSync(join(EVAL_DIR, 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EvalLine);
}

/** Deterministic shuffle (mulberry32), so runs are reproducible. */
export function shuffle<T>(items: T[], seed = 7): T[] {
  let a = seed;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const QUESTION = /^- (.+)$/gm;
export const LEAVE_OUT_FOLDS = 5;

/**
 * Fold k of a FAQ-style KB asked about what it leaves out: documents k, k+F, … removed (their
 * questions are in-domain gaps), every F-th question of the others held out (covered).
 */
export function leaveOut(
  docs: KbDoc[],
  k: number,
  folds = LEAVE_OUT_FOLDS,
): { kept: KbDoc[]; covered: string[]; gaps: string[] } {
  const covered: string[] = [];
  const gaps: string[] = [];
  const kept = docs.flatMap((d, i) => {
    if (i % folds === k) {
      for (const m of d.body.matchAll(QUESTION)) gaps.push(m[1]!);
      return [];
    }
    let j = 0;
    const body = d.body.replace(QUESTION, (line, q: string) => {
      if (j++ % folds !== k) return line;
      covered.push(q);
      return '';
    });
    return [{ ...d, body }];
  });
  return { kept, covered, gaps };
}

/** A KB with every other question line held out; the held-out lines become covered queries. */
function splitKb(docs: KbDoc[]): { kept: KbDoc[]; heldOut: { doc: string; text: string }[] } {
  const heldOut: { doc: string; text: string }[] = [];
  const kept = docs.map((d) => {
    let i = 0;
    const body = d.body.replace(QUESTION, (line, q: string) => {
      if (i++ % 2 === 1) {
        heldOut.push({ doc: d.name, text: q });
        return '';
      }
      return line;
    });
    return { ...d, body };
  });
  return { kept, heldOut };
}

/**
 * Builds every labelled set:
 * - clinc150: the README's labelled lines against kb/clinc150 (routine vs out_of_scope).
 * - hint3-*: the dev lines are the KB's own sentences, so half of each document's questions are
 *   held out of the index and asked (covered), against questions from unrelated topics of the
 *   other HINT3 bots and CLINC's out-of-scope lines (not covered). Weaker labels, a second check.
 * - demo: the prose help centre shipped with Baton and its customer questions (covered), against
 *   CLINC's out-of-scope lines and a few off-topic questions. The only prose KB: without it the
 *   weights would only know FAQ-style documents, where a covered question shares a whole line.
 */
export async function buildCases(store: SqlStore, opts: { hint3PerKb?: number } = {}): Promise<Case[]> {
  const lines = readLines();
  const cases: Case[] = [];

  await indexKb(store, 'clinc150', readKb('clinc150'));
  for (const l of lines) {
    if (l.kb !== 'clinc150') continue;
    cases.push({
      group: 'clinc150',
      workspaceId: 'clinc150',
      text: l.text,
      covered: l.label === 'routine' ? 1 : 0,
    });
  }

  const hint3 = ['hint3-curekart', 'hint3-powerplay11', 'hint3-sofmattress'];
  const perKb = opts.hint3PerKb ?? 150;
  const oosClinc = lines.filter((l) => l.kb === 'clinc150' && l.label === 'out_of_scope').map((l) => l.text);
  for (const name of hint3) {
    const docs = readKb(name);
    const { kept, heldOut } = splitKb(docs);
    await indexKb(store, name, kept);
    const topics = new Set(docs.map((d) => d.name));
    const foreign = hint3
      .filter((other) => other !== name)
      .flatMap((other) => readKb(other).filter((d) => !topics.has(d.name)))
      .flatMap((d) => [...d.body.matchAll(QUESTION)].map((m) => m[1]!));
    for (const q of shuffle(heldOut).slice(0, perKb))
      cases.push({ group: name, workspaceId: name, text: q.text, covered: 1 });
    for (const text of shuffle([...shuffle(foreign).slice(0, perKb / 2), ...oosClinc.slice(0, perKb / 2)]))
      cases.push({ group: name, workspaceId: name, text, covered: 0 });
  }
  // In-domain gaps: whole documents left out of the index (their questions are not covered),
  // a fifth of the other documents' questions held out (covered). Five folds per KB.
  for (const name of hint3) {
    const docs = readKb(name);
    const covered: Case[] = [];
    const gaps: Case[] = [];
    for (let k = 0; k < LEAVE_OUT_FOLDS; k++) {
      const workspaceId = `${name}-lodo-${k}`;
      const fold = leaveOut(docs, k);
      const group = `${name}-lodo`;
      for (const text of fold.gaps) gaps.push({ group, workspaceId, text, covered: 0 });
      for (const text of fold.covered) covered.push({ group, workspaceId, text, covered: 1 });
      await indexKb(store, workspaceId, fold.kept);
    }
    cases.push(...shuffle(covered).slice(0, perKb), ...shuffle(gaps).slice(0, perKb));
  }
  await indexKb(
    store,
    'demo',
    DEMO_DOCS.map((d) => ({ name: d.slug, title: d.title, body: d.body })),
  );
  for (const { q } of DEMO_QUESTIONS) cases.push({ group: 'demo', workspaceId: 'demo', text: q, covered: 1 });
  for (const text of [...oosClinc, ...OFF_TOPIC_QUESTIONS])
    cases.push({ group: 'demo', workspaceId: 'demo', text, covered: 0 });
  return cases;
}
