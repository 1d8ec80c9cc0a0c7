import { generateObject, type LanguageModel } from 'ai';
import { z } from 'zod';
import { Brief, BriefMood } from '../protocol';
import { type BriefInput, buildBrief, shorten } from './brief';
import type { ExternalSignals } from './types';

// The LLM path, when a key is set: a classifier whose signals assessMessage merges over the
// built-in ones, and a brief whose prose a model writes over the deterministic facts. Both are
// async and may fail or time out; callers then carry on with the built-in results.

export const LLM_TIMEOUT_MS = 6000;
const MAX_PROMPT_CHARS = 8000;

export interface ClassifyInput {
  text: string;
  /** Recent turns before this message, oldest first. */
  history?: { role: 'visitor' | 'bot' | 'agent'; text: string }[];
}

/** Anything that turns a message into signals: an LLM here, another model elsewhere. */
export interface Classifier {
  classify(input: ClassifyInput, signal?: AbortSignal): Promise<ExternalSignals>;
}

const Classification = z.object({
  humanRequest: z
    .boolean()
    .describe(
      'The customer asks, directly or indirectly, to deal with a human person (declining one, "I don\'t need an agent", is not asking).',
    ),
  sentiment: z
    .number()
    .min(-1)
    .max(1)
    .describe('Sentiment of the latest customer message, -1 (furious) to 1 (delighted).'),
  frustrated: z.boolean().describe('The customer is frustrated or angry (not just describing a problem).'),
  complaint: z
    .boolean()
    .describe(
      'The customer wants to make a complaint or is criticising the company/service/bot, including sarcasm, threats to leave or to post a bad review, messages left unanswered, having to repeat themselves, lost patience and promises not kept.',
    ),
  notHelped: z
    .boolean()
    .describe("The customer says the bot's previous answer did not help or missed the question."),
  complex: z
    .boolean()
    .describe(
      'Several distinct issues, or legal, medical, security or large-money matters that need human judgement.',
    ),
  language: z.string().describe('ISO 639-1 code of the language of the latest customer message.'),
  topic: z.string().max(80).describe('A short topic label, e.g. "refund for damaged item".'),
});

const CLASSIFY_SYSTEM =
  'You triage customer-support chats for a handoff from a chatbot to human agents. ' +
  'Classify only the latest customer message, using the earlier turns as context. Be conservative: ' +
  'mentioning a person ("the courier said…") is not a request for one, and one mild word is not frustration.';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function llmClassifier(model: LanguageModel, timeoutMs = LLM_TIMEOUT_MS): Classifier {
  return {
    async classify(input, signal) {
      const history = (input.history ?? [])
        .slice(-8)
        .map((t) => `${t.role}: ${clip(t.text, 500)}`)
        .join('\n');
      const prompt = clip(
        `${history ? `Earlier turns:\n${history}\n\n` : ''}Latest customer message:\n${clip(input.text, 2000)}`,
        MAX_PROMPT_CHARS,
      );
      try {
        const { object } = await generateObject({
          model,
          schema: Classification,
          system: CLASSIFY_SYSTEM,
          prompt,
          abortSignal: withTimeout(signal, timeoutMs),
          maxRetries: 0,
        });
        const out: ExternalSignals = {
          humanRequest: object.humanRequest,
          sentiment: Math.max(-1, Math.min(1, object.sentiment)),
          frustrated: object.frustrated,
          complaint: object.complaint,
          notHelped: object.notHelped,
          complex: object.complex,
          topic: object.topic,
          evidence: ['llm classifier'],
        };
        const lang = object.language.trim().toLowerCase();
        if (/^[a-z]{2}$/.test(lang)) out.language = lang;
        return out;
      } catch {
        // Model down, slow or off-schema: the built-in detectors decide alone.
        return {};
      }
    },
  };
}

const BriefProse = z.object({
  headline: z
    .string()
    .max(300)
    .describe('One line for the agent: what the customer wants and why a person is needed.'),
  intent: z.string().max(500).describe('What the customer is trying to accomplish.'),
  state: z
    .string()
    .max(500)
    .describe('Where things stand: what was discussed and tried, what worked and what did not.'),
  discussed: z
    .array(z.string().max(300))
    .max(8)
    .describe('Key facts the customer gave, shortest form, oldest first.'),
  nextStep: z.string().max(500).describe('The first thing the agent should do.'),
  mood: BriefMood,
});

const BRIEF_SYSTEM =
  'You write the handoff brief a human support agent reads before taking over a chat from a bot, so the customer ' +
  'never has to repeat anything. Be factual and brief; use only what is in the transcript; write in English.';

/**
 * The brief, with prose written by the model when there is one; facts (steps, entities,
 * identity, trigger) stay the deterministic ones. Falls back to buildBrief on any failure.
 */
export async function writeBrief(
  input: BriefInput,
  model: LanguageModel | null,
  signal?: AbortSignal,
  timeoutMs = LLM_TIMEOUT_MS,
): Promise<Brief> {
  const base = buildBrief(input);
  if (!model) return base;
  const lines = input.transcript
    .filter((m) => m.kind !== 'note' && m.kind !== 'system')
    .slice(-40)
    .map((m) =>
      m.kind === 'action' && m.data?.action
        ? `[bot action ${m.data.action.name} ${m.data.action.ok ? 'ok' : 'FAILED'}] ${clip(m.data.action.result, 300)}`
        : `[${m.kind}] ${clip(m.body, 600)}`,
    );
  const prompt = clip(
    [
      `Transcript:\n${lines.join('\n')}`,
      `Triage: ${base.trigger.reason ?? 'none'} — ${base.trigger.evidence.slice(0, 5).join('; ')}`,
      `Entities: ${base.entities.map((e) => `${e.type}=${e.value}`).join(', ') || 'none'}`,
      `Customer: ${input.contact.name ?? 'unknown'}; attributes: ${JSON.stringify(input.contact.attributes)}`,
    ].join('\n\n'),
    MAX_PROMPT_CHARS,
  );
  try {
    const { object } = await generateObject({
      model,
      schema: BriefProse,
      system: BRIEF_SYSTEM,
      prompt,
      abortSignal: withTimeout(signal, timeoutMs),
      maxRetries: 0,
    });
    return Brief.parse({
      ...base,
      source: 'llm',
      headline: shorten(object.headline, 300),
      intent: shorten(object.intent, 500),
      state: shorten(object.state, 500),
      discussed: object.discussed.length ? object.discussed.map((d) => shorten(d, 300)) : base.discussed,
      nextStep: shorten(object.nextStep, 500),
      sentiment: { ...base.sentiment, mood: object.mood },
    });
  } catch (err) {
    // The built-in brief stands; say why the model's did not, for whoever runs the deployment.
    console.warn('model brief failed, keeping the built-in one:', (err as Error).message);
    return base;
  }
}

function withTimeout(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}
