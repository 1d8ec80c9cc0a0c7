import { createReadStream, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
// The pure core of worker/triage (what the conversation object calls), without the D1 rule store
// and the LLM helpers that its index also exports.
import { assessMessage, REASON_ORDER } from '../worker/triage/assess';
import { botAdmitsGap, botAsksIfHelped, botRepeats, RECENT_BOT_REPLIES } from '../worker/triage/intentGap';
import { type AssessInput, type Decision, initialTriageState } from '../worker/triage/types';
import { type OfflineKb, openKb } from './kb';

// Offline triage, for evaluation: the worker's own assessMessage over JSONL, no key, no network.
//   npm run --silent triage -- FILE.jsonl [--kb DIR] [--explain]
// Input lines: {"id", "text"} or {"id", "turns": [{"role": "visitor"|"bot", "text"}]}.
// Output, one line per input in order:
//   {"id", "escalate", "reason", "sentiment", "language", "score"}
// A conversation is judged whole: every visitor message is assessed in turn, and the reported
// decision is the escalation with the strongest reason (a request for a person outranks the
// frustration that came before it: the handoff happens at the first, the agent needs to know
// both), or the last message's decision when none escalated. A bot turn that admits it can't
// help, or says again what it said before, counts for the visitor message after it.
// FILE "-" reads stdin. --explain adds evidence, trend and turn.

/** The repository root (for its migrations): the nearest folder up from this file that has them. */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'migrations'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
const USAGE = 'usage: triage FILE.jsonl [--kb DIR] [--explain] [--timing]';

interface Line {
  id?: unknown;
  text?: unknown;
  turns?: unknown;
}
interface Turn {
  role: 'visitor' | 'bot';
  text: string;
}

function parseTurns(line: Line): Turn[] | null {
  if (typeof line.text === 'string') return [{ role: 'visitor', text: line.text }];
  if (!Array.isArray(line.turns)) return null;
  const out: Turn[] = [];
  for (const t of line.turns) {
    if (!t || typeof t !== 'object') continue;
    const { role, text } = t as { role?: unknown; text?: unknown };
    if (typeof text !== 'string') continue;
    // Anything said by the customer side is a visitor turn; the bot and agents speak for the company.
    out.push({ role: role === 'bot' || role === 'agent' || role === 'assistant' ? 'bot' : 'visitor', text });
  }
  return out;
}

/** A reason's place in the order that picks one when several fire (human_request first). */
const rank = (d: Decision) => REASON_ORDER.indexOf(d.reason!);

/** Time of each assessMessage call (not retrieval): the per-message triage cost. */
const timings: number[] = [];

/**
 * A conversation judged at its end: every visitor message in turn, with the bot's replies as
 * context; the strongest escalation any message made, or the last decision.
 */
export async function triageTurns(
  turns: Turn[],
  kb: OfflineKb | null,
  now = new Date(),
): Promise<{ decision: Decision | null; turn: number }> {
  let state = initialTriageState;
  let last: Decision | null = null;
  let lastTurn = 0;
  let strongest: { decision: Decision; turn: number } | null = null;
  let botAdmittedGap = false;
  let botAskedIfHelped = false;
  let botRepeated = false;
  const botSaid: string[] = [];
  let turn = 0;
  for (const t of turns) {
    if (t.role === 'bot') {
      botAdmittedGap = botAdmitsGap(t.text);
      botAskedIfHelped = botAsksIfHelped(t.text);
      botRepeated = botRepeats(t.text, botSaid.slice(-RECENT_BOT_REPLIES));
      botSaid.push(t.text);
      continue;
    }
    turn++;
    const input: AssessInput = {
      text: t.text,
      retrieval: kb ? await kb.lookup(t.text) : null,
      botAdmittedGap,
      botAskedIfHelped,
      botRepeated,
      contact: { attributes: {} },
      now,
      rules: [],
    };
    const started = performance.now();
    const out = assessMessage(state, input);
    timings.push(performance.now() - started);
    state = out.state;
    last = out.decision;
    lastTurn = turn;
    // A tentative escalation (a first weak match, an upset first message) counts only if the
    // conversation ends on it: the bot answered first and the visitor may have been settled.
    if (last.escalate && !last.tentative && (!strongest || rank(last) < rank(strongest.decision)))
      strongest = { decision: last, turn };
    botAdmittedGap = false;
    botAskedIfHelped = false;
    botRepeated = false;
  }
  if (strongest && (!last?.escalate || rank(strongest.decision) <= rank(last))) return strongest;
  return { decision: last, turn: lastTurn };
}

export async function main(argv: string[]): Promise<number> {
  let file: string | undefined;
  let kbDir: string | undefined;
  let explain = false;
  let timing = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--kb') kbDir = argv[++i];
    else if (a.startsWith('--kb=')) kbDir = a.slice(5);
    else if (a === '--explain') explain = true;
    else if (a === '--timing') timing = true;
    else if (a === '-h' || a === '--help') {
      process.stderr.write(`${USAGE}\n`);
      return 0;
    } else if (!file) file = a;
    else {
      process.stderr.write(`unexpected argument ${a}\n${USAGE}\n`);
      return 2;
    }
  }
  if (!file || (argv.includes('--kb') && !kbDir)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const kb = kbDir ? await openKb(ROOT, resolve(kbDir)) : null;
  if (kb) process.stderr.write(`triage: indexed ${kb.documents} documents from ${kbDir}\n`);

  const input = file === '-' ? process.stdin : createReadStream(resolve(file), 'utf8');
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  let n = 0;
  for await (const raw of lines) {
    if (!raw.trim()) continue;
    n++;
    let line: Line;
    try {
      line = JSON.parse(raw) as Line;
    } catch {
      process.stderr.write(`line ${n}: not JSON\n`);
      line = {};
    }
    const id = line.id ?? null;
    const turns = parseTurns(line);
    if (!turns) process.stderr.write(`line ${n}: no "text" or "turns"\n`);
    const { decision, turn } = turns ? await triageTurns(turns, kb) : { decision: null, turn: 0 };
    const row: Record<string, unknown> = {
      id,
      escalate: decision?.escalate ?? false,
      reason: decision?.reason ?? null,
      sentiment: decision?.sentiment ?? 0,
      language: decision?.language ?? 'en',
      score: decision?.score ?? 0,
    };
    if (explain && decision) {
      row.trend = decision.trend;
      row.turn = turn;
      row.priority = decision.priority ?? null;
      row.evidence = decision.evidence;
    }
    out.push(JSON.stringify(row));
    if (out.length >= 256) flush();
  }
  flush();
  if (timing && timings.length) {
    const sorted = [...timings].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(3);
    process.stderr.write(
      `triage: ${sorted.length} messages, assessMessage p50 ${at(0.5)} ms, p95 ${at(0.95)} ms\n`,
    );
  }
  return 0;
}

// Run directly (`node dist/cli/triage.mjs …`), not when imported by cli/run.mjs.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
