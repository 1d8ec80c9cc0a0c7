import { HEDGE_THRESHOLD } from '../bot/kbAnswer';
import type { Retrieval } from '../bot/types';
import { HandoffReason, type Message } from '../protocol';
import {
  assessMessage,
  type BriefInput,
  botAdmitsGap,
  botAsksIfHelped,
  botRepeats,
  buildBrief,
  type Decision,
  type ExternalSignals,
  initialTriageState,
  type Rule,
  type TriageState,
} from '../triage';
import type { Meta } from './transcript';

export interface TriageStepInput {
  meta: Meta;
  text: string;
  retrieval: Retrieval | null;
  rules: Rule[];
  /** The bot's previous reply, to know whether it admitted a gap. */
  lastBotReply: Message | null;
  /** The bot's replies before that, newest first: did the last one only say one of them again? */
  earlierBotReplies?: Message[];
  /** LLM mode: the bot's replies carry no calibrated confidence, so their words tell a gap. */
  llmMode?: boolean;
  now: number;
  /** A model's reading of the message (LLM mode), merged over the built-in detectors. */
  signals?: ExternalSignals;
}

export interface Assessment {
  state: TriageState;
  decision: Decision;
}

/** Triage of a visitor turn from the conversation's triage state so far; changes nothing. */
export function assessTurn(input: TriageStepInput): Assessment {
  const { meta } = input;
  return assessMessage(triageSoFar(meta), {
    text: input.text,
    retrieval: input.retrieval
      ? { confidence: input.retrieval.confidence, topic: input.retrieval.passages[0]?.title ?? null }
      : null,
    botAdmittedGap: admittedGap(input.lastBotReply, input.llmMode === true),
    botAskedIfHelped: input.lastBotReply ? botAsksIfHelped(input.lastBotReply.body) : false,
    botRepeated: input.lastBotReply
      ? botRepeats(
          input.lastBotReply.body,
          (input.earlierBotReplies ?? []).map((m) => m.body),
        )
      : false,
    contact: { attributes: meta.contactAttributes ?? {} },
    now: new Date(input.now),
    rules: input.rules,
    ...(input.signals ? { signals: input.signals } : {}),
  });
}

/**
 * Records a turn's triage on the conversation's meta (state, score, language, priority,
 * department). Pure: the caller persists.
 */
export function applyAssessment(meta: Meta, { state, decision }: Assessment): Decision {
  meta.triage = state;
  meta.score = decision.score;
  meta.sentiment = decision.sentiment;
  meta.language = decision.language;
  if (decision.priority) meta.priority = decision.priority;
  if (decision.department) meta.department = decision.department;
  meta.lastDecision = decision;
  return decision;
}

function admittedGap(reply: Message | null, llmMode: boolean): boolean {
  if (!reply) return false;
  if (llmMode) return botAdmitsGap(reply.body);
  // Below the hedge the KB answer was "I don't know"; a hedged answer is not an admission.
  return (reply.data?.confidence ?? 1) < HEDGE_THRESHOLD;
}

/**
 * The conversation's triage so far; before its first turn, the visitor's language as the widget
 * gave it, so a first "hi" or "ok" is read (and answered) in it.
 */
const triageSoFar = (meta: Meta): TriageState =>
  meta.triage ?? { ...initialTriageState, language: meta.language ?? null };

/** Runs triage on a visitor turn and records it on the meta. */
export function triageTurn(input: TriageStepInput): Decision {
  return applyAssessment(input.meta, assessTurn(input));
}

/** What the brief is written from: everything so far. */
export function briefInputOf(meta: Meta, transcript: Message[], decision: Decision, now: number): BriefInput {
  return {
    // The greeting is not something the bot tried.
    transcript: transcript.filter((m) => m.clientId !== 'greeting'),
    triage: triageSoFar(meta),
    decision,
    contact: {
      name: meta.contactName,
      email: meta.contactEmail ?? null,
      attributes: meta.contactAttributes ?? {},
    },
    now,
  };
}

/** The brief the agent reads, built deterministically. */
export function briefOf(meta: Meta, transcript: Message[], decision: Decision, now: number) {
  return buildBrief(briefInputOf(meta, transcript, decision, now));
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
