// The fake OpenAI Chat Completions server for the LLM-mode bench: the tests' own fake
// (test/support/fakeOpenAIServer.ts, bundled), with the bench's script per turn: first a
// search_knowledge_base tool call for the customer's question, then a short answer streamed at a
// model's pace (BENCH_MODEL_CHUNK_MS between chunks, 15 by default: a fast model). Structured
// calls (the triage classifier) get a calm, routine reading.
//
// It runs on a thread of its own: on the bench's main thread its replies would queue behind the
// bench's hundreds of socket clients, and that wait (not the model's, not the bot's) would count
// as the bot's overhead.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
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
 * Starts the fake on 127.0.0.1 (a free port) on its own thread. `sync()` brings its records
 * here; after it, `timeline()` lists each request's arrival and end (epoch ms) and
 * `requestCount()` how many it answered.
 * @param {{ root: string, tmp: string }} ctx
 */
export async function startFakeOpenAI(ctx) {
  // Bundled here, imported by the thread.
  await bundleAndImport(
    ctx,
    'fake-openai',
    "export { startFakeOpenAI } from './test/support/fakeOpenAIServer';",
  );
  const thread = new Worker(new URL(import.meta.url), { workerData: { tmp: ctx.tmp } });
  // Replies come in the order of the requests.
  const replies = [];
  thread.on('message', (m) => replies.shift()?.resolve(m));
  thread.on('error', (err) => {
    for (const r of replies.splice(0)) r.reject(err);
  });
  const ask = (m) =>
    new Promise((resolve, reject) => {
      replies.push({ resolve, reject });
      thread.postMessage(m);
    });
  const { baseURL } = await ask({ type: 'started' });
  const timeline = [];
  let count = 0;
  return {
    baseURL,
    async sync() {
      const r = await ask({ type: 'sync', from: timeline.length });
      timeline.push(...r.timeline);
      count = r.requestCount;
    },
    timeline: () => timeline,
    requestCount: () => count,
    async close() {
      await ask({ type: 'close' });
      await thread.terminate();
    },
  };
}

if (!isMainThread && workerData?.tmp) {
  const { join } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const mod = await import(pathToFileURL(join(workerData.tmp, 'fake-openai.mjs')).href);
  const fake = await mod.startFakeOpenAI(respond);
  parentPort.on('message', async (m) => {
    if (m.type === 'started') parentPort.postMessage({ baseURL: fake.baseURL });
    else if (m.type === 'sync')
      parentPort.postMessage({ timeline: fake.timeline().slice(m.from), requestCount: fake.requestCount() });
    else if (m.type === 'close') {
      await fake.close();
      parentPort.postMessage({});
    }
  });
}
