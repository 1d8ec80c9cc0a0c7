// Triage evaluation on the labelled set in shared/eval (see its README):
//   npm run eval [-- --data DIR] [--extra FILE.jsonl]... [--errors N [--label LABEL]] [--json-only]
// Runs the triage command exactly as a user would (one run per knowledge base: lines with a
// `kb` against shared/eval/kb/<name>, the rest without one), then reports precision and recall
// per label, false escalations and false intent gaps on routine questions — overall, per source
// and for non-English lines — and ends with one line of flat JSON with the headline figures.
// --extra adds labelled files of the same format (e.g. test/fixtures/triage-multilingual.jsonl),
// reported separately and under "extra_" keys so the public figures stay comparable; by default
// every test/fixtures/triage-* file runs, those named triage-heldout* under "heldout_" keys.
// --errors N lists the first N wrong lines (--label human_request: only the misses of one label).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUNDLE, buildTriageCli, ROOT } from '../cli/build.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const DATA = resolve(opt('--data') ?? process.env.BATON_EVAL_DIR ?? resolve(ROOT, '../shared/eval'));
const extraArgs = args.flatMap((a, i) => (args[i - 1] === '--extra' ? [resolve(a)] : []));
// Our own multilingual cases (written for Baton, not taken from the public set) always run too.
const FIXTURES = resolve(ROOT, 'test/fixtures');
const OWN = readdirSync(FIXTURES)
  .filter((f) => /^triage-.*\.jsonl?$/.test(f))
  .sort()
  .map((f) => join(FIXTURES, f));
const extras = extraArgs.length ? extraArgs : OWN;
const showErrors = Number(opt('--errors') ?? 0);
const errorLabel = opt('--label');
const jsonOnly = args.includes('--json-only');
const say = (s = '') => {
  if (!jsonOnly) process.stdout.write(`${s}\n`);
};

const readJsonl = (file) => {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return JSON.parse(text);
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
};

await buildTriageCli();
const work = mkdtempSync(join(tmpdir(), 'baton-eval-'));

function runTriage(lines, kbDir) {
  const file = join(work, `in-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  const argv = [BUNDLE, file, ...(kbDir ? ['--kb', kbDir] : []), '--explain', '--timing'];
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--no-warnings', ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`triage exited ${code}: ${err}`));
      const rows = out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      if (rows.length !== lines.length)
        return fail(new Error(`expected ${lines.length} lines, got ${rows.length}`));
      rows.forEach((r, i) => {
        if (r.id !== lines[i].id) fail(new Error(`line ${i}: id ${r.id} != ${lines[i].id}`));
      });
      const p50 = /p50 ([\d.]+) ms/.exec(err);
      ok({ rows, ms: performance.now() - started, p50: p50 ? Number(p50[1]) : null });
    });
  });
}

/** Runs one labelled set; returns [{line, out}] in input order. */
async function evaluate(lines, kbRoot) {
  const groups = new Map();
  for (const l of lines) {
    const key = l.kb ?? '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(l);
  }
  const results = [];
  let ms = 0;
  const p50s = [];
  for (const [kb, group] of groups) {
    const r = await runTriage(group, kb ? join(kbRoot, kb) : undefined);
    ms += r.ms;
    if (kb && r.p50 !== null) p50s.push(r.p50);
    group.forEach((line, i) => {
      results.push({ line, out: r.rows[i] });
    });
  }
  return { results, ms, p50KbMs: p50s.length ? Math.max(...p50s) : null };
}

const EXPECTED = { human_request: 'human_request', frustrated: 'frustration', out_of_scope: 'intent_gap' };

function metrics(results) {
  const m = { n: results.length };
  for (const [label, reason] of Object.entries(EXPECTED)) {
    // Intent gaps are only judged on lines that have a knowledge base.
    const scope = label === 'out_of_scope' ? results.filter((r) => r.line.kb) : results;
    const pos = scope.filter((r) => r.line.label === label);
    const predicted = scope.filter((r) => r.out.reason === reason);
    const tp = predicted.filter((r) => r.line.label === label).length;
    m[`${label}_n`] = pos.length;
    m[`${label}_precision`] = predicted.length ? tp / predicted.length : null;
    m[`${label}_recall`] = pos.length ? tp / pos.length : null;
    m[`${label}_escalated`] = pos.length ? pos.filter((r) => r.out.escalate).length / pos.length : null;
  }
  const routine = results.filter((r) => r.line.label === 'routine');
  const routineKb = routine.filter((r) => r.line.kb);
  m.routine_n = routine.length;
  m.routine_false_escalation = routine.length
    ? routine.filter((r) => r.out.escalate).length / routine.length
    : null;
  m.routine_kb_n = routineKb.length;
  m.routine_false_gap = routineKb.length
    ? routineKb.filter((r) => r.out.reason === 'intent_gap').length / routineKb.length
    : null;
  return m;
}

const fmt = (x) => (x === null || x === undefined ? '   -  ' : x.toFixed(3).padStart(6));

function table(title, rowsByName) {
  say(`\n${title}`);
  say(
    'set                     n   human P  human R  frust P  frust R   gap P    gap R  routine FE  routine FG',
  );
  for (const [name, m] of rowsByName) {
    say(
      `${name.padEnd(20)} ${String(m.n).padStart(5)}   ${fmt(m.human_request_precision)}   ${fmt(m.human_request_recall)}   ${fmt(
        m.frustrated_precision,
      )}   ${fmt(m.frustrated_recall)}   ${fmt(m.out_of_scope_precision)}   ${fmt(m.out_of_scope_recall)}     ${fmt(
        m.routine_false_escalation,
      )}      ${fmt(m.routine_false_gap)}`,
    );
  }
}

function report(title, results) {
  const bySource = new Map();
  for (const r of results) {
    const s = r.line.source ?? 'unknown';
    if (!bySource.has(s)) bySource.set(s, []);
    bySource.get(s).push(r);
  }
  const nonEn = results.filter((r) => r.line.lang && r.line.lang !== 'en');
  const rows = [['all', metrics(results)]];
  for (const [s, rs] of [...bySource].sort()) rows.push([s, metrics(rs)]);
  const byLang = new Map();
  for (const r of nonEn) {
    if (!byLang.has(r.line.lang)) byLang.set(r.line.lang, []);
    byLang.get(r.line.lang).push(r);
  }
  rows.push(['non-English', metrics(nonEn)]);
  for (const [l, rs] of [...byLang].sort()) rows.push([`  ${l}`, metrics(rs)]);
  table(title, rows);
  return { all: rows[0][1], nonEn: metrics(nonEn) };
}

function errors(results, n) {
  if (!n) return;
  const wrong = results.filter((r) => {
    if (errorLabel && r.line.label !== errorLabel) return false;
    const want = EXPECTED[r.line.label];
    if (r.line.label === 'routine') return r.out.escalate;
    if (r.line.label === 'out_of_scope') return r.out.reason !== 'intent_gap';
    return r.out.reason !== want;
  });
  say(`\n${wrong.length} errors; first ${Math.min(n, wrong.length)}:`);
  for (const r of wrong.slice(0, n))
    say(
      `  [${r.line.label} ${r.line.source}] ${r.line.text ?? JSON.stringify(r.line.turns)} → ${r.out.reason} (${(r.out.evidence ?? [])[0] ?? ''})`,
    );
}

try {
  const lines = readJsonl(join(DATA, 'dev.jsonl'));
  say(`Triage evaluation — ${lines.length} labelled lines from ${DATA}`);
  say('P = precision, R = recall of the expected reason; FE = false escalations, FG = false intent gaps.');
  const { results, ms, p50KbMs } = await evaluate(lines, join(DATA, 'kb'));
  const pub = report('Public set (shared/eval)', results);
  errors(results, showErrors);

  const flat = {};
  const put = (prefix, m) => {
    for (const [k, v] of Object.entries(m))
      flat[`${prefix}${k}`] = v === null ? null : Math.round(v * 1000) / 1000;
  };
  put('', pub.all);
  put('nonen_', pub.nonEn);
  flat.ms_per_line = Math.round((ms / lines.length) * 100) / 100;
  flat.triage_p50_ms = p50KbMs;

  // Every extra file gets its own table; the flat "extra_" figures are over all of them together,
  // except held-out files (triage-heldout*): never tuned on nor trained on, they get "heldout_".
  const tuned = [];
  const heldOut = [];
  for (const file of extras) {
    const extra = readJsonl(file);
    const { results: er } = await evaluate(extra, join(DATA, 'kb'));
    report(`Extra set ${file}`, er);
    errors(er, showErrors);
    (/triage-heldout[^/]*$/.test(file) ? heldOut : tuned).push(...er);
  }
  if (tuned.length) {
    const rep = report('All extra sets together (our own cases: tuned on, not held out)', tuned);
    put('extra_', rep.all);
    put('extra_nonen_', rep.nonEn);
  }
  if (heldOut.length) {
    const rep = report('Held-out sets (our own cases, never tuned or trained on)', heldOut);
    put('heldout_', rep.all);
    put('heldout_nonen_', rep.nonEn);
  }

  say(
    '\nGoals: human R ≥ 0.95 at P ≥ 0.9; routine FE ≤ 0.05; frustration R ≥ 0.8; gap R ≥ 0.8 at FG ≤ 0.10.',
  );
  process.stdout.write(`${JSON.stringify(flat)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
