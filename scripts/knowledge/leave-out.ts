import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LEAVE_OUT_FOLDS, leaveOut, readKb } from './evalData';

// Writes a labelled set in shared/eval's format that asks FAQ-style KBs about what they leave
// out (evalData's leaveOut: documents removed are in-domain gaps, "do you sell pillows?" to a
// mattress shop; held-out questions of the others are covered). Then run the triage on it:
//   npx tsx scripts/knowledge/leave-out.ts /tmp/sim [kb,kb…]
//   npm run --silent eval -- --data /tmp/sim --extra /tmp/sim/empty.jsonl
// The calibration's `-lodo` groups use the same folds, so its figures are partly in-sample:
// calibrate.ts's cross-validated ones are the fair forecast.

const OUT = resolve(process.argv[2] ?? '/tmp/baton-leave-out');
const names = (process.argv[3] ?? 'hint3-curekart,hint3-powerplay11,hint3-sofmattress').split(',');

rmSync(OUT, { recursive: true, force: true });
const lines: object[] = [];
for (const name of names) {
  const docs = readKb(name);
  for (let k = 0; k < LEAVE_OUT_FOLDS; k++) {
    const kb = `${name}-f${k}`;
    const fold = leaveOut(docs, k);
    mkdirSync(join(OUT, 'kb', kb), { recursive: true });
    for (const d of fold.kept) writeFileSync(join(OUT, 'kb', kb, `${d.name}.md`), d.body);
    const line = (text: string, label: string) =>
      lines.push({ id: `${kb}-${lines.length}`, source: name, text, label, kb, lang: 'en' });
    for (const text of fold.gaps) line(text, 'out_of_scope');
    for (const text of fold.covered) line(text, 'routine');
  }
}
writeFileSync(join(OUT, 'dev.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
writeFileSync(join(OUT, 'empty.jsonl'), '');
console.log(`${lines.length} lines in ${OUT}`);
