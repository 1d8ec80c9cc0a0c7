import { createOpenAI } from '@ai-sdk/openai';
import type { JSONSchema7, LanguageModelV3 } from '@ai-sdk/provider';
import { z } from 'zod';
import { linesFor } from '../lines';
import type { Citation } from '../protocol';
import { type ActionDefinition, callAction } from './actions';
import { type BotPersona, modelMessages, systemPrompt } from './prompt';
import { type LoopTool, runToolLoop } from './toolLoop';
import type { BotReply, BotSink, Passage, Retriever, Turn } from './types';

/** Tool loops end here whatever the model wants: a runaway loop must not hold the customer. */
export const MAX_STEPS = 5;

const SearchInput = z.object({ query: z.string().min(1).max(500) });
const HandoffInput = z.object({ reason: z.string().min(1).max(300) });
// Converted once, not on every step of every turn; draft-7 is what function-calling APIs read.
const JSON_SCHEMA_OPTIONS = { target: 'draft-7', io: 'input' } as const;
const SEARCH_PARAMETERS = z.toJSONSchema(SearchInput, JSON_SCHEMA_OPTIONS) as JSONSchema7;
const HANDOFF_PARAMETERS = z.toJSONSchema(HandoffInput, JSON_SCHEMA_OPTIONS) as JSONSchema7;

export interface LlmConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Injected in tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export function openAiModel(cfg: LlmConfig): LanguageModelV3 {
  const provider = createOpenAI({ apiKey: cfg.apiKey, baseURL: cfg.baseURL, fetch: cfg.fetch });
  // Chat Completions: what every OpenAI-compatible server speaks.
  return provider.chat(cfg.model);
}

/** Passages given with the question (read during the visitor's pause), so most answers need no search. */
const CONTEXT_PASSAGES = 4;
/** Below this the lookup found nothing worth showing the model; it can still search itself. */
const CONTEXT_MIN_CONFIDENCE = 0.25;

export interface LlmTurnInput {
  model: LanguageModelV3;
  /** The visitor's latest question (the burst), looked up before the model is called. */
  question?: string;
  persona: BotPersona;
  turns: Turn[];
  retrieve: Retriever;
  actions: ActionDefinition[];
  fetchAction: (req: Request) => Promise<Response>;
  sink: BotSink;
  signal: AbortSignal;
}

export async function runLlmTurn(input: LlmTurnInput): Promise<BotReply> {
  const { sink, signal } = input;
  const cited = new Map<string, Citation>();
  let handoff: BotReply['handoff'];
  let bestConfidence = 0;

  const tools: Record<string, LoopTool> = {
    search_knowledge_base: {
      description: 'Search the help centre. Returns passages with their article title and URL.',
      parameters: SEARCH_PARAMETERS,
      input: SearchInput,
      execute: async (args) => {
        const { query } = args as z.infer<typeof SearchInput>;
        sink.status(linesFor(input.persona.language).searching);
        const r = await input.retrieve(query);
        bestConfidence = Math.max(bestConfidence, r.confidence);
        const top = r.passages.slice(0, 4);
        for (const p of top) cited.set(p.documentId, { title: p.title, url: p.url });
        return { confidence: r.confidence, passages: top.map(forModel) };
      },
    },
    handoff_to_human: {
      description: 'Bring in a human agent when you cannot resolve the request or the customer asks for one.',
      parameters: HANDOFF_PARAMETERS,
      input: HandoffInput,
      execute: async (args) => {
        handoff = { reason: (args as z.infer<typeof HandoffInput>).reason };
        return { ok: true, note: 'A person will be asked to join. Tell the customer briefly.' };
      },
    },
  };
  for (const def of input.actions) {
    tools[def.name] = {
      description: def.description,
      parameters: def.parameters as JSONSchema7,
      execute: async (args) => {
        sink.status(def.visitorText);
        const r = await callAction(def, args, input.fetchAction, signal);
        sink.action({
          name: def.name,
          input: JSON.stringify(args),
          ok: r.ok,
          result: r.result,
          visitorText: def.visitorText,
        });
        return { ...r };
      },
    };
  }

  // RAG: the help-centre passages for the question go with it, saving the model a search round
  // trip; the search tool stays for follow-ups and rewordings.
  const context = input.question ? await input.retrieve(input.question).catch(() => null) : null;
  const given =
    context && context.confidence >= CONTEXT_MIN_CONFIDENCE
      ? context.passages.slice(0, CONTEXT_PASSAGES)
      : [];
  if (given.length) bestConfidence = context!.confidence;

  const { text, modelCalls, modelMs } = await runToolLoop({
    model: input.model,
    system: systemPrompt(input.persona) + contextBlock(given),
    messages: modelMessages(input.turns),
    tools,
    maxSteps: MAX_STEPS,
    signal,
    onText: (delta) => sink.delta(delta),
  });
  // Passages given up front are cited when the answer names their article, as it is told to.
  for (const p of given)
    if (!cited.has(p.documentId) && text.toLowerCase().includes(p.title.toLowerCase()))
      cited.set(p.documentId, { title: p.title, url: p.url });
  return {
    text: text.trim(),
    citations: [...cited.values()],
    confidence: bestConfidence,
    model: { calls: modelCalls, ms: modelMs },
    ...(handoff ? { handoff } : {}),
  };
}

const forModel = (p: Passage) => ({ title: p.title, url: p.url, section: p.heading, text: p.text });

function contextBlock(passages: Passage[]): string {
  if (!passages.length) return '';
  const lines = passages.map(
    (p, i) => `[${i + 1}] ${p.title}${p.heading ? ` › ${p.heading}` : ''} (${p.url})\n${p.text}`,
  );
  return `\n\nHelp-centre passages found for the customer's latest message (cite the article titles you use; search for more if these do not answer it):\n\n${lines.join('\n\n')}`;
}
