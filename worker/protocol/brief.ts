import { z } from 'zod';

// The handoff brief: what the agent reads before accepting a conversation, so the customer never
// repeats anything. Written by triage (worker/triage/brief.ts, or an LLM when a key is set).

/** Why the conversation needs a person. */
export const HandoffReason = z.enum(['human_request', 'frustration', 'intent_gap', 'complexity', 'rule']);
export type HandoffReason = z.infer<typeof HandoffReason>;

export const BriefUrgency = z.enum(['low', 'normal', 'high', 'urgent']);
export type BriefUrgency = z.infer<typeof BriefUrgency>;

export const BriefMood = z.enum(['satisfied', 'neutral', 'frustrated', 'angry']);
export type BriefMood = z.infer<typeof BriefMood>;

/** Something the bot did before the handoff, and how it went. */
export const BriefStep = z.object({
  /** `answer`: replied from the knowledge base or the model; `action`: called a workspace action. */
  kind: z.enum(['answer', 'action']),
  summary: z.string().max(300),
  /** Actions: succeeded or not. Answers: whether the visitor seemed satisfied (null: unknown). */
  ok: z.boolean().nullable(),
  /** Action result or cited articles, shortened. */
  detail: z.string().max(500).optional(),
});
export type BriefStep = z.infer<typeof BriefStep>;

export const BriefEntity = z.object({
  type: z.enum(['order', 'email', 'phone', 'amount', 'plan', 'url']),
  value: z.string().max(200),
});
export type BriefEntity = z.infer<typeof BriefEntity>;

export const Brief = z.object({
  version: z.literal(1),
  /** `rules`: built from the transcript and triage data; `llm`: written by the model. */
  source: z.enum(['rules', 'llm']),
  createdAt: z.number().int(),
  /** One line for the offer card: intent, and why a person is needed. */
  headline: z.string().max(300),
  /** What the customer is trying to accomplish. */
  intent: z.string().max(500),
  /** Where things stand now. */
  state: z.string().max(500),
  /** What the customer said that matters, in their words (shortened), oldest first. */
  discussed: z.array(z.string().max(300)).max(12),
  /** What the bot tried (answers, actions) and the results. */
  tried: z.array(BriefStep).max(12),
  /** What the agent should do first. */
  nextStep: z.string().max(500),
  sentiment: z.object({
    mood: BriefMood,
    /** Latest message, -1..1. */
    score: z.number(),
    /** Change over the last messages (negative: getting worse). */
    trend: z.number(),
  }),
  urgency: BriefUrgency,
  entities: z.array(BriefEntity).max(30),
  customer: z.object({
    name: z.string().nullable(),
    email: z.string().nullable(),
    attributes: z.record(z.string(), z.string()),
    /** ISO 639-1: reply in this language. */
    language: z.string(),
  }),
  trigger: z.object({
    reason: HandoffReason.nullable(),
    evidence: z.array(z.string().max(300)).max(12),
    /** Predictive escalation score when the brief was written, 0..1. */
    score: z.number(),
  }),
});
export type Brief = z.infer<typeof Brief>;
