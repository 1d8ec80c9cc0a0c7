// `npm run --silent triage -- FILE.jsonl [--kb DIR]`: build (quietly, when sources changed) and run.
import { buildTriageCli } from './build.mjs';

const bundle = await buildTriageCli();
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
