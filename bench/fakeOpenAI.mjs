// The fake OpenAI Chat Completions server for the LLM-mode bench: the tests' own fake
// (test/support/fakeOpenAIServer.ts, bundled), with the bench's script per turn: first a
// search_knowledge_base tool call for the customer's question, then a short answer streamed at a
// model's pace (BENCH_MODEL_CHUNK_MS between chunks, 15 by default: a fast model). Structured
// calls (the triage classifier) get a calm, routine reading.
import { bundleAndImport } from './bundle.mjs';

const ANSWER =
  'You can return most items within 30 days of delivery. Start the return in your account under Orders, print the label and drop the parcel off at any post office.';

/** Text of the last user message (content may be a string or parts). */
function lastUser(messages) {
  const m = [...messages].reverse().find((x) => x.role === 'user');
  if (!m) return '';
  if (typeof m.content === 'string') return m.content;
  if (Array.isArray(m.content)) return m.content.map((p) => p.text ?? '').join(' ');
  return '';
}

const CHUNK_MS = Number(process.env.BENCH_MODEL_CHUNK_MS ?? 15);
const CALM = {
  humanRequest: false,
  sentiment: 0,
  frustrated: false,
  complaint: false,
  notHelped: false,
  complex: false,
  language: 'en',
  topic: 'returns',
};

/** The scripted reply: search first, answer once the search result is in. */
function respond(body) {
  if (body.response_format) return { text: JSON.stringify(CALM) };
  const toolDone = body.messages.some((m) => m.role === 'tool');
  const searches = (body.tools ?? []).some((t) => t.function?.name === 'search_knowledge_base');
  if (!toolDone && searches) {
    return {
      toolCalls: [
        { name: 'search_knowledge_base', args: { query: lastUser(body.messages).slice(0, 400) || 'help' } },
      ],
    };
  }
  return { text: ANSWER, chunkSize: 12, delayMs: CHUNK_MS };
}

/**
 * Starts the fake on 127.0.0.1 (a free port): `spentMs()` is the total time it has spent on
 * requests, `requestCount()` how many it answered.
 * @param {{ root: string, tmp: string }} ctx
 */
export async function startFakeOpenAI(ctx) {
  const { startFakeOpenAI: start } = await bundleAndImport(
    ctx,
    'fake-openai',
    "export { startFakeOpenAI } from './test/support/fakeOpenAIServer';",
  );
  return start(respond);
}
