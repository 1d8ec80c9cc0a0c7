import { LATER_TEXT_MODEL, OTHER_TEXT_MODEL, TEXT_MODEL } from './model/weights';
import { LATER_LANGUAGES, OTHER_LANGUAGES } from './otherLanguages';
import { type Tokenized, wordsIn } from './text';
import { logistic, type Sentence, sentences, textFeatures, thanksSentence } from './textFeatures';

/**
 * A small linear model over the message's words, word pairs and letter n-grams (hashed), one
 * logistic scorer per label: "asks for a person" and "complains". It backs up the hand-written
 * detectors (humanRequest.ts, frustration.ts), which read sentence shapes precisely but miss
 * wordings nobody wrote a rule for; letter n-grams carry over to inflections, typos and the
 * seven languages' shared roots. Trained by scripts/triage/train.ts on Baton's own labelled
 * cases in seven languages, with CLINC150's training questions as everyday routine ones; never
 * on the public evaluation lines or the held-out fixture, which stay tests.
 */

export type TextLabel = (typeof TEXT_MODEL.labels)[number];
export type TextScores = Record<TextLabel, number>;

type Model = typeof TEXT_MODEL | typeof OTHER_TEXT_MODEL | typeof LATER_TEXT_MODEL;

const decodedWeights = new Map<Model, Int8Array>();

function decoded(model: Model): Int8Array {
  let weights = decodedWeights.get(model);
  if (!weights) {
    const bin = atob(model.weights);
    // Weights hashed with another table size would score garbage: retrain (scripts/triage/train.ts).
    if (bin.length !== model.labels.length << model.bits)
      throw new Error('text model: feature size mismatch');
    weights = new Int8Array(bin.length);
    for (let i = 0; i < bin.length; i++) weights[i] = (bin.charCodeAt(i) << 24) >> 24;
    decodedWeights.set(model, weights);
  }
  return weights;
}

/**
 * The model for a language group, each trained apart so that adding one leaves the others'
 * weights as they were: the nine later languages' (trained on the seventeen's cases too), the
 * seventeen's, and the seven's for the rest, which shares their Latin roots.
 */
export const modelFor = (language: string): Model =>
  LATER_LANGUAGES.includes(language)
    ? LATER_TEXT_MODEL
    : OTHER_LANGUAGES.includes(language)
      ? OTHER_TEXT_MODEL
      : TEXT_MODEL;

/** Sentences shorter than this are not scored alone (too little to read intent from). */
const MIN_SENTENCE_TOKENS = 3;

/**
 * Probability per label, from the stored weights: the whole message's, or one of its sentences'
 * when that is higher ("… long story about the bill. can someone from billing call me?"). When
 * another sentence is the question, a statement is context, not the ask: "I spoke to an agent
 * yesterday. What was the reference number?" asks for a number.
 */
export function textModelScores(t: Tokenized, language = 'en'): TextScores {
  const model = modelFor(language);
  const parts = sentences(t);
  const out = scoreSentences(t, parts, model);
  // A sentence of thanks names the staff it praises ("thanks to nurse Laura for…"): not an ask
  // for them. The request score comes from the message without it, and from the other sentences
  // ("thanks for nothing" still counts as a complaint).
  const rest = parts.filter((p) => !thanksSentence(t, p));
  if (parts.length > 1 && rest.length < parts.length) {
    const view = { ...t, tokens: rest.flatMap((p) => t.tokens.slice(p.from, p.to)) };
    out.human_request = view.tokens.length ? scoreSentences(view, sentences(view), model).human_request : 0;
  }
  return out;
}

/** The best score per label over the message taken whole and over its sentences. */
function scoreSentences(t: Tokenized, parts: Sentence[], model: Model): TextScores {
  const out = scoreFeatures(textFeatures(t, 0, t.tokens.length, model.bits), model);
  if (parts.length <= 1) return out;
  const asks = parts.some((p) => p.question);
  for (const p of parts) {
    if (wordsIn(t.tokens.slice(p.from, p.to)) < MIN_SENTENCE_TOKENS || (asks && !p.question)) continue;
    const s = scoreFeatures(textFeatures(t, p.from, p.to, model.bits), model);
    for (const label of TEXT_MODEL.labels) out[label] = Math.max(out[label], s[label]);
  }
  return out;
}

function scoreFeatures(f: number[], model: Model): TextScores {
  const w = decoded(model);
  const out = {} as TextScores;
  model.labels.forEach((label, c) => {
    out[label] = logistic(f, w, c << model.bits, model.scale[c]!, model.bias[c]!);
  });
  return out;
}
