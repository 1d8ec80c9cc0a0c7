import type { Retrieval } from '../bot/types';
import { HandoffReason, type Message } from '../protocol';
import { assessMessage, buildBrief, type Decision, initialTriageState, type Rule } from '../triage';
import type { Meta } from './transcript';

/** Below this the bot's last answer counted as "I don't know" (same threshold the KB answer uses). */
const ADMITTED_GAP_CONFIDENCE = 0.5;

export interface TriageStepInput {
  meta: Meta;
  text: string;
  retrieval: Retrieval | null;
  rules: Rule[];
  /** The bot's previous reply, to know whether it admitted a gap. */
  lastBotReply: Message | null;
  now: number;
}

/**
 * Runs triage on a visitor turn and records the outcome on the conversation's meta
 * (state, score, language, priority, department). Pure: the caller persists.
 */
export function triageTurn(input: TriageStepInput): Decision {
  const { meta } = input;
  const { state, decision } = assessMessage(meta.triage ?? initialTriageState, {
    text: input.text,
    retrieval: input.retrieval
      ? { confidence: input.retrieval.confidence, topic: input.retrieval.passages[0]?.title ?? null }
      : null,
    botAdmittedGap: (input.lastBotReply?.data?.confidence ?? 1) < ADMITTED_GAP_CONFIDENCE,
    contact: { attributes: meta.contactAttributes ?? {} },
    now: new Date(input.now),
    rules: input.rules,
  });
  meta.triage = state;
  meta.score = decision.score;
  meta.sentiment = decision.sentiment;
  meta.language = decision.language;
  if (decision.priority) meta.priority = decision.priority;
  if (decision.department) meta.department = decision.department;
  return decision;
}

/** The brief the agent reads, from everything so far. */
export function briefOf(meta: Meta, transcript: Message[], decision: Decision, now: number) {
  return buildBrief({
    // The greeting is not something the bot tried.
    transcript: transcript.filter((m) => m.clientId !== 'greeting'),
    triage: meta.triage ?? initialTriageState,
    decision,
    contact: {
      name: meta.contactName,
      email: meta.contactEmail ?? null,
      attributes: meta.contactAttributes ?? {},
    },
    now,
  });
}

/**
 * The decision as the brief should tell it: when the bot or the model handed off for a reason
 * triage did not flag itself, that reason is the trigger (free text becomes evidence).
 */
export function withHandoffReason(decision: Decision, reason: string | null): Decision {
  if (!reason || (decision.escalate && decision.reason)) return decision;
  const known = HandoffReason.safeParse(reason);
  return {
    ...decision,
    escalate: true,
    reason: known.success ? known.data : 'intent_gap',
    evidence: known.success ? decision.evidence : [reason, ...decision.evidence],
  };
}
