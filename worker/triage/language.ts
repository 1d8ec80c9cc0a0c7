import { eld } from 'eld/extrasmall';
import { fold, type Tokenized } from './text';

// Language of a visitor message, ISO 639-1. ELD (n-gram detector, 60 languages, pure JS, no fs
// or eval: runs in workerd and Node alike) decides when it is sure; short messages ("Agent",
// "merci") are not enough for n-grams, so a vote of function words among the languages
// Baton ships lexicons for breaks the tie, and then the conversation's language so far.

const subset = eld.newInstance();
subset.setLanguageSubset(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl']);

// Function words (plus greetings and thanks), by language. A word shared by several languages
// ("de", "la", "me") splits its vote between them.
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the is my to and you your i it of for with what how can do this are not have me please where when why want need hi hello thanks thank would could there an was',
  es: 'el la los las es mi mis que de y para con por como donde quiero necesito un una esta tengo hola gracias puedo hay pedido del al lo muy pero',
  fr: "le la les est mon ma mes je et pour avec que comment ou veux ne pas un une des bonjour merci c'est j'ai vous du au commande il y suis",
  de: 'der die das ist mein meine ich und fur mit nicht wie wo ein eine bitte danke hallo kann mochte habe sie den dem noch auf es',
  pt: 'o a os as e meu minha que para com nao como onde quero preciso um uma obrigado ola esta tenho voce do da no na pedido',
  it: "il lo la gli e mio mia che per con non come dove voglio un una grazie ciao sono ho del della c'e ordine",
  nl: 'de het een is mijn ik en voor met niet hoe waar wil graag bedankt hallo heb kan jullie u dat er op',
};

const VOTES = new Map<string, { lang: string; weight: number }[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words.split(' ')) {
    const k = fold(w);
    const list = VOTES.get(k) ?? [];
    if (!list.some((v) => v.lang === lang)) list.push({ lang, weight: 0 });
    VOTES.set(k, list);
  }
}
for (const list of VOTES.values()) for (const v of list) v.weight = 1 / list.length;

const LETTERS = /\p{L}/gu;

function vote(t: Tokenized): string | null {
  const totals = new Map<string, number>();
  for (const tok of t.tokens) {
    for (const v of VOTES.get(tok.key) ?? []) totals.set(v.lang, (totals.get(v.lang) ?? 0) + v.weight);
  }
  const ranked = [...totals].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 1 || (second && first[1] - second[1] < 0.5)) return null;
  return first[0];
}

/**
 * The message's language; `previous` is the conversation's language so far (null at the
 * start). Falls back to English when nothing tells.
 */
export function detectLanguage(text: string, t: Tokenized, previous: string | null): string {
  const letters = text.match(LETTERS)?.length ?? 0;
  if (letters < 3) return previous ?? 'en';
  const full = eld.detect(text);
  if (full.language && full.isReliable() && letters >= 12) return full.language;
  const voted = vote(t);
  if (voted) return voted;
  if (previous) return previous;
  if (letters >= 12 && full.language) return full.language;
  return subset.detect(text).language || 'en';
}
