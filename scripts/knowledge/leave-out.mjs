// Writes a labelled set in shared/eval's format that asks a FAQ-style KB about what it leaves
// out: in fold k of F, documents k, k+F, … are removed from the KB (their questions become
// `out_of_scope`, in-domain gaps: "do you sell pillows?" to a mattress shop), and the kept
// documents lose every F-th question (asked as `routine`, covered). Then run the triage on it:
//   node scripts/knowledge/leave-out.mjs /tmp/sim [F] [kb,kb…]
//   npm run --silent eval -- --data /tmp/sim --extra /tmp/sim/empty.jsonl
// Its questions come from the KBs the confidence weights are fitted on (the `-lodo` groups of
// calibrate.ts use the same folds), so its figures are partly in-sample: calibrate.ts's
// cross-validated ones are the fair forecast.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(process.env.BATON_EVAL_DIR ?? resolve(ROOT, '../shared/eval'), 'kb');
const OUT = resolve(process.argv[2] ?? '/tmp/baton-leave-out');
const F = Number(process.argv[3] ?? 5);
const names = (process.argv[4] ?? 'hint3-curekart,hint3-powerplay11,hint3-sofmattress').split(',');
const QUESTION = /^- (.+)$/gm;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'kb'), { recursive: true });
const lines = [];
const line = (kb, source, text, label) =>
  lines.push({ id: `${kb}-${lines.length}`, source, text, label, kb, lang: 'en' });
for (const name of names) {
  const files = readdirSync(join(SRC, name))
    .filter((f) => f.endsWith('.md'))
    .sort();
  for (let k = 0; k < F; k++) {
    const kb = `${name}-f${k}`;
    mkdirSync(join(OUT, 'kb', kb));
    files.forEach((f, i) => {
      const body = readFileSync(join(SRC, name, f), 'utf8');
      if (i % F === k) {
        for (const m of body.matchAll(QUESTION)) line(kb, name, m[1], 'out_of_scope');
        return;
      }
      let j = 0;
      const kept = body.replace(QUESTION, (whole, q) => {
        if (j++ % F !== k) return whole;
        line(kb, name, q, 'routine');
        return '';
      });
      writeFileSync(join(OUT, 'kb', kb, f), kept);
    });
  }
}
writeFileSync(join(OUT, 'dev.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
writeFileSync(join(OUT, 'empty.jsonl'), '');
console.log(`${lines.length} lines in ${OUT}`);
