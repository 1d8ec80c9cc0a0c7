import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectLanguage } from '../../worker/triage/language';
import { LATER_LANGUAGES, OTHER_LANGUAGES } from '../../worker/triage/otherLanguages';
import { tokenize } from '../../worker/triage/text';
import {
  FEATURE_BITS,
  LATER_FEATURE_BITS,
  logistic,
  OTHER_FEATURE_BITS,
  textFeatures,
} from '../../worker/triage/textFeatures';
// Seeded, so a retrain with the same data gives the same weights.
import { shuffle } from '../knowledge/evalData';

// Trains worker/triage/textModel.ts: one logistic scorer per label over hashed text features,
// on Baton's own labelled cases (scripts/triage/data/*.jsonl and the first three multilingual
// fixtures). Two kinds of sets stay out of training and are reported as tests: the held-out
// fixtures (test/fixtures/triage-heldout*.json, written apart, never trained on) and the public
// set in shared/eval.
// Run: npx tsx scripts/triage/train.ts [--write]

const ROOT = resolve(import.meta.dirname, '../..');
const EVAL = process.env.BATON_EVAL_DIR ?? resolve(ROOT, '../shared/eval');
const LABELS = ['human_request', 'frustrated'] as const;
const EPOCHS = Number(process.env.EPOCHS ?? 12);
const RATE = Number(process.env.RATE ?? 0.5);
const L2 = Number(process.env.L2 ?? 1e-3);

interface Example {
  text: string;
  label: string;
  source: string;
  lang?: string;
}

/** Cases written in a language with word lists train that group's model only (textModel.ts). */
const isLater = (e: Example) => !!e.lang && LATER_LANGUAGES.includes(e.lang);
const isOther = (e: Example) => !!e.lang && OTHER_LANGUAGES.includes(e.lang) && !isLater(e);

const jsonl = (file: string, source: string): Example[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ({ ...(JSON.parse(l) as Example), source }));
/** A fixture's single messages (its conversations are judged turn by turn, not read here). */
const fixture = (name: string): Example[] =>
  (JSON.parse(readFileSync(join(ROOT, 'test/fixtures', name), 'utf8')) as Partial<Example>[])
    .filter((e): e is Example => typeof e.text === 'string')
    .map((e) => ({ ...e, source: name }));

const dataDir = join(ROOT, 'scripts/triage/data');
const train: Example[] = [
  ...readdirSync(dataDir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => jsonl(join(dataDir, f), f)),
  ...['triage-multilingual.json', 'triage-multilingual-2.json', 'triage-multilingual-3.json'].flatMap(
    fixture,
  ),
];
/**
 * Everyday questions from many domains as routine examples: CLINC150's training questions (the
 * knowledge base shared/eval ships for it; the public set's own CLINC lines come from its
 * validation split, so they stay unseen). A sample per topic keeps them from drowning the rest.
 */
const CLINC_PER_TOPIC = Number(process.env.CLINC_PER_TOPIC ?? 20);
const clincDir = join(EVAL, 'kb/clinc150');
for (const f of readdirSync(clincDir).sort()) {
  const questions = [...readFileSync(join(clincDir, f), 'utf8').matchAll(/^- (.+)$/gm)].map((m) => m[1]!);
  for (const q of shuffle(questions, 11).slice(0, CLINC_PER_TOPIC))
    train.push({ text: q, label: 'routine', source: 'clinc150-train' });
}

const tests: Record<string, Example[]> = {
  ...Object.fromEntries(
    readdirSync(join(ROOT, 'test/fixtures'))
      .filter((f) => /^triage-heldout.*\.json$/.test(f))
      .map((f) => [`held out (${f})`, fixture(f)]),
  ),
  'shared/eval (public)': jsonl(join(EVAL, 'dev.jsonl'), 'dev'),
};

const vectors = new Map<string, number[]>();
const featuresOf = (text: string, bits: number) => {
  let f = vectors.get(`${bits} ${text}`);
  if (!f) {
    f = textFeatures(tokenize(text), 0, undefined, bits);
    vectors.set(`${bits} ${text}`, f);
  }
  return f;
};

/** Logistic regression by AdaGrad on binary features scaled by 1/√n, as `logistic` scores them. */
function fitLogistic(label: string, train: Example[], bits: number): { w: Float64Array; b: number } {
  const w = new Float64Array(1 << bits);
  const g2 = new Float64Array(1 << bits).fill(1e-8);
  let b = 0;
  let gb = 1e-8;
  const pos = train.filter((e) => e.label === label).length;
  // Positives weighted up to balance the classes a little (not fully: false alarms cost more).
  const posWeight = Math.sqrt((train.length - pos) / Math.max(1, pos));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of shuffle(train, epoch + 1)) {
      const f = featuresOf(e.text, bits);
      const x = 1 / Math.sqrt(Math.max(1, f.length));
      let z = b;
      for (const i of f) z += w[i]! * x;
      const y = e.label === label ? 1 : 0;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y) * (y ? posWeight : 1);
      for (const i of f) {
        const gi = g * x + L2 * w[i]!;
        g2[i]! += gi * gi;
        w[i]! -= (RATE * gi) / Math.sqrt(g2[i]!);
      }
      gb += g * g;
      b -= (RATE * g) / Math.sqrt(gb);
    }
  }
  return { w, b };
}

/** int8 per bucket with one scale per label: a quarter of float32's size, scores barely move. */
function quantize(w: Float64Array): { q: Int8Array; scale: number } {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i]! / scale);
  return { q, scale };
}

/**
 * Three models: the seven languages' (all cases but the others'), the seventeen's, and the nine
 * later languages', which learns from the seventeen's cases too (shared emoji, handles, loanwords:
 * better than their own 2,200 alone) while the seventeen's stays as trained.
 */
const SETS = [
  { name: 'TEXT_MODEL', bits: FEATURE_BITS, cases: train.filter((e) => !isOther(e) && !isLater(e)) },
  { name: 'OTHER_TEXT_MODEL', bits: OTHER_FEATURE_BITS, cases: train.filter(isOther) },
  {
    name: 'LATER_TEXT_MODEL',
    bits: LATER_FEATURE_BITS,
    cases: train.filter((e) => isLater(e) || isOther(e)),
  },
];
const trained = SETS.map((set) => ({
  ...set,
  labels: LABELS.map((label) => {
    const m = fitLogistic(label, set.cases, set.bits);
    return { label, b: m.b, ...quantize(m.w) };
  }),
}));

/** Each line scored by the model its detected language selects, as the worker does. */
const chosen = new Map<string, (typeof trained)[number]>();
const modelFor = (text: string) => {
  let model = chosen.get(text);
  if (!model) {
    const lang = detectLanguage(text, tokenize(text), null);
    model = LATER_LANGUAGES.includes(lang)
      ? trained[2]!
      : OTHER_LANGUAGES.includes(lang)
        ? trained[1]!
        : trained[0]!;
    chosen.set(text, model);
  }
  return model;
};
const score = (label: string, text: string) => {
  const model = modelFor(text);
  const m = model.labels.find((l) => l.label === label)!;
  return logistic(featuresOf(text, model.bits), m.q, 0, m.scale, m.b);
};

for (const set of trained)
  console.log(
    `${set.name}: trained on ${set.cases.length} cases (${LABELS.map((l) => `${l} ${set.cases.filter((e) => e.label === l).length}`).join(', ')})`,
  );
for (const [name, set] of Object.entries(tests)) {
  console.log(`\n${name}: ${set.length} lines`);
  for (const label of LABELS) {
    const pos = set.filter((e) => e.label === label);
    const routine = set.filter((e) => e.label === 'routine');
    const row = [0.5, 0.6, 0.7, 0.8, 0.9].map((th) => {
      const hit = set.filter((e) => score(label, e.text) >= th);
      const tp = hit.filter((e) => e.label === label).length;
      const fe = routine.filter((e) => score(label, e.text) >= th).length;
      return `@${th} P ${(tp / Math.max(1, hit.length)).toFixed(3)} R ${(tp / Math.max(1, pos.length)).toFixed(3)} routine ${(fe / Math.max(1, routine.length)).toFixed(3)}`;
    });
    console.log(`  ${label.padEnd(14)} ${row.join(' | ')}`);
  }
}

if (process.argv.includes('--write')) {
  const out = join(ROOT, 'worker/triage/model/weights.ts');
  const body = trained.map((set) => {
    const size = 1 << set.bits;
    const bytes = new Uint8Array(set.labels.length * size);
    for (const [c, m] of set.labels.entries()) bytes.set(new Uint8Array(m.q.buffer), c * size);
    return (
      `export const ${set.name} = {\n` +
      `  bits: ${set.bits},\n` +
      // Written as the formatter (biome) would.
      `  labels: [${LABELS.map((l) => `'${l}'`).join(', ')}] as const,\n` +
      `  bias: [${set.labels.map((m) => +m.b.toFixed(6)).join(', ')}],\n` +
      `  scale: [${set.labels.map((m) => +m.scale.toPrecision(8)).join(', ')}],\n` +
      `  weights:\n    '${Buffer.from(bytes).toString('base64')}',\n` +
      '};\n'
    );
  });
  writeFileSync(
    out,
    `// Generated by scripts/triage/train.ts from ${train.length} labelled cases. Do not edit.\n${body.join('\n')}`,
  );
  console.log(`\nwrote ${out}`);
}
