import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { QuickReply } from '../protocol';
import { detectHumanRequest } from '../triage/humanRequest';
import type { ActionDefinition } from './actions';
import { ANSWER_THRESHOLD, composeKbAnswer, TALK_TO_PERSON } from './kbAnswer';
import { runLlmTurn } from './llm';
import type { BotPersona } from './prompt';
import type { BotReply, BotSink, Retriever, Turn } from './types';

/** What the bot remembers between turns of one conversation. */
export interface BotMemory {
  /** Alternatives were offered once for a request for a person; the next request escalates. */
  alternativesOffered: boolean;
}
export const freshMemory: BotMemory = { alternativesOffered: false };

export interface BotTurnInput {
  question: string;
  /** Triage (perhaps a model) read a request for a person the bot's own detector may miss. */
  personRequested?: boolean;
  turns: Turn[];
  persona: BotPersona;
  retrieve: Retriever;
  /** Null: knowledge-base mode (no API key). */
  model: LanguageModelV3 | null;
  actions: ActionDefinition[];
  fetchAction: (req: Request) => Promise<Response>;
  sink: BotSink;
  signal: AbortSignal;
  memory: BotMemory;
  /** The conversation already waits for a person: the bot helps meanwhile, never re-escalates. */
  waitingForPerson: boolean;
}

export const HANDOFF_TEXT =
  "I'll bring in a person from our team, and they'll see everything we've discussed. I'll keep helping while you wait.";
const WAITING_TEXT =
  "A person from our team will join as soon as they're free. I'll keep helping while you wait.";

export async function runBotTurn(input: BotTurnInput): Promise<{ reply: BotReply; memory: BotMemory }> {
  const { question, memory } = input;
  const human = detectHumanRequest(question);
  if (human.requested || input.personRequested) {
    if (input.waitingForPerson) return { reply: say(WAITING_TEXT, input), memory };
    if (!memory.alternativesOffered) {
      const offer = await alternatives(question, human.evidence, input.retrieve);
      if (offer) return { reply: offer, memory: { ...memory, alternativesOffered: true } };
    }
    // Not streamed: the conversation says it only once routing has answered (it may be a fallback).
    return {
      reply: { text: HANDOFF_TEXT, citations: [], handoff: { reason: 'human_request' } },
      memory,
    };
  }
  if (input.model) {
    const reply = await runLlmTurn({ ...input, question, model: input.model });
    if (reply.handoff && input.waitingForPerson) delete reply.handoff;
    return { reply, memory };
  }
  const reply = composeKbAnswer(question, await input.retrieve(question));
  // Already waiting for a person: no "talk to a person" button that would only repeat that.
  if (input.waitingForPerson) reply.options = reply.options?.filter((o) => o !== TALK_TO_PERSON);
  // Complete at once: no stream frames, the final message is the answer.
  return { reply, memory };
}

function say(text: string, _input: BotTurnInput): BotReply {
  return { text, citations: [] };
}

/**
 * "I want to talk to someone about my invoice": when the knowledge base covers the topic,
 * offer those concrete answers first (once), with a person still one tap away.
 */
async function alternatives(
  question: string,
  evidence: string | null,
  retrieve: Retriever,
): Promise<BotReply | null> {
  const topic = evidence ? question.toLowerCase().replace(evidence, ' ') : question;
  if (
    topic
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .split(' ').length < 2
  )
    return null;
  const r = await retrieve(topic);
  if (r.confidence < ANSWER_THRESHOLD) return null;
  const options: QuickReply[] = [];
  for (const p of r.passages) {
    const label = p.heading || p.title;
    if (!options.some((o) => o.label === label)) options.push({ label, value: label });
    if (options.length === 3) break;
  }
  if (options.length === 0) return null;
  return {
    text: 'I can help with that right here, straight away. Is it one of these? If not, I’ll bring in a person.',
    citations: [],
    options: [...options, TALK_TO_PERSON],
    confidence: r.confidence,
  };
}
