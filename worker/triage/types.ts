import { z } from 'zod';
import { BriefUrgency, HandoffReason } from '../protocol/brief';
import type { Rule } from './rules';

/** Why a person is needed (the protocol's HandoffReason: the console shows it). */
export const TriageReason = HandoffReason;
export type TriageReason = HandoffReason;

export const Priority = BriefUrgency;
export type Priority = BriefUrgency;

/** Content-word signature of one visitor question, for "asked the same thing again". */
export const QuestionSig = z.array(z.string().max(12)).max(12);

/**
 * What triage remembers of a conversation between messages: small, plain data that the
 * conversation object stores as it is (and parses back with this schema).
 */
export const TriageState = z.object({
  v: z.literal(1),
  /** Visitor messages assessed. */
  turns: z.number().int().nonnegative(),
  /** Sentiment of the last visitor messages, oldest first. */
  sentiments: z.array(z.number()).max(8),
  /** Distress (0..1: negativity plus anger, persistence and shouting cues) of the same messages. */
  distress: z.array(z.number()).max(8),
  /** Signatures of the last visitor questions, oldest first. */
  questions: z.array(QuestionSig).max(6),
  /** Times the knowledge base had no answer, the bot said it couldn't help, or the visitor said it didn't. */
  gaps: z.number().int().nonnegative(),
  notHelped: z.number().int().nonnegative(),
  repeats: z.number().int().nonnegative(),
  /** Requests for a person so far (the bot may have offered alternatives first). */
  humanAsks: z.number().int().nonnegative(),
  /** Messages with complexity evidence (several issues, sensitive topics, large amounts). */
  complex: z.number().int().nonnegative(),
  /** Lowest sentiment seen. */
  low: z.number(),
  language: z.string().max(8).nullable(),
  /** Last predictive score. */
  score: z.number(),
  /** First escalation, once it happened: reason and turn. */
  escalated: z.object({ reason: TriageReason, turn: z.number().int() }).nullable(),
  /**
   * The first message complained and the bot answers first: thanks settles it, staying upset
   * hands off (see "upset at the start" in assess.ts).
   */
  upset: z.boolean().optional(),
  /** What the first message said that read as upset, quoted in later turns' evidence. */
  upsetQuote: z.string().max(80).optional(),
});
export type TriageState = z.infer<typeof TriageState>;

export const initialTriageState: TriageState = Object.freeze({
  v: 1,
  turns: 0,
  sentiments: [],
  distress: [],
  questions: [],
  gaps: 0,
  notHelped: 0,
  repeats: 0,
  humanAsks: 0,
  complex: 0,
  low: 0,
  language: null,
  score: 0,
  escalated: null,
}) as TriageState;

export const Decision = z.object({
  escalate: z.boolean(),
  reason: TriageReason.nullable(),
  /** Why, in short quotable pieces ("asked for a person: 'talk to a human'"). First one is the reason's. */
  evidence: z.array(z.string()),
  /** This message's sentiment, -1..1. */
  sentiment: z.number(),
  /** Change against the previous messages (negative: getting worse). */
  trend: z.number(),
  /** ISO 639-1. */
  language: z.string(),
  /** Predictive escalation score for the conversation after this message, 0..1. */
  score: z.number(),
  priority: Priority.optional(),
  department: z.string().optional(),
  /** False when a rule says a person must answer this conversation, not the bot. */
  botMayAnswer: z.boolean(),
  /**
   * The only trigger is a first weak knowledge-base match, or a first message's complaint (no
   * repeat contact, nothing else): real enough to report, but a conversation lets the bot try
   * (with a person one tap away) and escalates if it recurs or the visitor stays upset.
   */
  tentative: z.boolean().optional(),
});
export type Decision = z.infer<typeof Decision>;

/** Everything assessMessage needs besides the state. All plain data; nothing is fetched. */
export interface AssessInput {
  text: string;
  /**
   * What the knowledge base found for this message (calibrated confidence that it covers it;
   * the top document's title as its topic). Null/absent: no knowledge-base judgement.
   */
  retrieval?: { confidence: number; topic?: string | null } | null;
  /** The bot's previous reply admitted it could not help (KB mode: low confidence; LLM: said so). */
  botAdmittedGap?: boolean;
  /** The bot's previous reply asked whether it helped ("Did that answer your question?"). */
  botAskedIfHelped?: boolean;
  /** The bot's previous reply said again what an earlier reply of its said: it is going in circles. */
  botRepeated?: boolean;
  contact: { attributes: Record<string, string>; pageUrl?: string };
  now: Date;
  rules: Rule[];
  /** Signals from a plugged-in classifier (an LLM), merged over the built-in ones. */
  signals?: ExternalSignals;
  options?: TriageOptions;
}

export interface TriageOptions {
  /** Money amounts at or above this, in a dispute/refund context, count as complexity (default 1000). */
  amountThreshold?: number;
  /** Retrieval confidence below this is an intent gap (default: the knowledge base's GAP_THRESHOLD). */
  gapThreshold?: number;
}

/**
 * What an external classifier may contribute. Any field left out keeps the built-in value.
 * See llm.ts for one built on the AI SDK.
 */
export interface ExternalSignals {
  humanRequest?: boolean;
  /** -1..1 */
  sentiment?: number;
  frustrated?: boolean;
  complaint?: boolean;
  notHelped?: boolean;
  complex?: boolean;
  language?: string;
  /** Short free-text topic ("refund for a damaged item"), used by topic rules. */
  topic?: string;
  evidence?: string[];
}
