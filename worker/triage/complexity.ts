import type { Entities } from './entities';
import { isNegator } from './sentiment';
import { FIRST_PERSON, Lexicon, type Token, type Tokenized, WAVED_AWAY, wordSet } from './text';
import { opensWithThanks, sentences, thanksSentence } from './textFeatures';

// Complexity: cases a bot should not carry alone — several distinct issues in one message, a
// long multi-part story, legal / medical / security matters, or a large sum in dispute.

export type Domain = 'legal' | 'medical' | 'security';

const DOMAIN_WORDS: Record<Domain, string> = {
  legal: `lawyer lawyers attorney attorneys lawsuit lawsuits sue suing sued litigation solicitor subpoena gdpr ombudsman
    abogado abogados demandar demandare tribunales
    avocat avocats tribunal poursuivre rgpd
    anwalt anwaltin rechtsanwalt klage verklagen gericht dsgvo abmahnung
    advogado advogados processar lgpd
    avvocato avvocati tribunale denunciare
    advocaat advocaten rechtszaak aanklagen`,
  medical: `hospital hospitalized hospitalised allergic anaphylaxis anaphylactic poisoning poisoned injured injury injuries
    bleeding overdose
    hospitalizado alergica alergico intoxicacion herido herida lesionado
    hopital hospitalise allergique intoxication blesse blessee
    krankenhaus allergisch vergiftung verletzt verletzung
    hospitalizada intoxicacao ferido ferida
    ospedale allergica allergico intossicazione ferito ferita
    ziekenhuis allergisch vergiftiging gewond`,
  security: `hacked hacker hackers hijacked breach breached compromised phishing malware ransomware
    hackeado hackearon pirateado suplantacion
    pirate piratage usurpation hameconnage
    gehackt datenleck identitatsdiebstahl
    invadida invadido clonado
    hackerato violato
    datalek identiteitsfraude`,
};

const DOMAINS = new Map<Domain, Lexicon<true>>();
for (const [d, words] of Object.entries(DOMAIN_WORDS) as [Domain, string][])
  DOMAINS.set(
    d,
    new Lexicon(
      words
        .trim()
        .split(/\s+/)
        .map((w) => [w, true] as const),
      99,
    ),
  );

/** The profession, not a dispute: legal only when the message is not calm (see `counsel`). */
const COUNSEL = wordSet(`lawyer lawyers attorney attorneys solicitor abogado abogados avocat avocats anwalt
  anwaltin rechtsanwalt advogado advogados avvocato avvocati advocaat advocaten`);

/** An appointment or a meeting, in the seven languages. */
const MEETING = wordSet(`meeting meetings appointment appointments consultation session
  reunion cita citas consulta entrevista rendez-vous rdv entretien reunions
  termin termine besprechung treffen beratungstermin reuniao encontro
  riunione appuntamento incontro colloquio afspraak afspraken vergadering gesprek`);
const meetingInClause = (toks: Token[], i: number) =>
  toks.some((x, j) => Math.abs(j - i) <= 5 && x.clause === toks[i]!.clause && MEETING.has(x.key));

/** Two-word domain phrases: [first, second, domain]. */
const DOMAIN_PHRASES: [string, string, Domain][] = [
  ['legal', 'action', 'legal'],
  ['small', 'claims', 'legal'],
  ['data', 'protection', 'legal'],
  ['identity', 'theft', 'security'],
  ['unauthorized', 'access', 'security'],
  ['unauthorised', 'access', 'security'],
  ['data', 'leak', 'security'],
  ['emergency', 'room', 'medical'],
  ['allergic', 'reaction', 'medical'],
  ['mise', 'demeure', 'legal'],
  ['vol', "d'identite", 'security'],
  ['robo', 'identidad', 'security'],
];

/** Words that open another issue ("also", "another thing", "additionally"…). */
const NEXT_ISSUE =
  wordSet(`also additionally another besides furthermore moreover secondly second thirdly third plus
  ademas tambien otra otro segundo
  aussi egalement autre deuxiemement
  ausserdem auch weiteres zweitens
  tambem outra outro segundo
  inoltre anche altra altro secondo
  ook daarnaast verder bovendien tweede`);

/** Money in dispute: a large amount next to one of these is a problem, not a transfer order. */
const MONEY_TROUBLE =
  wordSet(`charged charge charges overcharged billed double twice dispute disputed missing lost stolen
  fraud fraudulent unauthorized unauthorised chargeback owed owe deducted debited disappeared
  cobrado cobro cobraron cargo fraude debite preleve facture deux fois
  abgebucht belastet berechnet doppelt cobranca cobrado descontado
  addebitato addebito prelevato afgeschreven gerekend dubbel`);
/** A refund or compensation claim: routine unless the sum is very large (five times the threshold). */
const MONEY_CLAIM = wordSet(`refund refunds reimbursement reimburse compensation restitution
  reembolso devolucion remboursement erstattung ruckerstattung estorno rimborso terugbetaling`);

export interface ComplexitySignals {
  /** Distinct issues raised in this message: questions asked or problems reported. */
  issues: number;
  /** Of those, the problems: something gone wrong, not a question about how things work. */
  problems: number;
  chars: number;
  domains: Domain[];
  /**
   * A lawyer named, as the only legal word (not in `domains`): "my lawyer, who is handling the
   * estate, needs statements" is routine when told calmly; "I'll hand this to my lawyer" is not.
   */
  counsel: string | null;
  /** Largest amount, and what it is about: money gone wrong, or a refund/compensation asked for. */
  maxAmount: number;
  moneyTrouble: boolean;
  moneyClaim: boolean;
  evidence: string[];
}

const SENTENCE_END = /[.!?\n;。！？；]/;

export function complexitySignals(
  text: string,
  t: Tokenized,
  entities: Entities,
  lang?: string,
): ComplexitySignals {
  const evidence: string[] = [];
  const domains: Domain[] = [];
  let counsel: string | undefined;
  const toks = t.tokens;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    // (checked only at a domain word: it scans the sentence)
    for (const [d, lex] of DOMAINS) {
      if (!domains.includes(d) && lex.get(tok.key) !== undefined && !asksInGeneral(t, i)) {
        // (a lawyer is kept apart: see `counsel`; one met is a calendar entry, "move my
        // appointment with the lawyer", not a lawyer brought in)
        if (COUNSEL.has(tok.key)) {
          if (!meetingInClause(toks, i)) counsel ??= tok.raw;
        } else {
          domains.push(d);
          evidence.push(`${d}: "${tok.raw}"`);
        }
      }
    }
    const next = toks[i + 1];
    const next2 = toks[i + 2];
    for (const [a, b, d] of DOMAIN_PHRASES) {
      if (domains.includes(d) || tok.key !== a) continue;
      if ((next?.key === b || (next2?.key === b && next && next.key.length <= 3)) && !asksInGeneral(t, i)) {
        domains.push(d);
        evidence.push(`${d}: "${t.typed.slice(tok.start, (next?.key === b ? next : next2)!.end)}"`);
      }
    }
  }

  // Issues: sentences or "also…" segments that ask or report something, with distinct content.
  const segments: Set<string>[] = [];
  let current = new Set<string>();
  let asks = false;
  let from = 0;
  let problems = 0;
  let troubled = false;
  // (a sentence of thanks is no issue: "I'd like to thank the staff for their patience when…")
  const flush = (to: number) => {
    if (current.size >= 3 && (asks || troubled) && !opensWithThanks(toks.slice(from, to))) {
      const dup = segments.some((s) => overlap(s, current) >= 0.5);
      if (!dup) {
        segments.push(current);
        if (troubled) problems++;
      }
    }
    current = new Set();
    asks = false;
    troubled = false;
    from = to;
  };
  let clause = -1;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    const boundary =
      tok.clause !== clause && SENTENCE_END.test(t.lower.slice(toks[i - 1]?.end ?? 0, tok.start));
    if (i > 0 && (boundary || NEXT_ISSUE.has(tok.key))) flush(i);
    clause = tok.clause;
    if (tok.key.length >= 4) current.add(tok.key.slice(0, 5));
    // A segment counts as an issue when it carries a question or problem word…
    if (ISSUE_CUES.has(tok.key)) asks = true;
    // …and as a problem when something went wrong: not "no worries", "kein Problem".
    if (troubleAt(toks, i, lang)) troubled = true;
  }
  flush(toks.length);
  const issues = segments.length;

  const amounts = entities.amounts.map((a) => a.value);
  const maxAmount = amounts.length ? Math.max(...amounts) : 0;
  const moneyTrouble = maxAmount > 0 && toks.some((x) => MONEY_TROUBLE.has(x.key));
  const moneyClaim = maxAmount > 0 && toks.some((x) => MONEY_CLAIM.has(x.key));
  return {
    issues,
    problems,
    chars: text.length,
    domains,
    counsel: domains.includes('legal') ? null : (counsel ?? null),
    maxAmount,
    moneyTrouble,
    moneyClaim,
    evidence,
  };
}

/** The visitor's own case: "I was hospitalised", "my account was hacked". */
/** A case supposed, not lived: "if I'm injured", "in case", "falls", "se", "als". */
const HYPOTHETICAL = wordSet(
  'if case whether when so si cuando quand falls wenn ob se quando caso als indien mocht',
);
const HOW_TO = wordSet(
  'how where what which who como donde que comment ou quel wie wo was welche come dove hoe waar wat',
);
const HOW_TO_NEXT = wordSet('do does can could should would to is are puedo puede peut kann posso kan moet');

/**
 * A domain word in a general question ("is there a hospital near the hotel?", "how do I report
 * a phishing mail?", "can I get a refund if I'm injured?") is a topic, not a case to hand over:
 * a question sentence with no first person, a supposed case, a negation, or a how-to opening.
 */
function asksInGeneral(t: Tokenized, i: number): boolean {
  const toks = t.tokens;
  const tok = toks[i]!;
  const holding = sentences(t).find((s) => i >= s.from && i < s.to);
  // Thanks to the hospital staff for a mother's operation are praise, not a medical case.
  if (holding && thanksSentence(t, holding)) return true;
  if (!holding?.question) return false;
  const sentence = toks.slice(holding.from, holding.to);
  const clause = sentence.filter((w) => w.clause === tok.clause);
  if (!sentence.some((w) => FIRST_PERSON.has(w.key))) return true;
  if (clause.some((w) => HYPOTHETICAL.has(w.key))) return true;
  if (
    [toks[i - 1], toks[i - 2]].some(
      (w) => w && w.clause === tok.clause && (isNegator(w.key) || w.key.endsWith("n't")),
    )
  )
    return true;
  return HOW_TO.has(sentence[0]!.key) && HOW_TO_NEXT.has(sentence[1]?.key ?? '');
}

const ISSUE_CUES = wordSet(`how what why when where which can could is are do does did will would
  not no never problem issue issues error broken wrong missing failed fails cannot cant unable
  como que por cuando donde puedo problema error roto falta
  comment pourquoi quand ou puis probleme erreur casse manque
  wie warum wann wo kann problem fehler kaputt fehlt
  como porque quando onde posso problema erro quebrado falta
  come perche quando dove posso problema errore rotto manca
  hoe waarom wanneer waar kan probleem fout kapot ontbreekt`);

function overlap(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / Math.min(a.size, b.size);
}

/** Something gone wrong. Negators count too ("no longer works", "n'arrive pas"). */
const PROBLEM_CUES =
  wordSet(`problem problems issue issues error broken wrong missing failed fails cannot cant unable
  damaged faulty stuck charged twice
  problema problemas error roto rota falta fallo averia dañado
  probleme erreur casse cassee manque panne abime
  problem fehler kaputt fehlt defekt beschadigt
  problema erro quebrado quebrada falta defeito avariado
  problema errore rotto rotta manca guasto danneggiato
  probleem fout kapot ontbreekt defect beschadigd`);

const WITHOUT = wordSet('without sin sans ohne sem senza zonder');
/** Before "issue", the noun ("an issue with…"), not the verb ("issue the invoice"). */
const NOUN_BEFORE = wordSet('a an the this that my our same another one other any big new');

function troubleAt(toks: Token[], i: number, lang: string | undefined): boolean {
  const key = toks[i]!.key;
  const next = toks[i + 1]?.key ?? '';
  // "student no. 2301"; Portuguese "no" is "in the" ("no curso")
  const negator =
    (isNegator(key) && !(key === 'no' && (/^\d/.test(next) || lang === 'pt'))) || key.endsWith("n't");
  if (!negator && !PROBLEM_CUES.has(key)) return false;
  if (key.startsWith('issue') && !NOUN_BEFORE.has(toks[i - 1]?.key ?? '')) return false;
  // "sin gluten", "sans sucre", "without sugar": a kind of product, not a problem
  if (WITHOUT.has(key)) return false;
  if (negator) return !WAVED_AWAY.has(next) && !WAVED_AWAY.has(toks[i + 2]?.key ?? '');
  const before = toks[i - 1];
  return !(before && (isNegator(before.key) || before.key === 'nessun'));
}
