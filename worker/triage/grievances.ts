import type { SentimentResult } from './sentiment';
import { quote, type Token, type Tokenized, wordSet } from './text';

// Complaints that are not said as complaints: a threat to leave, a bad review promised, messages
// sent and never answered, praise beside an eye-roll. Each returns the visitor's words, or null.

/** Counts of things: "several calls", "drei Mails" (and "for three weeks" in frustration.ts). */
export const QUANTITY = wordSet(`several many two three four five six seven ten multiple numerous
  varias varios muchas muchos dos tres cuatro cinco
  plusieurs trois quatre cinq deux
  mehrere viele zwei drei vier funf
  muitas muitos dois duas quatro
  diverse molti molte due tre quattro cinque
  meerdere veel twee drie vier vijf`);

/**
 * A threat to leave, made conditional on the problem recurring: "one more outage and I switch
 * provider", "si vuelve a pasar me cambio de compañía", "noch ein Ausfall und ich kündige".
 */
const LEAVE_VERBS =
  wordSet(`switch switching cancel cancelling canceling leave leaving quit quitting close closing
  cambio cambiare cambiar cancelo cancelare dejo
  change changer resilie resilier quitte pars
  wechsle wechseln kundige kundigen
  mudo mudar troco trocar
  disdico disdire lascio
  opzeg opzeggen stap overstappen`);
/** Leaving with no object needed: "me piro", "me ne vado", "I'm gone", "je pars", "ich bin weg". */
const DEPART = wordSet('piro vado voy gone pars weg');
/** Fed up, said before the leaving: "I'm done, closing my account", "cansei, vou cancelar o plano". */
const FED_UP_WORDS = wordSet('done harto harta cansei cansado cansada marre reicht stufo genoeg zat beu');
const LEAVE_OBJECTS = wordSet(`provider operator company subscription contract account bank supplier service
  compania compañia operador operadora proveedor suscripcion contrato banco cuenta
  operateur fournisseur abonnement contrat banque compte
  anbieter vertrag abo bank konto
  operadora fornecedor assinatura contrato conta
  fornitore operatore gestore abbonamento contratto conto
  aanbieder provider abonnement contract rekening plan plano piano over`);
/** Recurrence or a condition: "again", "one more", "if", "encore une", "noch ein", "un altro". */
const RECUR = wordSet(`again if unless another more next soon
  vez vuelve vuelva si otra otro cuanto
  encore autre prochaine des
  wieder nochmal noch wenn sobald
  novo nova mais outra outro se assim
  ancora altro altra nuovo prossima appena
  weer nog als nogmaals zodra`);

/** Does the sentence holding token i end in a question mark ("if I cancel now, is there a fee?")? */
function inQuestion(t: Tokenized, i: number): boolean {
  const end = t.lower.slice(t.tokens[i]!.end).search(/[.!?\n]/);
  return end >= 0 && t.lower[t.tokens[i]!.end + end] === '?';
}

export function threatToLeave(t: Tokenized): string | null {
  const toks = t.tokens;
  const recur = toks.findIndex((w) => RECUR.has(w.key));
  // "done" only as "I'm done" (not "I've done the steps").
  const fedUp = toks.findIndex(
    (w, i) =>
      FED_UP_WORDS.has(w.key) &&
      (w.key !== 'done' || ["i'm", 'im', 'am', "we're"].includes(toks[i - 1]?.key ?? '')),
  );
  if (recur < 0 && fedUp < 0) return null;
  // The leaving comes after the condition, not inside it: "if I cancel now, is there a fee" asks.
  const from = Math.min(recur >= 0 ? recur + 3 : toks.length, fedUp >= 0 ? fedUp + 1 : toks.length);
  for (let i = from; i < toks.length; i++) {
    const key = toks[i]!.key;
    if (!DEPART.has(key) && !LEAVE_VERBS.has(key)) continue;
    if (inQuestion(t, i)) continue;
    if (DEPART.has(key)) return quote(t, toks[Math.max(0, i - 2)]!, toks[i]!);
    // the thing left, within a few words: "cambio fornitore", "change d'opérateur", "cancelling the subscription"
    for (let j = i + 1; j <= i + 4 && j < toks.length; j++) {
      if (LEAVE_OBJECTS.has(toks[j]!.key.replace(/^[dl]'/, ''))) return quote(t, toks[i]!, toks[j]!);
    }
  }
  return null;
}

/** A bad review promised: "1-star review", "eine 1-Stern-Bewertung", "een 1-ster review". */
export const BAD_REVIEW =
  /\b(?:1|one|zero|0|une?|eine?|een|uma?|una?)[\s-]*(?:star|stern|ster|étoile|etoile|estrella|estrela|stella)s?\b/u;

/**
 * Messages sent and never answered: "3 mails gestuurd en nul reactie", "I've emailed twice, no
 * reply" — a complaint about being ignored, not an answer that didn't help.
 */
const SENT_NOUNS = wordSet(`mails emails e-mails messages calls tickets times
  correos mensajes llamadas veces courriels messages appels fois
  nachrichten anrufe mal mensagens ligacoes chamadas vezes messaggi chiamate volte berichten telefoontjes keer`);
const SENT_VERBS = wordSet(`emailed messaged called wrote written sent
  escrito enviado llamado ecrit envoye appele geschrieben geschickt angerufen escrevi enviei liguei
  scritto mandato inviato chiamato gestuurd gemaild gebeld geschreven`);
const REPLY_NOUNS =
  wordSet(`reply replies replied answer answers answered response responses responded reaction
  respuesta respuestas reponse reponses antwort antworten reagiert resposta respostas risposta risposte risposto
  reactie antwoord`);
const ZERO = wordSet(
  'no zero not nothing nul null keine kein nenhuma nenhum ninguna ningun aucune aucun nessuna nessun geen nada niente rien nichts niets never nunca jamais nie nooit mai',
);

export function unansweredContact(toks: Token[]): string | null {
  const sent = toks.findIndex(
    (w, i) =>
      SENT_VERBS.has(w.key) ||
      (SENT_NOUNS.has(w.key) && i > 0 && (/^\d+$/.test(toks[i - 1]!.key) || QUANTITY.has(toks[i - 1]!.key))),
  );
  if (sent < 0) return null;
  for (let i = 0; i < toks.length; i++) {
    if (!REPLY_NOUNS.has(toks[i]!.key)) continue;
    for (let back = 1; back <= 3; back++) {
      const p = toks[i - back];
      if (p && ZERO.has(p.key)) return `${toks[sent]!.raw} … ${p.raw} ${toks[i]!.raw}`;
    }
  }
  return null;
}

// Not 🙃: as often self-mockery ("my mistake 🙃") as sarcasm.
const SARCASM_EMOJI = /[🙄🤡🤦😒😑]/u;

/** Praise beside an eye-roll: "great, yet another delay 🙄", "merci pour l'info… 2h avant 😒". */
export function sarcasm(t: Tokenized, s: SentimentResult): string | null {
  const roll = t.lower.match(SARCASM_EMOJI);
  const praise = s.words.find((w) => w.value > 0 && !/\p{Extended_Pictographic}/u.test(w.word));
  return roll && praise ? `${praise.word} … ${roll[0]}` : null;
}
