import { confidenceFrom, FEATURE_NAMES, type Features } from '../../worker/knowledge/confidence';
import { retrieve } from '../../worker/knowledge/retrieve';
import { buildCases, type Case, openStore, shuffle } from './evalData';

// Fits the logistic weights of worker/knowledge/confidence.ts on shared/eval's labelled
// intent-gap data, reports cross-validated separation per group, and prints the constants to
// paste. Run: npx tsx scripts/knowledge/calibrate.ts

const L2 = 0.01;

interface Row extends Case {
  f: number[] | null;
}

const vec = (f: Features | null) => (f ? FEATURE_NAMES.map((n) => f[n]) : null);

function fitLogistic(rows: Row[]): number[] {
  const usable = rows.filter((r) => r.f);
  // Every group weighs the same, whatever its size: the one prose KB (demo) must count as much
  // as the FAQ-style ones, which outnumber it.
  const sizes = new Map<string, number>();
  for (const r of usable) sizes.set(r.group, (sizes.get(r.group) ?? 0) + 1);
  const weight = (r: Row) => usable.length / sizes.size / sizes.get(r.group)!;
  const d = FEATURE_NAMES.length + 1;
  let w = new Array<number>(d).fill(0);
  // Newton's method on the L2-regularised log loss: a handful of iterations converge.
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const r of usable) {
      const x = [1, ...r.f!];
      const p = 1 / (1 + Math.exp(-x.reduce((s, xi, i) => s + xi * w[i]!, 0)));
      for (let i = 0; i < d; i++) {
        g[i]! += weight(r) * (p - r.covered) * x[i]!;
        for (let j = 0; j < d; j++) h[i]![j]! += weight(r) * p * (1 - p) * x[i]! * x[j]!;
      }
    }
    for (let i = 1; i < d; i++) {
      g[i]! += L2 * usable.length * w[i]!;
      h[i]![i]! += L2 * usable.length;
    }
    const step = solve(h, g);
    w = w.map((wi, i) => wi - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const k = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= k * m[c]![j]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

const predict = (w: number[], r: Row) =>
  r.f
    ? confidenceFrom(Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, r.f![i]!])) as unknown as Features, w)
    : 0;

/** Highest threshold with at most `maxFalseGap` of covered questions below it. */
function thresholdFor(scores: { p: number; covered: number }[], maxFalseGap: number): number {
  const covered = scores
    .filter((s) => s.covered)
    .map((s) => s.p)
    .sort((a, b) => a - b);
  const k = Math.floor(covered.length * maxFalseGap);
  return covered[k] ?? 0.5;
}

function report(label: string, scored: { group: string; p: number; covered: number }[], t: number) {
  const groups = [...new Set(scored.map((s) => s.group))];
  console.log(`\n${label} (gap when confidence < ${t.toFixed(3)})`);
  console.log('group               n_cov n_oos  oos_recall  false_gap   auc  recall@own10%');
  for (const g of [...groups, 'all']) {
    const s = g === 'all' ? scored : scored.filter((x) => x.group === g);
    const cov = s.filter((x) => x.covered);
    const oos = s.filter((x) => !x.covered);
    const recall = oos.filter((x) => x.p < t).length / (oos.length || 1);
    const falseGap = cov.filter((x) => x.p < t).length / (cov.length || 1);
    let wins = 0;
    for (const a of cov) for (const b of oos) wins += a.p > b.p ? 1 : a.p === b.p ? 0.5 : 0;
    const auc = wins / (cov.length * oos.length || 1);
    // Separability alone: recall with this group's own threshold at 10% false gaps.
    const own = thresholdFor(s, 0.1);
    const ownRecall = oos.filter((x) => x.p < own).length / (oos.length || 1);
    console.log(
      `${g.padEnd(18)} ${String(cov.length).padStart(6)} ${String(oos.length).padStart(5)}  ${recall.toFixed(3).padStart(10)}  ${falseGap.toFixed(3).padStart(9)}  ${auc.toFixed(3)}  ${ownRecall.toFixed(3).padStart(8)}`,
    );
  }
}

async function main() {
  const { store } = openStore();
  const cases = await buildCases(store);
  const rows: Row[] = [];
  for (const c of cases) {
    const r = await retrieve(store, { workspaceId: c.workspaceId, query: c.text, limit: 5 });
    rows.push({ ...c, f: vec(r.features) });
  }
  const trainGroups = (
    process.env.CAL_GROUPS ??
    'clinc150,hint3-curekart,hint3-powerplay11,hint3-sofmattress,hint3-curekart-lodo,hint3-powerplay11-lodo,hint3-sofmattress-lodo,demo'
  ).split(',');
  const train = rows.filter((r) => trainGroups.includes(r.group));

  // 5-fold cross-validation: every case scored by weights that never saw it.
  const folds = 5;
  const order = shuffle(train.map((_, i) => i));
  const cv: { group: string; p: number; covered: number }[] = [];
  for (let k = 0; k < folds; k++) {
    const held = new Set(order.filter((_, i) => i % folds === k));
    const w = fitLogistic(train.filter((_, i) => !held.has(i)));
    const trainScores = train
      .filter((_, i) => !held.has(i))
      .map((r) => ({ p: predict(w, r), covered: r.covered }));
    const t = thresholdFor(trainScores, 0.1);
    for (const i of held) {
      const r = train[i]!;
      // Per-fold thresholds differ; store the margin to the fold's threshold, shifted to a common 0.5.
      cv.push({ group: r.group, p: predict(w, r) - t + 0.5, covered: r.covered });
    }
  }
  report('5-fold cross-validated', cv, 0.5);

  const w = fitLogistic(train);
  const all = rows.map((r) => ({ group: r.group, p: predict(w, r), covered: r.covered }));
  const t = thresholdFor(
    all.filter((s) => trainGroups.includes(s.group)),
    0.1,
  );
  report('Fitted on all (in-sample)', all, t);
  console.log('\nfeature means (covered / not):');
  FEATURE_NAMES.forEach((n, i) => {
    const m = (c: number) => {
      const v = rows.filter((r) => r.f && r.covered === c).map((r) => r.f![i]!);
      return (v.reduce((a, b) => a + b, 0) / v.length).toFixed(3);
    };
    console.log(`  ${n.padEnd(10)} ${m(1)} / ${m(0)}`);
  });
  console.log(`\nexport const WEIGHTS: readonly number[] = [${w.map((x) => x.toFixed(3)).join(', ')}];`);
  console.log(`export const GAP_THRESHOLD = ${t.toFixed(3)};`);
}

await main();
