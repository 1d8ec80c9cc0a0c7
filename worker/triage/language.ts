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
  en: "the is my to and you your i it of for with what how can do this are not have me please where when why want need hi hello thanks thank would could there an was a as at be by go he if in no on or so up us we get got set new any all some about after also just like it's i'm don't can't what's is a show",
  es: 'el la los las es mi mis que de y para con por como donde quiero necesito un una esta tengo hola gracias puedo hay pedido del al lo muy pero me te se le nos su sus tienen tiene puedo puede algo alguien ahi aqui favor esto eso nada bien verdad',
  fr: "le la les est mon ma mes je et pour avec que comment ou veux ne pas un une des bonjour merci c'est j'ai vous du au commande il y suis me te se nous pouvez peux est-ce avez ai sont ici quelqu'un s'il plait",
  de: 'der die das ist mein meine ich und fur mit nicht wie wo ein eine bitte danke hallo kann mochte habe sie den dem noch auf es jemand mich mir ihr gibt hier',
  pt: 'o a os as e meu minha que para com nao como onde quero preciso um uma obrigado ola esta tenho voce do da no na pedido me te se tem ai alguem voces posso pode aqui isso isto bem muito obrigada',
  it: "il lo la gli e mio mia che per con non come dove voglio un una grazie ciao sono ho del della c'e ordine mi ti si ci potete posso puo qualcuno anche",
  nl: 'de het een is mijn ik en voor met niet hoe waar wil graag bedankt hallo heb kan jullie u dat er op me je kunt iemand hier',
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

/**
 * Function-word votes, with the n-gram scores of the seven languages as a tie-breaker ("me",
 * "que", "un" are shared by several of them). Null when there are no function words at all.
 */
function vote(text: string, t: Tokenized, previous: string | null): string | null {
  const totals = new Map<string, number>();
  let sum = 0;
  for (const tok of t.tokens) {
    for (const v of VOTES.get(tok.key) ?? []) {
      totals.set(v.lang, (totals.get(v.lang) ?? 0) + v.weight);
      sum += v.weight;
    }
  }
  if (sum < 1) return null;
  const grams = subset.detect(text).getScores();
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, votes] of totals) {
    // The conversation's language so far tips a close call.
    const score = votes + 1.5 * (grams[lang] ?? 0) + (lang === previous ? 0.5 : 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The message's language; `previous` is the conversation's language so far (null at the
 * start). Long messages: the n-gram detector. Short ones: function words ("how do I…",
 * "où est…", "merci"), then a reliable n-gram guess, then the conversation's language, then
 * English — a bare "Agent" or "Refund status" says nothing about the language.
 */
export function detectLanguage(text: string, t: Tokenized, previous: string | null): string {
  const letters = text.match(LETTERS)?.length ?? 0;
  if (letters < 3) return previous ?? 'en';
  const full = eld.detect(text);
  const reliable = !!full.language && full.isReliable();
  if (reliable && letters >= LONG_TEXT) return full.language;
  const voted = vote(text, t, previous);
  if (voted) return voted;
  if (reliable && letters >= 12 && t.tokens.length >= 3) return full.language;
  if (previous) return previous;
  if (t.tokens.length >= 4) return subset.detect(text).language || 'en';
  return 'en';
}

/** From this many letters on, character n-grams are more reliable than counting function words. */
const LONG_TEXT = 40;
