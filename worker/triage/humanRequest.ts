/**
 * Does a visitor ask for a person? Multilingual phrase patterns: a person-noun (agent,
 * human, someone, persona, Mensch…) near a contact verb (talk, speak, connect, hablar,
 * parler, sprechen…), or a direct "real person?" question — and not a person mentioned
 * in passing ("the person who delivered my parcel", "human-readable name").
 */

// Words for a person who could help, per language.
const PERSON = [
  // en
  'human',
  'humans',
  'person',
  'people',
  'someone',
  'somebody',
  'agent',
  'agents',
  'representative',
  'rep',
  'operator',
  'staff',
  'employee',
  'manager',
  'supervisor',
  'advisor',
  'adviser',
  'associate',
  'live chat',
  'customer service',
  'customer support',
  'support team',
  'real one',
  'actual person',
  'anyone',
  // es
  'humano',
  'persona',
  'alguien',
  'agente',
  'asesor',
  'representante',
  'operador',
  'encargado',
  // fr
  'humain',
  'personne',
  "quelqu'un",
  'conseiller',
  'conseillère',
  'opérateur',
  'agent humain',
  'responsable',
  // de
  'mensch',
  'menschen',
  'mitarbeiter',
  'mitarbeiterin',
  'berater',
  'beraterin',
  'jemand',
  'jemandem',
  'person',
  'kundendienst',
  // pt
  'humano',
  'pessoa',
  'alguém',
  'atendente',
  'assistente humano',
  'consultor',
  // it
  'umano',
  'persona',
  'qualcuno',
  'operatore',
  'operatrice',
  'consulente',
  // nl
  'mens',
  'medewerker',
  'iemand',
  'persoon',
  'klantenservice',
];

// Verbs/phrases of wanting contact with one.
const CONTACT = [
  // en
  'talk',
  'speak',
  'chat',
  'connect',
  'transfer',
  'put me through',
  'get me',
  'give me',
  'want',
  'need',
  'let me',
  'reach',
  'contact',
  'escalate',
  'call',
  'is there',
  'are there',
  'are you',
  'can i',
  'could i',
  'may i',
  'hand me',
  'pass me',
  'forward me',
  'bring',
  // es
  'hablar',
  'habla',
  'comunicar',
  'contactar',
  'quiero',
  'necesito',
  'pasame',
  'pásame',
  'ponme',
  'hay',
  // fr
  'parler',
  'parle',
  'contacter',
  'joindre',
  'veux',
  'voudrais',
  'besoin',
  'passer',
  'mettre en relation',
  'y a-t-il',
  // de
  'sprechen',
  'reden',
  'verbinden',
  'kontaktieren',
  'möchte',
  'will',
  'brauche',
  'gibt es',
  'durchstellen',
  // pt
  'falar',
  'fala',
  'conversar',
  'quero',
  'preciso',
  'transferir',
  'existe',
  // it
  'parlare',
  'voglio',
  'vorrei',
  'bisogno',
  'passami',
  "c'è",
  // nl
  'spreken',
  'praten',
  'wil',
  'graag',
  'verbinden',
  'doorverbinden',
  'is er',
];

// Whole phrases that are a request on their own.
const DIRECT = [
  /\b(real|actual|live|human) (person|human|agent|being)\b/,
  /\bhuman (agent|support|help|assistance|being)\b/,
  /\b(customer (service|care|support)|support) (agent|rep|representative|team)\b/,
  /\bagent,? please\b/,
  /^\s*(human|agent|representative|operator|person)[\s!.?]*$/,
  /\b(stop|not?) (talking to )?(a |this )?(bot|robot|machine)\b/,
  /\bare you (a )?(bot|robot|human|real)\b/,
  /\b(bot|robot|machine) is (useless|stupid|not helping|dumb)\b/,
  /\bhablar con (un|una) (humano|persona|agente|asesor)\b/,
  /\bpersona real\b/,
  /\b(parler|discuter) (à|a|avec) (un|une) (humain|personne|conseill\w+|agent)\b/,
  /\bvraie personne\b/,
  /\b(mit )?(einem|einer) (menschen|mitarbeiter\w*|berater\w*|echten person)\b/,
  /\becht(en|er|e)? mensch/,
  /\bfalar com (um|uma) (humano|pessoa|atendente)\b/,
  /\bpessoa real\b/,
  /\bparlare con (un|una) (umano|persona|operat\w+)\b/,
  /\bpersona vera\b/,
  /\b(spreken|praten) met (een )?(mens|medewerker|persoon)\b/,
  /\becht(e)? (mens|persoon)\b/,
];

// "the person who…", "human-readable", "people say…": a person mentioned, not requested.
const NOT_A_REQUEST = [
  /\b(the|a|that|this) (person|guy|man|woman|courier|driver|agent) (who|that|which|at|from|on)\b/,
  /\bhuman[- ](readable|error|resources|rights|nature)\b/,
  /\bpersonne (ne|n')\b/, // French "personne ne…" = nobody
  /\b(delivery|shipping|travel|estate|insurance) agent\b/,
];

const norm = (s: string) => s.toLowerCase().normalize('NFC').replace(/[’`]/g, "'");

function wordIndex(text: string, phrase: string): number {
  const re = new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
  const m = re.exec(text);
  return m ? m.index : -1;
}

export interface HumanRequest {
  requested: boolean;
  /** The words that made the decision. */
  evidence: string | null;
}

export function detectHumanRequest(raw: string): HumanRequest {
  const text = norm(raw);
  for (const re of DIRECT) {
    const m = re.exec(text);
    if (m && !NOT_A_REQUEST.some((n) => n.test(text))) return { requested: true, evidence: m[0].trim() };
  }
  if (NOT_A_REQUEST.some((n) => n.test(text))) return { requested: false, evidence: null };
  // A contact verb followed, within a few words, by a person word.
  for (const verb of CONTACT) {
    const v = wordIndex(text, verb);
    if (v < 0) continue;
    const window = text.slice(v, v + verb.length + 48);
    for (const person of PERSON) {
      const p = wordIndex(window, person);
      if (p > 0) return { requested: true, evidence: window.slice(0, p + person.length + 1).trim() };
    }
  }
  return { requested: false, evidence: null };
}
