import { isPersonChoice, type Lines } from '../lines';
import { en } from '../lines/en';
import type { Citation } from '../protocol';
import { condense } from './condense';
import type { BotReply, Passage, Retrieval } from './types';

/** From this calibrated confidence the bot answers plainly. */
export const ANSWER_THRESHOLD = 0.5;
/**
 * Between this and ANSWER_THRESHOLD it answers with a hedge ("I think this is it…") and a way
 * out; below it, it says it doesn't know. On the demo help centre the band holds mostly right
 * answers worded unlike the article, and almost no off-topic questions (see the knowledge README).
 */
export const HEDGE_THRESHOLD = 0.25;

/**
 * Two articles this close (the runner-up's score at least this share of the best's) are a close
 * call: lexical scores cannot tell "where is my package" (tracking) from "packaging" (damaged
 * items), so the bot asks which one rather than answer confidently from either.
 */
export const CLOSE_CALL = 0.9;

/**
 * The bot's answer to a visitor upset from their first message, with a person one tap away.
 * Null when it has nothing to offer — below the hedge it only says it doesn't know, and an upset
 * visitor gets a person then.
 */
export function forUpsetVisitor(reply: BotReply, lines: Lines): BotReply | null {
  if ((reply.confidence ?? 1) < HEDGE_THRESHOLD) return null;
  const options = reply.options ?? [];
  return options.some(isPersonChoice) ? reply : { ...reply, options: [...options, lines.talkToPerson] };
}

function citationsOf(passages: Passage[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const p of passages)
    if (!seen.has(p.documentId)) seen.set(p.documentId, { title: p.title, url: p.url });
  return [...seen.values()];
}

/**
 * Knowledge-base mode (no model): answer from the best passage, condensed, with its
 * source (hedged when the match is middling); or say plainly that it doesn't know and offer
 * ways forward. The bot's own words are in the visitor's language (`lines`); the passages are
 * the knowledge base's.
 */
export function composeKbAnswer(question: string, r: Retrieval, lines: Lines = en): BotReply {
  const [top, second] = r.passages;
  if (!top || r.confidence < HEDGE_THRESHOLD) return lowConfidence(r, lines);
  const choice = closeCall(r, lines);
  if (choice) return choice;
  const sure = r.confidence >= ANSWER_THRESHOLD;
  // The top document's best passages together: an intro chunk alone rarely holds the answer.
  const sameDoc = r.passages.filter((p) => p.documentId === top.documentId).slice(0, 3);
  const body = condense(
    question,
    sameDoc.map((p) => p.text),
  );
  // A second passage from another document joins the sources when it is nearly as good.
  const used =
    second && second.documentId !== top.documentId && second.score >= top.score * 0.8 ? [top, second] : [top];
  const sources = lines.moreIn(used.map((p) => p.title).join(', '));
  return sure
    ? {
        text: `${body}\n\n${sources}`,
        citations: citationsOf(used),
        options: [lines.notIt],
        confidence: r.confidence,
      }
    : {
        text: lines.hedged(body, sources),
        citations: citationsOf(used),
        options: [lines.notIt, lines.talkToPerson],
        confidence: r.confidence,
      };
}

function lowConfidence(r: Retrieval, lines: Lines): BotReply {
  const related = citationsOf(r.passages.slice(0, 3));
  const text = related.length ? lines.unsureRelated : lines.noAnswer;
  return { text, citations: related, options: [lines.talkToPerson], confidence: r.confidence };
}

/**
 * Two different articles nearly tied: "Which of these is it about?" with both articles as
 * one-tap choices (the title is sent as the visitor's message and answered from that article),
 * and a person.
 */
function closeCall(r: Retrieval, lines: Lines): BotReply | null {
  const [top] = r.passages;
  // Fused scores follow ranks (1/(k + rank)): neighbours are always "close".
  if (!top || r.fused) return null;
  const rival = r.passages.find((p) => p.documentId !== top.documentId);
  if (!rival || rival.score < top.score * CLOSE_CALL) return null;
  const a = top.title;
  const b = rival.title;
  if (a.toLowerCase() === b.toLowerCase()) return null;
  return {
    text: lines.whichOne,
    citations: citationsOf([top, rival]),
    options: [{ label: a, value: a }, { label: b, value: b }, lines.talkToPerson],
    confidence: r.confidence,
  };
}
