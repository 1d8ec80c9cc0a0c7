import type { LanguageModelV3 } from '@ai-sdk/provider';
import { isPersonChoice, type Lines, linesFor } from '../lines';
import type { QuickReply } from '../protocol';
import { detectHumanRequest } from '../triage/humanRequest';
import type { ActionDefinition } from './actions';
import { ANSWER_THRESHOLD, composeKbAnswer } from './kbAnswer';
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

export async function runBotTurn(input: BotTurnInput): Promise<{ reply: BotReply; memory: BotMemory }> {
  const { question, memory } = input;
  // The bot's own words follow the conversation's language; a model picks its own.
  const lines = linesFor(input.persona.language);
  const human = detectHumanRequest(question);
  if (human.requested || input.personRequested) {
    if (input.waitingForPerson) return { reply: { text: lines.stillWaiting, citations: [] }, memory };
    if (!memory.alternativesOffered) {
      const offer = await alternatives(question, human.evidence, input.retrieve, lines);
      if (offer) return { reply: offer, memory: { ...memory, alternativesOffered: true } };
    }
    // Not streamed: the conversation says it only once routing has answered (it may be a fallback).
    return {
      reply: { text: lines.personComing, citations: [], handoff: { reason: 'human_request' } },
      memory,
    };
  }
  if (input.model) {
    const reply = await runLlmTurn({ ...input, question, model: input.model });
    if (reply.handoff && input.waitingForPerson) delete reply.handoff;
    return { reply, memory };
  }
  const reply = composeKbAnswer(question, await input.retrieve(question), lines);
  // Already waiting for a person: no "talk to a person" button that would only repeat that.
  if (input.waitingForPerson) reply.options = reply.options?.filter((o) => !isPersonChoice(o));
  // Complete at once: no stream frames, the final message is the answer.
  return { reply, memory };
}

/**
 * "I want to talk to someone about my invoice": when the knowledge base covers the topic,
 * offer those concrete answers first (once), with a person still one tap away.
 */
async function alternatives(
  question: string,
  evidence: string | null,
  retrieve: Retriever,
  lines: Lines,
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
    text: lines.alternatives,
    citations: [],
    options: [...options, lines.talkToPerson],
    confidence: r.confidence,
  };
}
