// Tokens shared by every detector. One pass over the message: lower-cased word tokens with
// their offsets (for evidence quotes), an accent-free form for matching (customers often type
// "pasame", "ca ne marche pas") and the punctuation that ends clauses.

export interface Token {
  /** Lower-cased, as typed (accents kept). */
  raw: string;
  /** Lower-cased, accents removed, apostrophes unified to '. */
  key: string;
  start: number;
  end: number;
  /** Clause index: a new clause starts after . ! ? ; , or a line break. */
  clause: number;
  /** ALL CAPS as typed (3+ letters). */
  caps: boolean;
  /** Part of a hashtag ("#operaattori", "#NeverAgain"): a label on the message, not a clause of it. */
  tag: boolean;
}

export interface Tokenized {
  /** The message lower-cased; token offsets point into it. */
  lower: string;
  /** The message as typed, when lower-casing kept its length (offsets fit it too); else `lower`. */
  typed: string;
  tokens: Token[];
  exclamations: number;
  questions: number;
  /** Share of letters typed in capitals (0 when fewer than 8 letters). */
  capsRatio: number;
}

// A word: letters/digits, with inner apostrophes or hyphens ("don't", "quelqu'un", "e-mail").
// Combining marks belong to the word: Devanagari vowel signs, decomposed accents.
// Persian joins a word's parts with a zero-width non-joiner ("می‌خواهم"), which many leave out.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200c]*(?:['’‘`-][\p{L}\p{N}][\p{L}\p{M}\p{N}\u200c]*)*/gu;
// An emoji between words ends a thought too: "no me entiendes 😩 pásame con un humano".
const CLAUSE_BREAK = /[.!?;,:\n¿¡()。、，！？；：]|\p{Extended_Pictographic}/u;
/**
 * Marks dropped for matching: Latin/Greek/Cyrillic accents (customers type "pasame", "zolty")
 * and Arabic short vowels. Not the marks that make a letter in other scripts: Devanagari vowel
 * signs, Japanese voicing marks.
 */
const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670]+/g;
/** Beyond Latin, Greek and Cyrillic: recompose what NFD split (Hangul syllables, kana). */
const BEYOND_CYRILLIC = /[\u0530-\uffff]/;
/** The rest of a handle after "@": letters, digits, "_" and inner dots. */
const HANDLE = /^[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*/u;
const APOS = /[’‘`]/g;
const ZWNJ = /\u200c/g;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** A word as typed, accents kept: lower case, composed, apostrophes unified as in `fold`. */
export const asTyped = (s: string) => s.toLowerCase().normalize('NFC').replace(APOS, "'");

/** Accent-free, lower-case form used for every keyword comparison. */
export function fold(s: string): string {
  const folded = s.toLowerCase().normalize('NFD').replace(MARKS, '').replace(APOS, "'").replace(ZWNJ, '');
  return BEYOND_CYRILLIC.test(folded) ? folded.normalize('NFC') : folded;
}

/** Scripts written without spaces (Chinese, Japanese, Thai): a token is a whole clause. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** Korean: spaced, but particles and endings attach to the word ("상담원과", "최악이에요"). */
export const HANGUL = /\p{Script=Hangul}/u;

/**
 * How many words the tokens hold: an unspaced token is a clause, counted as one word per two
 * characters (most Chinese words have two; Japanese runs longer, with its particles), or four in
 * Thai, whose vowels and tone marks are characters of their own.
 */
export function wordsIn(tokens: Token[]): number {
  let n = 0;
  for (const tok of tokens)
    n += UNSPACED.test(tok.key) ? Math.ceil(tok.key.length / (THAI.test(tok.key) ? THAI_WORD : 2)) : 1;
  return n;
}
const THAI = /\p{Script=Thai}/u;
/** Letters (vowel and tone marks included) in an average Thai word. */
const THAI_WORD = 4;

const PLACEHOLDER = /\{\{[^{}]{1,60}\}\}/g;

export function tokenize(raw: string): Tokenized {
  const lower = raw.toLowerCase();
  const sameLength = lower.length === raw.length;
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  let upper = 0;
  let letters = 0;
  let handleEnd = 0;
  let tagEnd = 0;
  // A template's placeholder ("{{Person Name}}", "{{Order Number}}") stands for a value: its words
  // are not the visitor's ("Ich möchte {{Person Name}} als Fahrerin aufnehmen" asks for no person).
  const placeholders = lower.includes('{{')
    ? [...lower.matchAll(PLACEHOLDER)].map((p) => [p.index, p.index + p[0].length] as const)
    : [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    if (CLAUSE_BREAK.test(lower.slice(last, m.index))) clause++;
    last = m.index + m[0].length;
    const at = m.index;
    if (placeholders.some(([from, to]) => at > from && at < to)) continue;
    const before = lower[m.index - 1];
    // A handle ("@AirlineSupport", "@Human_Agent_Desk") names an account, not what the visitor says.
    if (before === '@') handleEnd = m.index + (HANDLE.exec(lower.slice(m.index))?.[0].length ?? 0);
    if (m.index < handleEnd) continue;
    // (a hashtag runs on across underscores: "#customer_service", "#שירות_לקוחות")
    if (before === '#') tagEnd = m.index + (HANDLE.exec(lower.slice(m.index))?.[0].length ?? 0);
    const tagged = m.index < tagEnd;
    const typed = sameLength ? raw.slice(m.index, m.index + m[0].length) : m[0];
    // A hashtag is words run together: "#NeverAgain", "#WorstServiceEver".
    const parts = tagged && sameLength ? splitCamel(typed, m.index) : [[typed, m.index] as const];
    for (const [part, start] of parts) {
      let up = 0;
      let lt = 0;
      for (const ch of part) {
        if (LETTER.test(ch)) {
          lt++;
          if (UPPER.test(ch)) up++;
        }
      }
      upper += up;
      letters += lt;
      const word = lower.slice(start, start + part.length);
      tokens.push({
        raw: word,
        key: fold(word),
        start,
        end: start + part.length,
        clause,
        caps: lt >= 3 && up === lt,
        tag: tagged,
      });
    }
  }
  let exclamations = 0;
  let questions = 0;
  for (const ch of raw) {
    if (ch === '!' || ch === '！') exclamations++;
    else if (ch === '?' || ch === '？') questions++;
  }
  return {
    lower,
    typed: sameLength ? raw : lower,
    tokens,
    exclamations,
    questions,
    capsRatio: letters >= 8 ? upper / letters : 0,
  };
}

const CAMEL_BREAK = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

/** "NeverAgain" at offset 10 → ["Never", 10], ["Again", 15]; one part when not camel-cased. */
function splitCamel(typed: string, at: number): (readonly [string, number])[] {
  const out: (readonly [string, number])[] = [];
  let offset = at;
  for (const part of typed.split(CAMEL_BREAK)) {
    out.push([part, offset]);
    offset += part.length;
  }
  return out;
}

/** Optimal-string-alignment distance, stopping early past 1: is `a` one typo away from `b`? */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // one substitution, or one transposition of neighbours
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A keyword table that also finds words one typo away ("eprson", "somrbody", "talkiing"),
 * through an index of single-deletion variants built once: a lookup costs a few Map reads.
 * Only words of `minFuzzy`+ letters are matched fuzzily — short ones collide too easily.
 */
export class Lexicon<T> {
  private exact = new Map<string, T>();
  private variants = new Map<string, string[]>();

  constructor(
    entries: Iterable<readonly [string, T]>,
    private minFuzzy = 5,
  ) {
    for (const [word, value] of entries) {
      const k = fold(word);
      if (!this.exact.has(k)) this.exact.set(k, value);
    }
    for (const k of this.exact.keys()) {
      if (k.length < this.minFuzzy) continue;
      for (const v of deletions(k)) {
        const list = this.variants.get(v);
        if (list) {
          if (!list.includes(k)) list.push(k);
        } else this.variants.set(v, [k]);
      }
    }
  }

  /** The entry for `key`, or one typo away unless `typos` is false. */
  get(key: string, typos = true): T | undefined {
    const hit = this.exact.get(key);
    if (hit !== undefined || !typos || key.length < this.minFuzzy || !/^\p{L}+$/u.test(key)) return hit;
    const candidates = new Set<string>(this.variants.get(key) ?? []);
    for (const v of deletions(key)) {
      if (this.exact.has(v) && v.length >= this.minFuzzy) candidates.add(v);
      for (const c of this.variants.get(v) ?? []) candidates.add(c);
    }
    let best: string | undefined;
    for (const c of candidates) {
      if (!withinOneEdit(key, c)) continue;
      // Prefer the candidate sharing the first letter: typos rarely hit the first one.
      if (!best || (c[0] === key[0] && best[0] !== key[0])) best = c;
    }
    return best === undefined ? undefined : this.exact.get(best);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Tokens `words` as a set of folded words (for small closed classes: articles, negators…). */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/).map(fold));

/** The languages with hand-made word classes; the others have word lists and the text model only. */
export const SEVEN_LANGUAGES: readonly string[] = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'];

/** The visitor's own ("my complaint", "my accountant"), in the seven languages. */
export const MY =
  wordSet(`my our mi mis nuestro nuestra mon ma mes notre nos mein meine meinen meiner meinem unser
  unsere minha meu meus minhas nosso nossa mio mia miei mie nostro nostra mijn onze ons`);

/** "that" opening a clause: "I read that complaints must…", "quiero que una persona…". */
export const THAT = wordSet("that que qu' che dat dass");

/** The visitor in the first person: "my", "I", "je", "ich", "eu", "io", "ik"… */
export const FIRST_PERSON = wordSet(`i me my mine we us our i'm i've i'd we're
  yo mi mis mio mia nos nosotros nuestro nuestra estoy
  je j'ai j'etais moi mon ma mes nous notre nos
  ich mich mir mein meine meinen meinem meiner wir uns unser unsere
  eu meu minha meus minhas nosso nossa estou
  io mio mia miei mie noi nostro nostra sono
  ik mij mijn wij we ons onze`);

/**
 * Thanking and praising ("I should like to thank the staff…"). Not "grateful": "I would be
 * grateful if someone could call me" is how letters ask.
 */
export const THANKS = wordSet(`thank thanks gratitude compliment compliments congratulate
  gracias agradecer agradezco agradecemos felicitar felicito felicitamos
  merci remercier remercie remercions feliciter felicite
  danke danken bedanken bedanke loben
  obrigado obrigada agradeco agradecemos parabenizar parabens
  grazie ringraziare ringrazio ringraziamo complimenti
  dank bedankt bedanken bedank complimenten`);
/** "Thanks in advance", "si…": thanks that frame a request rather than close a matter. */
export const THANKS_FOR_ASKING = wordSet(`advance if antemano adelantado avance voraus vorab antecipadamente
  anticipo anticipatamente voorbaat alvast si wenn falls se als`);

/** The message's words from token a to token b (either order), as the visitor typed them: for evidence. */
export const quote = (t: Tokenized, a: Token, b: Token) =>
  t.typed.slice(Math.min(a.start, b.start), Math.max(a.end, b.end));

/** What a negator may be waving away: "no problem", "no worries", "no pasa nada", "kein Stress". */
export const WAVED_AWAY =
  wordSet(`problem problems worries worry rush hurry prisa pasa problema problemas souci soucis
  probleme stress eile problem problemas pressa probleem haast zorgen sorge sorgen preoccupazione preocupes
  preocupe`);

/** A word boundary that knows letters beyond ASCII (JavaScript's \b ends "curiosità" before "à"). */
const BOUNDARY = String.raw`(?:(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]))`;
/** One case-sensitive Unicode regex from alternatives written with \b. */
export const phrases = (alternatives: string[]) =>
  new RegExp(alternatives.join('|').replaceAll('\\b', BOUNDARY), 'u');

/** "but" and its kin, which turn a sentence: what follows outweighs what came before. */
const CONTRAST = wordSet('but however pero sino mais cependant aber jedoch doch mas porem ma maar echter');
/** Does token i turn the sentence? Italian "ma" opens its clause; French "ma" is "my" ("j'attends ma carte"). */
export const turnsAt = (toks: Token[], i: number) =>
  CONTRAST.has(toks[i]!.key) && (toks[i]!.key !== 'ma' || toks[i - 1]?.clause !== toks[i]!.clause);
