import { isPersonChoice, isWayOut } from '../lines';
import type { Brief, BriefEntity, BriefMood, BriefStep, Message } from '../protocol';
import { type Entities, extractEntities, mergeEntities } from './entities';
import { detectHumanRequest } from './humanRequest';
import { isSmallTalk, questionSignature, saysNotHelped } from './intentGap';
import { detectLanguage } from './language';
import { readOtherLanguage } from './otherLanguages';
import { type Tokenized, tokenize } from './text';
import type { Decision, TriageState } from './types';

// The brief an agent reads before taking over, built deterministically from the transcript and
// the triage data (no model needed). llm.ts can have a model rewrite the prose fields; the facts
// — steps, entities, identity, trigger — always come from here.

export interface BriefInput {
  transcript: Message[];
  triage: TriageState;
  decision: Decision;
  contact: { name: string | null; email: string | null; attributes: Record<string, string> };
  /** Epoch ms; defaults to the last message's time. */
  now?: number;
}

const MAX_DISCUSSED = 8;
const MAX_STEPS = 10;

/** Cuts at a word boundary and marks the cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?-]+$/, '')}…`;
}

const firstSentence = (text: string) => {
  const m = /^(.+?[.!?])(\s|$)/s.exec(text.trim());
  return m ? m[1]! : text;
};

const REASON_LABEL: Record<NonNullable<Decision['reason']>, string> = {
  human_request: 'asked for a person',
  frustration: 'frustrated',
  intent_gap: 'the bot could not answer',
  complexity: 'complex case',
  rule: 'workspace rule',
};

function moodOf(decision: Decision, triage: TriageState): BriefMood {
  const s = decision.sentiment;
  const distress = triage.distress[triage.distress.length - 1] ?? 0;
  // (upset a message or two ago and calm in the last one — "I'd like a person." — is still upset)
  const recent = Math.max(0, ...triage.distress.slice(-3));
  if (s <= -0.6 || (decision.reason === 'frustration' && distress >= 0.8)) return 'angry';
  if (s <= -0.2 || decision.reason === 'frustration' || recent >= 0.4) return 'frustrated';
  if (s >= 0.3) return 'satisfied';
  return 'neutral';
}

/** Sentences of a message, with their offsets. */
const SENTENCE = /[^.!?\n。！？]+(?:[.!?。！？]+|$)/g;
/**
 * Where a clause starts or ends: punctuation, a conjunction (seven languages), or a space between
 * Thai words (Thai writes no commas: a space sets its phrases apart).
 */
const CLAUSE_BREAK =
  /[,;:\u2013\u2014、，；：]|\b(?:and|but|so|because|y|pero|porque|et|mais|und|aber|weil|denn|e|mas|maar|omdat)\b|(?<=\p{Script=Thai})\s+(?=\p{Script=Thai})/giu;
/** A topic after the request: "… about my invoice", "… regarding the refund", "… sobre mi pedido". */
const TOPIC =
  /^\s*(?:about|regarding|concerning|re|with regard to|sobre|acerca de|respecto a|à propos de|au sujet de|concernant|über|wegen|bezüglich|a respeito de|su|riguardo a|riguardo|in merito a|over|betreffende|omtrent)\s+(?=\S)/iu;
/** The same words anywhere in a clause. */
const TOPIC_IN = new RegExp(`(?:^|\\s)${TOPIC.source.replace(/^\^\\s\*/, '')}`, 'iu');
/**
 * A purpose after the request: "… a human to cancel my plan", "… someone who can fix my bill",
 * "… alguien que pueda ayudarme con mi pedido", "… someone to help | me with my refund".
 */
const PURPOSE =
  /^\s*(?:to|in order to|so that|para|pour|um|per|om|(?:who|that|que|qui|der|die|che)\s+(?:can|could|will|would|puede|pueda|peut|puisse|kann|pode|possa|può|kan)|(?:(?:me|us|mir|moi|mij)\s+)?(?:with|con|avec|bei|com|met))\s+(?=\S)/iu;

const hasContent = (text: string) => questionSignature(tokenize(text)).length > 0;
const tidy = (text: string) => text.replace(/^[\s,.;:!?\u2013\u2014-]+|[\s,;:\u2013\u2014-]+$/g, '');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A sentence without the request for a person at [from, to): the clause that asks is cut out
 * whole, keeping what the customer says around it — the rest of the sentence ("My parcel
 * arrived damaged and I want to talk to someone about it" → "My parcel arrived damaged"), or
 * the topic the request names ("I want to talk to someone about my invoice" → "About my
 * invoice"; "get me a human to cancel my plan" → "Cancel my plan").
 */
function withoutRequest(sentence: string, from: number, to: number): string {
  const pre = sentence.slice(0, from);
  const post = sentence.slice(to);
  // Before: everything up to the break that opens the request's clause.
  let clauseStart = 0;
  for (const m of pre.matchAll(CLAUSE_BREAK)) clauseStart = m.index;
  const before = tidy(pre.slice(0, clauseStart));
  // After: a named topic or purpose stays; otherwise the request's clause runs to the next break.
  let after = '';
  CLAUSE_BREAK.lastIndex = 0;
  const brk = CLAUSE_BREAK.exec(post);
  const clause = brk ? post.slice(0, brk.index) : post;
  // The topic may follow a word or two left of the request ("mit einem Mitarbeiter sprechen wegen…").
  const topic = TOPIC_IN.exec(clause);
  const lead = topic ? clause.slice(0, topic.index).trim().split(/\s+/).filter(Boolean).length : 0;
  if (topic && lead <= 2) {
    const rest = post.slice(topic.index);
    after = hasContent(rest.replace(TOPIC, '')) ? tidy(rest) : '';
  } else if (PURPOSE.test(post)) after = tidy(post.replace(PURPOSE, ''));
  else if (brk) after = tidy(post.slice(brk.index + brk[0].length));
  return [before, after]
    .filter(hasContent)
    .map((x, i) => (i === 0 ? capitalise(x) : x))
    .join(' — ');
}

/**
 * The words that ask for a person: the seven languages' rules, else the other languages' word
 * lists ("хочу поговорить с оператором", "人工客服に繋いで").
 */
function requestWords(body: string, t: Tokenized): string | null {
  const human = detectHumanRequest(body);
  if (human.requested && human.evidence) return human.evidence;
  return readOtherLanguage(t, detectLanguage(body, t, null)).request;
}

/** What the customer wants: their first real question, without "let me talk to someone". */
function intentOf(visitor: Message[]): string | null {
  for (const m of visitor) {
    const t = tokenize(m.body);
    if (isSmallTalk(t)) continue;
    if (questionSignature(t).length < 2) continue;
    const asked = requestWords(m.body, t);
    let body = m.body;
    const at = asked ? m.body.toLowerCase().indexOf(asked.toLowerCase()) : -1;
    if (at >= 0) {
      // The sentence that asks loses its request clause; the other sentences stay as written.
      const end = at + asked!.length;
      const kept: string[] = [];
      for (const s of m.body.matchAll(SENTENCE)) {
        const start = s.index;
        const text = s[0];
        if (at >= start && at < start + text.length) {
          const rest = withoutRequest(text, at - start, Math.min(end - start, text.length));
          if (rest)
            // (Thai ends a sentence with a space, not a full stop)
            kept.push(
              /[.!?。！？\p{Script=Thai}]$/u.test(rest)
                ? rest
                : `${rest}${/[?？]\s*$/.test(text) ? '?' : '.'}`,
            );
        } else if (hasContent(text)) kept.push(text.trim());
      }
      body = kept.join(' ');
      if (!hasContent(body)) continue;
    }
    return shorten(capitalise(body.replace(/^[\s,.;:!?-]+/, '')), 200);
  }
  return null;
}

function entityList(e: Entities, attributes: Record<string, string>): BriefEntity[] {
  const out: BriefEntity[] = [];
  const add = (type: BriefEntity['type'], value: string) => {
    if (!out.some((x) => x.type === type && x.value.toLowerCase() === value.toLowerCase()))
      out.push({ type, value: shorten(value, 200) });
  };
  for (const [k, v] of Object.entries(attributes)) {
    if (/^(order|order_?id|order_?number|last_?order)$/i.test(k) && v) add('order', v);
  }
  for (const x of e.orderNumbers) add('order', x);
  for (const x of e.emails) add('email', x);
  for (const x of e.phones) add('phone', x);
  for (const x of e.amounts) add('amount', x.currency ? `${x.value} ${x.currency}` : x.text);
  if (e.planTier) add('plan', e.planTier);
  for (const x of e.urls) add('url', x);
  return out.slice(0, 30);
}

function stepsOf(transcript: Message[]): BriefStep[] {
  const steps: BriefStep[] = [];
  for (let i = 0; i < transcript.length; i++) {
    const m = transcript[i]!;
    const choices = m.kind === 'bot' ? choicesOf(m) : [];
    if (m.kind === 'action' && m.data?.action) {
      const a = m.data.action;
      steps.push({
        kind: 'action',
        summary: shorten(`${a.name}(${a.input})`, 300),
        ok: a.ok,
        detail: shorten(a.result, 500),
      });
    } else if (choices.length > 1) {
      steps.push(
        choiceStep(
          choices,
          transcript.slice(i + 1).find((x) => x.kind === 'visitor'),
        ),
      );
    } else if (m.kind === 'bot' && m.data?.confidence !== undefined) {
      // (A bot line without a confidence is no answer: "a person is coming", "want a person?".)
      // Whether the answer helped: the visitor's next message says so, or the bot itself was unsure.
      const next = transcript.slice(i + 1).find((x) => x.kind === 'visitor');
      const unsure = m.data.confidence < 0.5;
      const rejected = next ? saysNotHelped(tokenize(next.body)) !== null : false;
      const cited = m.data?.citations?.map((c) => c.title) ?? [];
      const step: BriefStep = {
        kind: 'answer',
        summary: shorten(firstSentence(m.body), 300),
        ok: rejected || unsure ? false : null,
      };
      if (cited.length) step.detail = shorten(`Sources: ${cited.join(', ')}`, 500);
      steps.push(step);
    }
  }
  // Keep the latest steps when there are many; the first answer is usually the greeting.
  return steps.length > MAX_STEPS ? steps.slice(-MAX_STEPS) : steps;
}

/** The topics a bot message offered as taps (its ways out aside). */
const choicesOf = (m: Message) => (m.data?.options ?? []).filter((o) => !isWayOut(o));

/**
 * A choice of topics ("Is it one of these?") as the agent needs it: what was offered, and what
 * the visitor did with it. Its first sentence ("I can help with that right here") says nothing.
 */
function choiceStep(choices: { label: string; value: string }[], next: Message | undefined): BriefStep {
  const summary = shorten(`Offered a choice: ${choices.map((c) => c.label).join(' · ')}`, 300);
  if (!next) return { kind: 'answer', summary, ok: null };
  const said = next.body.trim().toLowerCase();
  const picked = choices.find((c) => c.value.toLowerCase() === said || c.label.toLowerCase() === said);
  if (picked) return { kind: 'answer', summary, ok: null, detail: shorten(`Picked "${picked.label}"`, 500) };
  const person =
    isPersonChoice({ label: next.body, value: next.body }) || detectHumanRequest(next.body).requested;
  return {
    kind: 'answer',
    summary,
    ok: false,
    detail: person ? 'Asked for a person instead' : shorten(`None of them: "${next.body.trim()}"`, 500),
  };
}

function nextStepOf(
  input: BriefInput,
  intent: string | null,
  steps: BriefStep[],
  entities: BriefEntity[],
  mood: BriefMood,
): string {
  const { decision, contact } = input;
  const who = contact.name?.split(/\s+/)[0] || 'the customer';
  const order = entities.find((e) => e.type === 'order')?.value;
  const topic = intent ? `"${shorten(intent, 120)}"` : 'their request';
  const failed = steps.filter((s) => s.kind === 'action' && s.ok === false).at(-1);
  const parts: string[] = [];
  if (mood === 'angry' || mood === 'frustrated')
    parts.push(`Acknowledge ${who}'s frustration and apologise for the wait before anything else.`);
  if (failed) parts.push(`The bot's ${failed.summary.split('(')[0]} step failed — do it manually.`);
  const evidence = decision.evidence.join(' ');
  switch (decision.reason) {
    case 'frustration': {
      // What the customer put at stake comes before the topic: it decides how the agent opens.
      const stake = (kind: string) =>
        decision.evidence.find((e) => e.startsWith(`${kind}: `))?.slice(kind.length + 2);
      const leaving = stake('threatens to leave');
      const chargeback = stake('threatens a chargeback');
      const demand = stake('formal demand');
      if (leaving)
        parts.push(
          `They say they will leave (${leaving}): say what you will do so it does not happen again.`,
        );
      if (chargeback)
        parts.push(`They mention a chargeback (${chargeback}): settle the payment before they dispute it.`);
      if (demand)
        parts.push(`A formal demand (${demand}): follow the legal-escalation policy; make no commitments.`);
      parts.push(defaultNext(intent, topic, order, who));
      break;
    }
    case 'complexity':
      if (/\bsecurity\b/.test(evidence))
        parts.push(
          'Treat as a security incident: verify identity, secure the account, review recent activity.',
        );
      else if (/\blegal\b/.test(evidence))
        parts.push('Legal matter: follow the legal-escalation policy; make no commitments.');
      else if (/\bmedical\b/.test(evidence))
        parts.push('Possible health/safety issue: follow the safety procedure first.');
      else if (/\bamount\b/.test(evidence))
        parts.push('Review the disputed amount and the account history before replying.');
      parts.push(
        `Resolve ${topic}${order ? ` (order ${order})` : ''}; the customer raised several points — answer each.`,
      );
      break;
    case 'intent_gap':
      parts.push(
        `Answer ${topic}${order ? ` (order ${order})` : ''} — the knowledge base had no good answer; consider adding one.`,
      );
      break;
    case 'rule':
      parts.push(
        `Handle ${topic}${decision.department ? ` as ${decision.department}` : ''} (a workspace rule requires a person).`,
      );
      break;
    default:
      parts.push(defaultNext(intent, topic, order, who));
  }
  return shorten(parts.join(' '), 500);
}

const defaultNext = (intent: string | null, topic: string, order: string | undefined, who: string) =>
  intent
    ? `Pick up ${topic}${order ? ` (order ${order})` : ''} — it is explained above; don't ask ${who} to repeat it.`
    : `Greet ${who} and ask how you can help; they asked for a person before explaining.`;

function stateOf(input: BriefInput, steps: BriefStep[]): string {
  const { decision, triage } = input;
  const answers = steps.filter((s) => s.kind === 'answer').length;
  const actions = steps.filter((s) => s.kind === 'action');
  const bits: string[] = [];
  bits.push(
    `${triage.turns} customer message${triage.turns === 1 ? '' : 's'}, ${answers} bot answer${answers === 1 ? '' : 's'}`,
  );
  if (actions.length)
    bits.push(
      `${actions.length} action${actions.length === 1 ? '' : 's'} (${actions.filter((a) => a.ok).length} succeeded)`,
    );
  if (triage.gaps) bits.push(`${triage.gaps} unanswered`);
  if (triage.repeats) bits.push('asked the same question again');
  if (decision.reason) bits.push(`handoff: ${REASON_LABEL[decision.reason]}`);
  return shorten(`${bits.join('; ')}.`, 500);
}

export function buildBrief(input: BriefInput): Brief {
  const { transcript, triage, decision, contact } = input;
  const visitor = transcript.filter((m) => m.kind === 'visitor');
  const intent = intentOf(visitor);
  const steps = stepsOf(transcript);
  const entities = entityList(
    mergeEntities(visitor.map((m) => extractEntities(m.body, contact.attributes))),
    contact.attributes,
  );
  const mood = moodOf(decision, triage);

  const substantive = visitor.filter((m) => !isSmallTalk(tokenize(m.body)));
  const picked =
    substantive.length > MAX_DISCUSSED
      ? [...substantive.slice(0, 3), ...substantive.slice(-(MAX_DISCUSSED - 3))]
      : substantive;
  const discussed = picked.map((m) => shorten(m.body, 300));

  // "frustrated, frustrated" says nothing twice: for a frustration handoff the mood is the label.
  const feeling = mood === 'angry' || mood === 'frustrated' ? mood : null;
  const label = decision.reason ? REASON_LABEL[decision.reason] : 'no handoff trigger';
  const reasonLabel =
    decision.reason === 'frustration' ? (feeling ?? label) : feeling ? `${label}, ${feeling}` : label;
  const order = entities.find((e) => e.type === 'order')?.value;
  const headline = shorten(
    `${intent ? shorten(intent, 140) : 'No question yet'}${order && !intent?.includes(order) ? ` (order ${order})` : ''} — ${reasonLabel}`,
    300,
  );
  const email = contact.email ?? entities.find((e) => e.type === 'email')?.value ?? null;
  const lastAt = transcript[transcript.length - 1]?.at ?? 0;
  return {
    version: 1,
    source: 'rules',
    createdAt: input.now ?? lastAt,
    headline,
    intent: intent ?? 'Not stated yet.',
    state: stateOf(input, steps),
    discussed,
    tried: steps,
    nextStep: nextStepOf(input, intent, steps, entities, mood),
    sentiment: { mood, score: decision.sentiment, trend: decision.trend },
    urgency: decision.priority ?? 'normal',
    entities,
    customer: {
      name: contact.name,
      email,
      attributes: { ...contact.attributes },
      language: decision.language,
    },
    trigger: {
      reason: decision.reason,
      evidence: decision.evidence.slice(0, 12).map((e) => shorten(e, 300)),
      score: decision.score,
    },
  };
}
