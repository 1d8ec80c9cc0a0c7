// The fake OpenAI Chat Completions server for the LLM-mode bench: the tests' own fake
// (test/support/fakeOpenAIServer.ts, bundled), with the bench's script per turn: first a
// search_knowledge_base tool call for the customer's question, then a short streamed answer.
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

/** The scripted reply: search first, answer once the search result is in. */
function respond(body) {
  const toolDone = body.messages.some((m) => m.role === 'tool');
  const searches = (body.tools ?? []).some((t) => t.function?.name === 'search_knowledge_base');
  if (!toolDone && searches) {
    return {
      toolCalls: [
        { name: 'search_knowledge_base', args: { query: lastUser(body.messages).slice(0, 400) || 'help' } },
      ],
    };
  }
  return { text: ANSWER, chunkSize: 12 };
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
