import type { SentimentResult } from './sentiment';
import { MY, phrases, quote, THANKS, type Token, type Tokenized, wordSet } from './text';

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
const DEPART_REFLEXIVE: Record<string, string> = { voy: 'me', vado: 'ne', piro: 'me' };
/** A trip, not a departure: "me voy de vacaciones", "je pars travailler à Montréal", "ik ga op vakantie". */
const TRIP = wordSet(
  `vacaciones viaje vacances voyage vacanza ferie urlaub reise vakantie holiday holidays vacation ferias viagem trip
  trabajar travailler trabalhar lavorare estudiar etudier estudar studiare`,
);
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
export function inQuestion(t: Tokenized, i: number): boolean {
  const end = t.lower.slice(t.tokens[i]!.end).search(/[.!?\n。！？]/);
  return end >= 0 && '?？'.includes(t.lower[t.tokens[i]!.end + end]!);
}

export function threatToLeave(t: Tokenized): string | null {
  const toks = t.tokens;
  // ("merci encore", "thanks again": gratitude repeated, not a trouble recurring)
  const recur = toks.findIndex(
    (w, i) => RECUR.has(w.key) && !toks.slice(Math.max(0, i - 2), i).some((x) => THANKS.has(x.key)),
  );
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
    if (DEPART.has(key)) {
      if (toks.slice(i + 1, i + 4).some((w) => TRIP.has(w.key))) continue;
      // "me voy", "me ne vado", "me piro" leave; "voy todas las semanas a ver a mi hermana" goes
      const reflexive = DEPART_REFLEXIVE[key];
      if (reflexive && toks[i - 1]?.key !== reflexive) continue;
      return quote(t, toks[Math.max(0, i - 2)]!, toks[i]!);
    }
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
 * A review's star rating, 0–5: star glyphs ("★☆☆☆☆", "⭐⭐⭐⭐"), or "N/5" / "N out of 5" opening the
 * message (elsewhere "2/5" may be a date). Null when the message gives none.
 */
export function starRating(raw: string): { stars: number; quote: string } | null {
  const glyphs = /[★☆]{3,5}/u.exec(raw);
  if (glyphs) return { stars: [...glyphs[0]].filter((c) => c === '★').length, quote: glyphs[0] };
  const emoji = /(?:⭐\uFE0F?){1,5}/u.exec(raw);
  if (emoji) return { stars: [...emoji[0]].filter((c) => c === '⭐').length, quote: emoji[0] };
  const lead = /^\s*([0-5])(?:[.,]5)?\s*(?:\/|out of|de|sur|von|su|van|em)\s*5\b/iu.exec(raw);
  return lead ? { stars: Number(lead[1]), quote: lead[0].trim() } : null;
}

/**
 * Messages sent and never answered: "3 mails gestuurd en nul reactie", "I've emailed twice, no
 * reply" — a complaint about being ignored, not an answer that didn't help.
 */
const SENT_NOUNS = wordSet(`mails emails e-mails messages calls tickets times complaints letters
  correos mensajes llamadas veces reclamaciones quejas cartas courriels messages appels fois reclamations
  plaintes lettres nachrichten anrufe mal beschwerden briefe mensagens ligacoes chamadas vezes reclamacoes
  cartas messaggi chiamate volte reclami lettere berichten telefoontjes keer klachten brieven`);
const SILENCE = wordSet('silence funkstille silencio silencio silenzio stilte radiostilte');
const HOW_MANY = wordSet('how cuantas cuantos combien wie quantas quantos quante quanti hoeveel');
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
      (SENT_NOUNS.has(w.key) &&
        i > 0 &&
        (/^\d+$/.test(toks[i - 1]!.key) || QUANTITY.has(toks[i - 1]!.key)) &&
        // "how many complaints can I file?" counts nothing sent
        !HOW_MANY.has(toks[i - 2]?.key ?? '') &&
        !HOW_MANY.has(toks[i - 1]!.key)),
  );
  if (sent < 0) return null;
  // "seitdem Funkstille", "since then, radio silence", "desde entonces, silencio"
  const silence = toks.findIndex((w, i) => i > sent && SILENCE.has(w.key));
  if (silence >= 0) return `${toks[sent]!.raw} … ${toks[silence]!.raw}`;
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

/** The first match of a phrase list when it is said, not asked: its text and first token, or null. */
function saidNotAsked(t: Tokenized, phrase: RegExp): { text: string; index: number; at: number } | null {
  const m = phrase.exec(t.lower);
  if (!m) return null;
  const at = t.tokens.findIndex((w) => w.end > m.index);
  return at >= 0 && inQuestion(t, at) ? null : { text: m[0].trim(), index: m.index, at };
}

/**
 * A promise in scare quotes, told not asked: "Plano 'ilimitado' que corta a velocidade…", "'Sea
 * view', the booking said. Technically true…", "„Ruhige Lage“ – direkt über der Disco". Not a
 * label quoted to name it ("I clicked 'Submit'", "the status says 'pending'", "what does 'hold'
 * mean?").
 */
const QUOTED = /(?:^|[\s(–—-])(['‘"“„«‹])([^'’"”“„«»‹›\n]{2,40}?)(['’"”“»›])(?=$|[\s.,:;!?–—-])/gu;
const LABEL_BEFORE =
  /\b(?:click(?:ed)?|tap(?:ped)?|press(?:ed)?|select(?:ed)?|chose|choose|says?|said|show(?:s|ed|ing)?|status|button|option|tab|menu|field|message|error|label|called|named|titled|marked|word|search(?:ed)?|typed?|enter(?:ed)?|reads?|dice|pone|indica|aparece|bot[oó]n|opci[oó]n|clic|cliqu[ée]r?|bouton|affiche|indique|marqu[ée]|steht|zeigt|taste|knopf|klick(?:e|t)?|diz|mostra|bot[aã]o|op[cç][aã]o|clicar|cliquei|scritto|pulsante|tasto|cliccat[oa]|staat|knop|klik|toont)\W{0,3}$/u;

/** A filled-in form: a placeholder, or two lines that open with a field name ("Betreff:", "件名："). */
export const FORM = /\{\{[^}]+\}\}|^[^\n:：]{1,30}[:：].*\n(?:.*\n)*?[^\n:：]{1,30}[:：]/mu;
/** A form's "Field: value" line, up to the value. */
const FIELD = /^[^\n:：]{1,30}[:：]/u;

/**
 * A name, not a claim: a capitalised quote inside a sentence — "a room at the „Seaside Inn“",
 * "курса „Основи на програмирането“", "στο ξενοδοχείο «Ακρογιάλι»". The claims quoted in irony are
 * lower case ("Plano 'ilimitado'", "pedido 'entregado'"), or open the message or their sentence
 * ("'Sea view', the booking said", "@Hotel „Ruhige Lage“ – über der Disco").
 */
function namesSomething(before: string, inner: string): boolean {
  if (!/^\p{Lu}/u.test(inner)) return false;
  const last = /(\S+)\s*$/u.exec(before)?.[1];
  return !!last && !/^[@#]/.test(last) && /[\p{L}\p{N},]$/u.test(last);
}

/** What the facts say back, after the quote: a new sentence, a colon or a dash, then words. */
const RETORT = /[.!:;–—]\s*(?:\S+\s+)+\S+/u;

export function scareQuoted(t: Tokenized): string | null {
  if (t.questions > 0) return null;
  const quotes = [...t.typed.matchAll(QUOTED)];
  // (two labels in a row are options: "guarda 'casa' y 'trabajo' en favoritos")
  const m = quotes.length === 1 ? quotes[0]! : null;
  if (!m) return null;
  const inner = m[2]!.trim();
  if (inner.split(/\s+/).length > 5 || !/\p{L}{2}/u.test(inner)) return null;
  const before = t.typed.slice(Math.max(0, m.index - 30), m.index + 1).toLowerCase();
  if (LABEL_BEFORE.test(before) || !RETORT.test(t.typed.slice(m.index + m[0].length))) return null;
  if (namesSomething(t.typed.slice(0, m.index + m[0].indexOf(m[1]!)), inner)) return null;
  // (a form's field quotes a value: "Заявка: … на ул. „Шипка“ 12")
  const line = t.typed.slice(t.typed.lastIndexOf('\n', m.index) + 1, m.index);
  if (FIELD.test(line) && FORM.test(t.typed)) return null;
  return `${m[1]}${inner}${m[3]}`;
}

/** Patience and its loss: "losing my patience", "à bout de patience", "mijn geduld is op". */
const PATIENCE = wordSet('patience paciencia geduld pazienza');
const PATIENCE_LOST =
  wordSet(`losing lose lost lossing running ran run out thin wearing end ending limit limits gone
  perdiendo perdi perder acaba acabando agotando agotada agoto
  perds perdu perdre bout fin
  verliere verlieren verloren ende zu am
  perdendo perdi perder acabou acabando esgotou esgotando
  perdendo perso persa perdere finita esaurita
  op raakt kwijt verlies verloren`);

/** "I'm losing my patience", "se me acaba la paciencia", "ich verliere die Geduld". */
export function lostPatience(t: Tokenized): string | null {
  const toks = t.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!PATIENCE.has(toks[i]!.key)) continue;
    for (let j = Math.max(0, i - 4); j <= i + 3 && j < toks.length; j++) {
      if (j === i || toks[j]!.clause !== toks[i]!.clause || !PATIENCE_LOST.has(toks[j]!.key)) continue;
      // "am/zu Ende" only as German's "am Ende", "zu Ende"; "out" only as "out of patience".
      if ((toks[j]!.key === 'am' || toks[j]!.key === 'zu') && toks[j + 1]?.key !== 'ende') continue;
      if (toks[j]!.key === 'out' && toks[j + 1]?.key !== 'of') continue;
      // Dutch "op" only as "(is/raakt) op": "mijn geduld is op", not "komen er op terug".
      if (toks[j]!.key === 'op' && (j < i || !['is', 'raakt', 'was'].includes(toks[j - 1]?.key ?? '')))
        continue;
      return quote(t, toks[Math.min(i, j)]!, toks[Math.max(i, j)]!);
    }
  }
  return null;
}

/**
 * Made to repeat oneself: "how many times do I have to send it", "for the third time I'm
 * explaining", "every time I call I get someone new" — the thing Baton promises never happens.
 * Not "how many times can I change my flight" (a limit asked about), nor a repeat order.
 */
const HOW_MANY_TIMES: readonly (readonly string[])[] = [
  ['how', 'many', 'times'],
  ['how', 'often'],
  ['cuantas', 'veces'],
  ['combien', 'de', 'fois'],
  ['wie', 'oft'],
  ['wie', 'viele', 'male'],
  ['quantas', 'vezes'],
  ['quante', 'volte'],
  ['hoe', 'vaak'],
  ['hoeveel', 'keer'],
  ['hoeveel', 'keren'],
];
/** An obligation after "how many times": "do I have to", "tengo que", "dois-je", "muss ich". */
const MUST = wordSet(`have has must need needs should gotta tengo tiene tenemos hay debo debemos
  dois doit devons faut muss musste mussen soll tenho tem temos preciso precisamos devo devemos
  moet moeten`);
/** Telling and contacting: what the visitor keeps having to do. */
const TELL_VERBS = wordSet(`explain explained explaining tell told telling say said repeat repeated repeating
  call called calling ring rang phone phoned write wrote writing email emailed message messaged send sent ask
  asked asking contact contacted chat chatted provide provided upload uploaded submit submitted
  explicar explique explicado decir dicho repetir repetido llamar llamado llame escribir escrito enviar enviado
  mandar mandado pedir pedido
  expliquer explique repeter repete appeler appele ecrire ecrit envoyer envoye redire dire dit demander demande
  erklaren erklart wiederholen wiederholt anrufen angerufen schreiben geschrieben schicken geschickt senden
  gesendet sagen gesagt fragen gefragt
  explicar expliquei repetir repeti ligar liguei escrever escrevi enviar enviei mandar mandei dizer disse
  pedir pedi mandou enviou mandaste enviaste
  spiegare spiegato ripetere ripetuto chiamare chiamato scrivere scritto inviare inviato mandare mandato dire
  detto chiedere chiesto
  uitleggen uitgelegd herhalen herhaald bellen gebeld schrijven geschreven sturen gestuurd mailen gemaild
  zeggen gezegd vragen gevraagd`);
const HIGH_ORDINALS =
  wordSet(`third fourth fifth sixth umpteenth nth 3rd 4th 5th 6th ennesimo ennesima enesimo
  enesima enieme zigste zoveelste
  tercera tercer cuarta cuarto quinta quinto troisieme quatrieme cinquieme 3e 4e 5e
  dritte dritten vierte vierten funfte funften terceira terceiro quarta quarto quinta quinto
  terza terzo quarta quarto quinta quinto derde vierde vijfde`);
/** "3 times", "three times", "tre volte", "drie keer". */
const THREE_UP = wordSet(`three four five six seven ten tres cuatro cinco trois quatre cinq drei vier funf
  tres quatro cinco tre quattro cinque drie vier vijf`);
const atLeastThree = (key: string) => (/^\d+$/.test(key) ? Number(key) >= 3 : THREE_UP.has(key));
const TIME_WORDS = wordSet('time times vez veces fois mal male vezes volta volte keer keren');
const EVERY = wordSet('every each cada chaque jedes jedesmal toda ogni elke iedere');

/** A telling verb, maybe with a pronoun attached: "explicarlo", "ripeterlo", "dirvelo". */
const CLITIC = /(?:selo|sela|melo|telo|velo|glielo|lo|la|le|los|las|les|me|te|nos|vi|ci)$/;
const isTelling = (key: string) =>
  TELL_VERBS.has(key) || (key.length > 6 && CLITIC.test(key) && TELL_VERBS.has(key.replace(CLITIC, '')));

export function madeToRepeat(t: Tokenized): string | null {
  const toks = t.tokens;
  /** The first telling verb within [from, to] in token i's clause. */
  const tellingNear = (i: number, from: number, to: number) => {
    for (let j = Math.max(0, from); j <= to && j < toks.length; j++)
      if (toks[j]!.clause === toks[i]!.clause && isTelling(toks[j]!.key)) return j;
    return -1;
  };
  for (let i = 0; i < toks.length; i++) {
    const key = toks[i]!.key;
    // "how many times do I have to tell you", "cuántas veces tengo que explicarlo", "wie oft muss
    // ich noch anrufen": an obligation and a telling verb (not "how often do I need to water it").
    for (const phrase of HOW_MANY_TIMES) {
      if (phrase.some((w, k) => toks[i + k]?.key !== w)) continue;
      const end = i + phrase.length - 1;
      const must = toks
        .slice(end + 1, end + 5)
        .some((w) => w.clause === toks[end]!.clause && MUST.has(w.key));
      const verb = tellingNear(end, end + 1, end + 8);
      if (must && verb >= 0) return quote(t, toks[i]!, toks[verb]!);
    }
    // "third time I'm explaining", "I've called 5 times", "3 Mal angerufen" — not a calm question.
    const at =
      HIGH_ORDINALS.has(key) && TIME_WORDS.has(toks[i + 1]?.key ?? '')
        ? i + 1
        : TIME_WORDS.has(key) && atLeastThree(toks[i - 1]?.key ?? '')
          ? i
          : -1;
    if (at >= 0 && !inQuestionAsking(t, at)) {
      const verb = tellingNear(at, at - 6, at + 6);
      if (verb >= 0) return quote(t, toks[Math.min(i, verb)]!, toks[Math.max(at, verb)]!);
    }
    // "every time I call…", "chaque fois que j'appelle…" — said, not asked.
    const every = (EVERY.has(key) && TIME_WORDS.has(toks[i + 1]?.key ?? '')) || key === 'jedesmal';
    if (every && !inQuestion(t, i)) {
      const verb = tellingNear(i, i + 1, i + 5);
      if (verb >= 0) return quote(t, toks[i]!, toks[verb]!);
    }
  }
  return null;
}

/**
 * Dissatisfaction declared in the first person: "I am very dissatisfied with…", "ich bin sehr
 * unzufrieden mit…", "je ne suis pas satisfait de…", "ik ben zeer ontevreden over…". Not
 * supposed ("if I'm not satisfied, can I return it?"), not asked.
 */
/** "very", "sehr", "muito"… between "I am" and the adjective (duplicates across languages dropped). */
const INTENSIFIER = `(?:(?:${[
  ...new Set(
    `very so really extremely totally completely deeply muy tan realmente très tres vraiment extrêmement
    sehr wirklich äußerst echt muito tão bastante molto davvero estremamente zeer erg heel enorm`.split(
      /\s+/,
    ),
  ),
].join('|')}) )?`;
const DISSATISFIED = phrases([
  String.raw`\b(?:i am|i'm|im|we are|we're) ${INTENSIFIER}(?:dissatisfied|unsatisfied|displeased|not (?:happy|satisfied|pleased)(?! to\b))\b`,
  String.raw`\b(?:estoy|estamos) ${INTENSIFIER}(?:insatisfech[oa]s?|descontent[oa]s?)\b|\bno (?:estoy|estamos) ${INTENSIFIER}(?:satisfech[oa]s?|content[oa]s?)\b`,
  String.raw`\b(?:je suis|nous sommes) ${INTENSIFIER}(?:mécontente?s?|mecontente?s?|insatisfaite?s?)\b|\bje ne suis (?:pas|vraiment pas) (?:du tout )?satisfaite?\b`,
  String.raw`\b(?:ich bin|wir sind) ${INTENSIFIER}(?:unzufrieden|nicht zufrieden)\b`,
  String.raw`\b(?:estou|estamos|fiquei|ficamos) ${INTENSIFIER}(?:insatisfeit[oa]s?|descontente?s?)\b|\bn[ãa]o (?:estou|fiquei) ${INTENSIFIER}satisfeit[oa]\b`,
  String.raw`\b(?:sono|siamo) ${INTENSIFIER}(?:insoddisfatt[oaie]|scontent[oaie])\b|\bnon sono ${INTENSIFIER}soddisfatt[oa]\b`,
  String.raw`\b(?:ik ben|wij zijn|we zijn) ${INTENSIFIER}(?:ontevreden|niet tevreden)\b`,
]);

export function dissatisfied(t: Tokenized): string | null {
  const said = saidNotAsked(t, DISSATISFIED);
  // (supposed: "if I'm not satisfied…", "si no estoy satisfecho…", "wenn ich unzufrieden bin…")
  return said && !SUPPOSING.has(t.tokens[said.at - 1]?.key ?? '') ? said.text : null;
}

/**
 * A failure counted: "3e coupure aujourd'hui", "dritter Ausfall diese Woche", "second delay this
 * week", "four outages since Monday". Said, not asked ("will there be a second cancellation?").
 */
const FAILURES = wordSet(`outage outages cut cuts breakdown breakdowns failure failures cancellation
  cancellations delay delays crash crashes disconnection disconnections dropout dropouts interruption
  interruptions blackout blackouts
  corte cortes caida caidas averia averias fallo fallos cancelacion cancelaciones retraso retrasos apagon
  apagones interrupcion interrupciones
  coupure coupures panne pannes annulation annulations retard retards plantage plantages deconnexion
  deconnexions
  ausfall ausfalle storung storungen stromausfall stromausfalle absturz absturze verspatung verspatungen
  abbruch abbruche unterbrechung unterbrechungen
  queda quedas falha falhas pane cancelamento cancelamentos atraso atrasos interrupcao interrupcoes apagao
  interruzione interruzioni guasto guasti disservizio disservizi cancellazione cancellazioni ritardo ritardi
  storing storingen uitval onderbreking onderbrekingen vertraging vertragingen annulering annuleringen
  bug bugs cancelled canceled annule annulee gestrichen abgesagt cancelado cancelada cancellato cancellata
  geannuleerd ausgefallen uitgevallen annulliert blackout`);
const SECOND_UP =
  wordSet(`second 2nd segunda segundo deuxieme 2e 2eme zweite zweiter zweites tweede seconda secondo
  dritter drittes vierter viertes 3eme 4eme`);

/**
 * Lateness counted in hours or days, said: "fahrer 1h zu spät", "2 hours late and no call",
 * "3 jours de retard". Not asked ("my flight is 3 hours late, can I claim?").
 */
const N = String.raw`(?:\d+|an?|one|two|three|four|five|une?|deux|trois|eine?|zwei|drei|vier|uma?|duas|dois|tr[eê]s|una?|dos|due|tre|een|twee|drie)`;
const LATE_BY = phrases([
  String.raw`\b${N}\s*(?:h|hrs?|hours?|days?|weeks?)\s+late\b`,
  String.raw`\b${N}\s*(?:h|std|stunden?|tage?|wochen?)\s+(?:zu\s+)?sp[äa]t\b`,
  String.raw`\b${N}\s*(?:h|heures?|jours?|semaines?)\s+de\s+retard\b`,
  String.raw`\b${N}\s*(?:h|horas?|d[ií]as?|semanas?)\s+de\s+(?:retraso|atraso)\b`,
  String.raw`\b(?:${N}|un')\s*(?:h|or[ae]|giorni|settimane)\s+di\s+ritardo\b`,
  String.raw`\b${N}\s*(?:u|uur|dagen?|weken?)\s+(?:te\s+laat|vertraging)\b`,
]);

export function lateBy(t: Tokenized): string | null {
  const said = saidNotAsked(t, LATE_BY);
  if (!said) return null;
  const toks = t.tokens;
  // (a rule about lateness: "payments made 2 days late incur a fee"; a supposed one: "if my train
  // is more than an hour late…", "se il treno ha più di un'ora di ritardo…")
  if (POLICY_BEFORE.has(toks[said.at - 1]?.key ?? '')) return null;
  const clause = toks.slice(0, said.at).filter((w) => w.clause === toks[said.at]!.clause);
  return clause.some((w) => SUPPOSING.has(w.key) || MORE_THAN.has(w.key)) ? null : said.text;
}
/** Supposing: "if", "si", "wenn", "se", "als"… */
const SUPPOSING = wordSet('if whether si se wenn falls ob als caso');
/** "more than an hour late", "mehr als…": a threshold, not a wait. */
const MORE_THAN = wordSet('than mehr');
const POLICY_BEFORE = wordSet(
  'made paid submitted filed returned received payments pagos paiements zahlungen',
);

/** A failure noun, German and Dutch compounds too ("Zugausfall", "stroomstoring"). */
export const isFailure = (key: string) =>
  FAILURES.has(key) || (key.length > 9 && /(?:ausfall|storung|verspatung|storing|uitval)$/.test(key));

export function failureCounted(t: Tokenized): string | null {
  const toks = t.tokens;
  for (let i = 0; i < toks.length - 1; i++) {
    const key = toks[i]!.key;
    const ordinal = HIGH_ORDINALS.has(key) || SECOND_UP.has(key);
    if (!ordinal && !atLeastThree(key)) continue;
    // the failure right after, or after one word for an ordinal ("third power cut", "tercer corte
    // de luz"); a number right before it ("4 outages", not "a 5 minute delay")
    for (const j of ordinal ? [i + 1, i + 2] : [i + 1]) {
      const w = toks[j];
      if (!w || w.clause !== toks[i]!.clause || !isFailure(w.key)) continue;
      if (inQuestionAsking(t, j)) return null;
      return quote(t, toks[i]!, w);
    }
  }
  return null;
}

/**
 * "how many times a day do I have to take the pill?": "how many times … must" asked of something
 * that is not telling or contacting — a calm question about frequency, whatever its words suggest.
 */
export function asksHowOften(t: Tokenized): boolean {
  const toks = t.tokens;
  if (t.questions === 0) return false;
  // (the phrase first: it is rare, and madeToRepeat scans the whole message again)
  const asked = toks.some((_, i) =>
    HOW_MANY_TIMES.some((phrase) => phrase.every((w, k) => toks[i + k]?.key === w)),
  );
  return asked && !madeToRepeat(t);
}

/** A question that asks how or whether ("can I call a third time?"), not an exasperated "why…?". */
function inQuestionAsking(t: Tokenized, i: number): boolean {
  return inQuestion(t, i) && !/\b(?:why|por ?que|pourquoi|warum|porque|perche|waarom)\b/.test(t.lower);
}

/**
 * A promise not kept: "I was promised a refund three weeks ago and I'm still waiting", "you said
 * someone would call me back. Nobody did.", "le technicien devait passer mardi, jamais venu".
 * A promise word, then a sign it failed; not a calm question about what was said.
 */
const PROMISED = wordSet(`promised promise promises guaranteed assured supposed
  prometieron prometio prometido prometida garantizaron
  promis promise promettez promettait
  versprochen zugesagt garantiert
  prometeram prometeu prometido prometida garantiram
  promesso promessa promesse garantito
  beloofd toegezegd gegarandeerd`);
/** "said/told … would": a promise in reported speech. */
const SAID = wordSet('said told dijeron dijo dit gesagt disseram disse detto gezegd zei');
const WOULD = wordSet("would will 'd gonna going");
/** What "supposed to" needs to have failed: it did not happen ("never showed up"), not "not yet". */
const DID_NOT = wordSet(
  "never nobody noone nothing didn't wasn't weren't nunca nadie jamais personne nie niemand nessuno mai nooit niemand",
);
const FAILED = wordSet(`never still nobody noone nothing yet didn't hasn't haven't wasn't isn't weren't
  nunca todavia aun nadie nada sigo seguimos
  jamais toujours personne rien aucun aucune
  nie niemand nichts kein keine bisher
  nunca ainda ninguem nada continuo
  mai ancora nessuno niente nulla
  nooit steeds niemand niets geen`);

/** A promise made earlier in token i's clause: "I was promised a callback", "you said you'd call". */
export function promisedBefore(toks: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8 && toks[j]!.clause === toks[i]!.clause; j--)
    if (PROMISED.has(toks[j]!.key) || SAID.has(toks[j]!.key)) return true;
  return false;
}

/** Token i tells a promise made to the visitor (told, not asked about). */
function promiseAt(t: Tokenized, i: number): boolean {
  const toks = t.tokens;
  const key = toks[i]!.key;
  const promise =
    PROMISED.has(key) || (SAID.has(key) && toks.slice(i + 1, i + 6).some((w) => WOULD.has(w.key)));
  if (!promise || inQuestion(t, i)) return false;
  // "I promise" is the visitor's own promise; "promise" as a noun after "no" isn't one made.
  return !(key === 'promise' && ['i', 'we', 'no'].includes(toks[i - 1]?.key ?? ''));
}

/**
 * A promise recalled at all ("I was promised a refund last week"), failed or not yet: the matter
 * was raised before. Not "supposed to", which an order's own dates say too.
 */
export const recallsPromise = (t: Tokenized): boolean =>
  t.tokens.some((w, i) => w.key !== 'supposed' && promiseAt(t, i));

export function brokenPromise(t: Tokenized): string | null {
  const toks = t.tokens;
  for (let i = 0; i < toks.length; i++) {
    const key = toks[i]!.key;
    if (!promiseAt(t, i)) continue;
    // "supposed to arrive tomorrow, no tracking number yet" has not failed yet.
    const failed = key === 'supposed' ? DID_NOT : FAILED;
    for (let j = i + 2; j <= i + 16 && j < toks.length; j++) {
      if (failed.has(toks[j]!.key)) return quote(t, toks[i]!, toks[j]!);
    }
  }
  return null;
}

/**
 * Going without, counted: "three weeks without internet", "Day 12 without hot water", "drei
 * Wochen ohne Strom", "llevo 5 días sin luz". Not a question ("can I go 3 days without
 * charging it?") nor an offer ("3 months without interest").
 */
const WITHOUT = wordSet('without sin sans ohne sem senza zonder');
const SPAN_UNITS = wordSet(`hours days weeks months
  horas dias semanas meses heures jours semaines mois stunden tage tagen wochen monate monaten
  ore giorni settimane mesi uur dagen weken maanden`);
const DAY_WORDS = wordSet('day dia jour tag giorno dag week semana semaine woche settimana');
const OFFER_WORDS =
  wordSet(`interest fees fee charge charges commission cost costs payment payments obligation
  intereses comision comisiones cargo coste gastos pago interets frais engagement zinsen gebuhren kosten
  juros taxa taxas custos interessi commissioni costi spese rente kosten`);

export function goneWithout(t: Tokenized): string | null {
  const toks = t.tokens;
  for (let i = 1; i < toks.length - 1; i++) {
    if (!WITHOUT.has(toks[i]!.key) || inQuestion(t, i)) continue;
    const what = toks[i + 1]!;
    if (what.clause !== toks[i]!.clause || OFFER_WORDS.has(what.key)) continue;
    // "3 weeks without", "three weeks without", or "Day 12 without"
    const a = toks[i - 1]!;
    const b = toks[i - 2];
    const count = (w: Token | undefined) =>
      !!w && (/^\d+$/.test(w.key) ? Number(w.key) >= 2 : QUANTITY.has(w.key));
    const span = SPAN_UNITS.has(a.key) && count(b);
    const dayN = /^\d+$/.test(a.key) && Number(a.key) >= 2 && !!b && DAY_WORDS.has(b.key);
    if ((span || dayN) && a.clause === toks[i]!.clause) return quote(t, b!, what);
  }
  return null;
}

/**
 * The same answer heard before: "that's exactly what you told me last Monday", "it said that last
 * week too", "eso mismo me dijisteis el lunes", "das haben Sie mir gestern schon gesagt", "dat zei
 * je gisteren ook". The visitor is being sent round in circles. Said, not asked ("you said
 * yesterday it would ship, is that still right?" asks).
 */
const EARLIER = String.raw`(?:yesterday|before|already|too|last (?:week|time|month|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d+ (?:minutes|hours|days|weeks) ago|(?:two|three) (?:days|weeks) ago)`;
const HEARD_BEFORE = phrases([
  String.raw`\b(?:that'?s|thats|that is|this is) (?:exactly|just) what (?:you|they|it|u)\b`,
  String.raw`\b(?:that'?s|thats|that is) what (?:you|they|it|u) (?:told me|said|wrote|says) ${EARLIER}`,
  String.raw`\b(?:you|they|it|u) (?:told me|said|wrote|showed) (?:that|this|the same(?: thing)?|exactly that) ${EARLIER}`,
  String.raw`\b(?:you|u) (?:already|just) (?:told|said|sent) (?:me )?(?:that|this|the same)\b`,
  String.raw`\b(?:the )?same (?:answer|reply|response|message) (?:as|like) (?:before|yesterday|last time)\b`,
  String.raw`\beso mismo (?:me )?(?:dijisteis|dijiste|dijeron|dijo|pon[ií]a|dec[ií]ais|dec[ií]a)\b`,
  String.raw`\beso (?:me )?(?:dijisteis|dijiste|dijeron|dijo|pon[ií]a|dec[ií]a) (?:ayer|anteayer|antes|hace|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|la semana pasada|el otro d[ií]a|la (?:otra|[uú]ltima) vez)`,
  String.raw`\bya me (?:lo )?(?:dijisteis|dijiste|dijeron|hab[eé]is dicho|has dicho|ha dicho|han dicho)\b`,
  String.raw`\bla misma respuesta (?:de|que) (?:antes|ayer|siempre|la otra vez)\b`,
  String.raw`\bc['’]est (?:exactement |justement )?ce que (?:vous|tu|on|il|ils|elle) m['’](?:avez|as|a|ont|aviez|avait) (?:d[ée]j[àa] )?(?:dit|r[ée]pondu|[ée]crit)\b`,
  String.raw`\b(?:vous|tu) me l['’](?:avez|as) d[ée]j[àa] dit\b|\bvous m['’]avez d[ée]j[àa] dit (?:[çc]a|la m[êe]me chose)\b`,
  String.raw`\bla m[êe]me r[ée]ponse qu['’](?:hier|avant|la derni[èe]re fois)\b`,
  String.raw`\bdas (?:haben|hatten|hat|hast|habt) (?:sie|du|ihr|man) (?:mir|uns) (?:(?:gestern|vorgestern|letzte woche|letztes mal|auch|schon|bereits|vorhin) )+gesagt\b`,
  String.raw`\b(?:die )?gleiche antwort wie (?:gestern|vorhin|letztes mal|letzte woche)\b`,
  String.raw`\b(?:voc[eê]s?|vcs?) j[aá] (?:me )?(?:disseram|disse|falaram|falou) isso\b`,
  String.raw`\bisso (?:mesmo )?(?:voc[eê]s? )?(?:me )?(?:disseram|disse|falaram|falou) (?:ontem|anteontem|semana passada|antes|h[aá] \S+ (?:dias|semanas|horas))`,
  String.raw`\b(?:a )?mesma resposta (?:de|que) (?:ontem|antes|sempre)\b`,
  String.raw`\b(?:[èe]|e['’]) (?:esattamente |proprio )?quello che mi (?:avete|hai|ha|hanno) (?:gi[àa] )?detto\b`,
  String.raw`\bme l['’]?(?:avete|hai|hanno) gi[àa] detto\b`,
  String.raw`\b(?:la )?stessa risposta di (?:ieri|prima|sempre)\b`,
  String.raw`\bdat (?:hebben jullie|heeft u|heb je|hebt u|hebben ze) (?:me |mij )?(?:\S+ ){0,2}(?:al|ook) gezegd\b`,
  String.raw`\bdat (?:zei|zeiden|schreef|schreven) (?:je|jij|jullie|u|ze) (?:me |mij )?(?:gisteren|vorige week|eergisteren|vorige keer|toen ook|ook al|maandag|dinsdag|woensdag|donderdag|vrijdag)\b`,
  String.raw`\b(?:hetzelfde|zelfde) antwoord als (?:gisteren|vorige keer|eerst)\b`,
]);

export function heardBefore(t: Tokenized): string | null {
  return saidNotAsked(t, HEARD_BEFORE)?.text ?? null;
}

/**
 * Fed up, declared: "I'm fed up", "j'en ai marre", "mir reicht's", "ik ben er klaar mee", "sono
 * stufo". Not "fed up with waiting for the bus? try our app" (a question), nor "no me harto de…".
 */
const FED_UP_DECLARED = phrases([
  String.raw`\b(?:i'?m|i am|we'?re|we are)(?: so| really| just)? (?:fed up|sick and tired|done with (?:you|this|it))\b`,
  String.raw`\b(?:estoy|estamos) (?:hart[oa]s?|hasta las narices)\b`,
  String.raw`\bj'en ai (?:marre|ras le bol|plein le dos)\b|\bras[- ]le[- ]bol\b`,
  String.raw`\b(?:mir|uns) reicht'?s\b|\bes reicht(?: jetzt| mir)?\s*[.!]|\bdie schnauze (?:gestrichen )?voll\b`,
  String.raw`\b(?:estou|estamos) (?:fart[oa]s?|de saco cheio)\b|\bcansei\b`,
  String.raw`\b(?:sono|siamo) (?:stuf[oaie]|stanc[oaih]+ morti?)\b|\bne ho (?:abbastanza|piene le scatole)\b`,
  String.raw`\bik ben (?:het|er) (?:zat|beu|klaar mee)\b|\bklaar mee\b`,
]);

export function fedUp(t: Tokenized): string | null {
  return saidNotAsked(t, FED_UP_DECLARED)?.text ?? null;
}

/**
 * A chargeback announced: "dann buche ich das eben über meine Bank zurück", "I'll dispute it with
 * my bank", "via mijn bank laten terugboeken". A reversal word and the visitor's bank or card, said
 * (not asked: "can I dispute a charge with my bank?" is a question for the knowledge base).
 */
// (not "opposition": "faire opposition à ma carte" blocks a card)
const REVERSAL =
  /^(?:chargeback|disput|reverse|zuruckbuch|zuruck|ruckbuch|terugboek|terugdraai|storn|estorn|contracargo|contest)/;
/** "how do I…", "comment faire…" without a question mark still asks. */
const HOW = wordSet('how comment como wie come hoe');
const BANK = wordSet(
  'bank banco banque banca card tarjeta carte karte kaart cartao carta kreditkarte creditcard',
);

export function chargebackThreat(t: Tokenized): string | null {
  const toks = t.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!REVERSAL.test(toks[i]!.key) || inQuestion(t, i)) continue;
    if (toks.some((w) => w.clause === toks[i]!.clause && HOW.has(w.key))) continue;
    for (let j = Math.max(0, i - 6); j <= i + 6 && j < toks.length; j++) {
      if (!BANK.has(toks[j]!.key) || toks[j]!.clause !== toks[i]!.clause) continue;
      const mine = [toks[j - 1], toks[j - 2]].some((w) => w && MY.has(w.key));
      if (mine || toks[i]!.key === 'chargeback')
        return quote(t, toks[Math.min(i, j)]!, toks[Math.max(i, j)]!);
    }
    if (toks[i]!.key === 'chargeback' || toks[i]!.key === 'contracargo') return toks[i]!.raw;
  }
  return null;
}

/**
 * A formal demand or legal step announced: "Mise en demeure : … je saisirai le médiateur",
 * "Danach übergebe ich die Sache meinem Anwalt", "anders start ik een procedure bij de
 * Geschillencommissie", "I will take legal action", "non pagherò un euro in più". Said, not asked
 * ("can I take this to the ombudsman?" is a question for the knowledge base).
 */
const LEGAL_STEP = phrases([
  String.raw`\bmise en demeure\b|\bje (?:saisirai|vais saisir|porterai plainte)\b|\bdernier avertissement\b`,
  String.raw`\bingebrekestelling\b|\bstart ik een procedure\b|\bsommatie\b|\bgeschillencommissie\b`,
  String.raw`\b(?:übergebe|uebergebe|gebe) ich (?:die sache|das|den fall) (?:an )?meine[nm]? anwalt|\bletzte frist\b|\brechtliche schritte\b`,
  String.raw`\b(?:i will|i'll|we will|we'll) (?:take legal action|sue|see you in court|go to (?:the )?(?:ombudsman|small claims))|\bfinal notice\b|\bletter before action\b`,
  String.raw`\b(?:acciones legales|burofax|(?:iré|ire|acudiré|acudire) a (?:los tribunales|consumo))\b`,
  String.raw`\b(?:diffida|vie legali|(?:mi rivolgerò|mi rivolgero) (?:a un avvocato|al giudice))\b`,
  String.raw`\b(?:medidas judiciais|(?:vou|irei) (?:ao procon|processar|à justiça|a justiça))\b`,
  // refusing to pay
  String.raw`\b(?:i (?:won't|will not|refuse to) pay|no (?:pienso|voy a) pagar|je ne (?:paierai|payerai) pas|ich (?:werde|zahle) (?:das )?nicht (?:zahlen|bezahlen)?|não vou pagar|non pagherò|non paghero|ik (?:betaal|ga) (?:dit |dat )?niet (?:betalen)?)\b`,
]);

export function legalStep(t: Tokenized): string | null {
  return saidNotAsked(t, LEGAL_STEP)?.text ?? null;
}

/**
 * Not as described: "rien à voir avec les photos", "no era eso lo que se anunciaba", "nicht wie
 * beschrieben", "für 45 Euro erwarte ich etwas mehr". A promise of the listing broken.
 */
const NOT_AS_DESCRIBED = phrases([
  String.raw`\bnot (?:as|what was) (?:described|advertised|pictured|promised)\b|\bnothing like the (?:photos?|pictures?|description|ad)\b`,
  String.raw`\bno (?:era|es) (?:eso |esto )?lo que (?:se )?(?:anunciaba|anunciaron|prometieron|ofrecían|ofrecian)|\bnada que ver con (?:las fotos|la descripción|la descripcion|el anuncio)\b`,
  String.raw`\brien à voir avec (?:les photos|la description|l'annonce)|\brien a voir avec (?:les photos|la description)|\bpas (?:conforme|comme) (?:à la description|a la description|annoncé|annonce|décrit|decrit)\b`,
  String.raw`\bnicht wie (?:beschrieben|abgebildet|angekündigt|versprochen)\b|\berwarte ich (?:etwas |schon )?mehr\b`,
  String.raw`\bnão (?:é|era) o que (?:foi )?(?:anunciado|prometido|anunciaram)|\bnada a ver com (?:as fotos|a descrição|a descricao|o anúncio)`,
  String.raw`\bnon (?:è|era) (?:quello|ciò) che (?:era )?(?:pubblicizzato|promesso|descritto)|\bniente a che vedere con (?:le foto|la descrizione)`,
  String.raw`\bniet zoals (?:beschreven|geadverteerd|beloofd|afgebeeld)\b|\blijkt in niets op\b`,
]);

export function notAsDescribed(t: Tokenized): string | null {
  return NOT_AS_DESCRIBED.exec(t.lower)?.[0].trim() ?? null;
}

/**
 * A question that is a reproach: "how do you expect us to organise ourselves?", "what exactly am I
 * paying for?", "comment voulez-vous qu'on s'organise ?", "wie stellt ihr euch das vor?",
 * "quem trabalha faz como?". Not "how do I…", "what am I paying for this month?" (a bill query).
 */
const REPROACH = phrases([
  String.raw`\bhow (?:do|does|can|could) (?:you|they|anyone) expect\b|\bhow (?:is anyone|is one|are people) supposed to\b|\bwhat (?:exactly|precisely) am i paying for\b`,
  String.raw`\bc[oó]mo (?:pretend[eé]is|pretenden|pretende|esperan|esper[aá]is) que\b|\bc[oó]mo se supone que\b|\bpara qu[eé] (?:exactamente )?(?:estoy pagando|pago)\b`,
  String.raw`\bcomment voulez[- ]vous qu|\bcomment (?:suis[- ]je|est[- ]on) cens[ée]|\bje paie pour quoi\b|\bon paie pour quoi\b`,
  String.raw`\bwie stell(?:t|en) (?:ihr|sie) (?:euch|sich) das vor\b|\bwie soll (?:man|ich) (?:das )?denn\b|\bwofür zahle ich (?:eigentlich|überhaupt)\b`,
  String.raw`\bcomo (?:vocês|voces|vcs) (?:querem|esperam) que\b|\bquem trabalha faz como\b|\bpagando (?:pra|para) qu[eê] (?:exatamente)?\b`,
  String.raw`\bcome pretendete che\b|\bcome pensate che\b|\bper cosa (?:sto )?pagando\b|\bche cosa (?:sto )?pago a fare\b`,
  String.raw`\bhoe verwacht(?:en)? (?:jullie|u) dat\b|\bwaar betaal ik (?:eigenlijk|dan|precies) voor\b|\b\w+ waarop precies\b`,
  // "comment on est censé…", "come si fa ad arrivare… se…", "why do I even bother…", "pra que eu pago…"
  String.raw`\bcomment on est cens[ée]\b|\bcome si fa a(?:d)? \p{L}+ .{0,60}\bse\b|\bhoe moet je .{0,60}\bals\b`,
  String.raw`\bwhy do (?:i|we) even bother\b|\bpara qu[eé] me molesto\b|\bpourquoi je me fatigue\b|\bwarum mache ich mir (?:überhaupt|eigentlich) die mühe\b`,
  String.raw`\bpra que (?:eu )?pago\b|\bpara que (?:eu )?pago\b|\bperch[eé] mi sforzo\b|\bwaarom doe ik (?:nog|eigenlijk) moeite\b`,
  // "you take us for cash cows": "vous nous prenez pour", "ci avete preso per", "nos toman por"
  String.raw`\bprenez (?:\p{L}+ )?(?:nous|vos (?:abonnés|clients)|vos \p{L}+) pour des\b|\bvous nous prenez pour\b|\bci (?:avete preso|prendete) per\b`,
  // incredulous: "how is it possible that…", "wie kann es sein, dass…", "how can the courier mark it
  // delivered when I was home all evening?" (not "how is it possible to pay in instalments?", not
  // "how can I… when I…": the visitor's own doing is a how-to)
  String.raw`\bhow (?:is it|is that|was it) (?:even )?possible (?:that|for (?:you|them))\b|\bhow can it be that\b`,
  String.raw`\bhow (?:can|could) (?:you|they|the|your|a|an|it|this|he|she|someone) [^?.!]{0,60}\b(?:when|while|although|even though) (?:i|we) (?:was|were|had|(?:have|'ve) (?:already|never|paid|cancell?ed|returned)|already|never|did|didn't|paid|cancell?ed|returned|ordered|sent|asked|told|called|specifically|clearly|explicitly)\b`,
  String.raw`\bc[oó]mo (?:es posible|puede ser) que\b|\bc[oó]mo es posible (?:pagar|cobrar|tardar|que)\b`,
  String.raw`\bcomment (?:est-ce|c'est|est-il|ça peut être|ca peut etre) possible (?:que|qu')|\bcomment se fait-il que\b|\bcomment (?:ça|ca) se fait que\b`,
  String.raw`\bwie (?:kann|konnte) es sein,? dass\b|\bwie ist (?:es|das) möglich,? dass\b|\bwie ist (?:es|das) moglich,? dass\b`,
  String.raw`\bcomo (?:é|e|pode ser) (?:possível|possivel )?que (?:vocês|voces|vcs|a |o |me )|\bcomo (?:é|e) possível que\b|\bcomo e possivel que\b`,
  String.raw`\bcom'?\s?(?:è|e) possibile che\b|\bcome (?:può|puo) essere che\b`,
  String.raw`\bhoe is het mogelijk dat\b|\bhoe kan (?:de|het|jullie|u|je|die|dat) [^?.!]{0,60}\bterwijl (?:ik|we|wij|mijn)\b`,
  String.raw`\bnos (?:toman|tomáis|tomais) por\b|\bhalten (?:sie|ihr) (?:uns|mich) für\b|\bnos (?:acham|tomam por)\b|\bhouden (?:jullie|u) (?:ons|me) voor\b|\bpricing out your (?:own )?(?:loyal )?customers\b`,
]);

export function reproach(t: Tokenized): string | null {
  return REPROACH.exec(t.lower)?.[0].trim() ?? null;
}

/**
 * A bad review announced: "Je laisserai un avis détaillé", "Lascerò una recensione", "I trust this
 * will be reflected in your online reviews", "Eine entsprechende Bewertung finden Sie bereits
 * online". Not a good one: "I'll leave you a 5-star review!".
 */
const REVIEW_ANNOUNCED = phrases([
  String.raw`\b(?:i will|i'll|i shall|will) (?:be )?(?:leav(?:e|ing)|writ(?:e|ing)|post(?:ing)?)(?: \p{L}+){0,2} reviews?\b|\breflected in (?:your|my|the) (?:online )?reviews?\b`,
  String.raw`\bdejar[eé] (?:una )?(?:reseña|opini[oó]n|valoraci[oó]n)\b|\bescribir[eé] (?:una )?(?:reseña|opini[oó]n)\b`,
  String.raw`\bje laisserai (?:un )?avis\b|\bje (?:vais|compte) laisser un avis\b`,
  String.raw`\bbewertung (?:finden sie|steht) (?:bereits )?online\b|\bich werde (?:eine )?(?:entsprechende )?bewertung\b`,
  String.raw`\bdeixarei (?:uma )?(?:avalia[cç][aã]o|resenha)\b|\bvou deixar (?:uma )?avalia[cç][aã]o\b`,
  String.raw`\blascer[oò] (?:una )?recensione\b|\bscriver[oò] (?:una )?recensione\b`,
  String.raw`\bik (?:laat|schrijf|zet) (?:een )?(?:review|recensie)\b|\bzal (?:een )?(?:review|recensie) (?:schrijven|achterlaten)\b`,
]);
const GOOD_REVIEW =
  /\b(?:5|five|cinq|fünf|funf|cinco|cinque|vijf)[ -]?(?:star|étoile|etoile|stern|estrela|estrella|stelle|ster)|\b(?:great|glowing|positive|good|bonne|excellent|buena|gute|ottima|goede|positiva|positivo)\b/u;

export function reviewAnnounced(t: Tokenized): string | null {
  const m = REVIEW_ANNOUNCED.exec(t.lower);
  return m && !GOOD_REVIEW.test(t.lower) ? m[0].trim() : null;
}

/** "Never again": "no pienso repetir", "plus jamais", "nie wieder", "não quero repetir", "mai più". */
const NEVER_AGAIN = phrases([
  String.raw`\bnever again\b|\bnunca m[aá]s\b|\bno pienso repetir\b|\bplus jamais\b|\bnie wieder\b|\bnunca mais\b`,
  String.raw`\bn[aã]o quero repetir\b|\bmai più\b|\bmai piu\b|\bnooit meer\b`,
]);

export function neverAgain(t: Tokenized): string | null {
  return NEVER_AGAIN.exec(t.lower)?.[0].trim() ?? null;
}

/**
 * Thanks for a harm, said in irony: "thanks for nothing", "thanks for wasting my time", "thanks
 * for leaving me stranded", "gracias por nada", "merci pour rien", "danke für nichts". Not thanks
 * for a fix ("thanks for fixing my broken phone"), nor a reply's "de nada" / "di niente".
 */
const THANKS_FOR_HARM = phrases([
  String.raw`\b(?:thanks|thank you|thx|ty)(?: so much| a lot| very much)? for (?:(?:absolutely )?nothing|ruining|wasting|losing|ignoring|hanging up|messing up|screwing up|the runaround|overcharging|double[- ]charging|stranding|leaving (?:me|us) (?:stranded|hanging|in the lurch|on hold|waiting)|making (?:me|us) wait|keeping (?:me|us) (?:on hold|waiting))\b`,
  String.raw`\bgracias por (?:nada|arruinar\p{L}*|fastidiar\p{L}*|hacerme perder|hacernos perder|dejarme (?:tirad[oa]|colgad[oa]|esperando)|ignorar\p{L}*|colgarme|tomarme el pelo)\b`,
  String.raw`\bmerci (?:pour rien|pour (?:que dalle|nada)|d'avoir (?:gâché|gache|ruiné|ruine|perdu|ignoré|ignore)|de m'avoir (?:laissée? (?:en plan|tomber|sans nouvelles|poireauter)|laissee? (?:en plan|tomber|sans nouvelles|poireauter)|fait perdre|ignoré|ignore|raccroché|raccroche|baladé|balade)|de (?:gâcher|gacher|ruiner|me faire perdre|m'ignorer))\b`,
  String.raw`\bdanke (?:für nichts|fur nichts|auch für nichts|fürs (?:warten lassen|ignorieren|nichts|hängenlassen|hangenlassen|stehenlassen)|dass (?:ihr|sie) (?:mich|uns) (?:hängen|hangen|stehen|warten) (?:lasst|lassen|gelassen habt))\b`,
  String.raw`\bgrazie (?:per niente|per nulla|tante per niente|per avermi (?:rovinato|fatto perdere|lasciato|ignorato|attaccato il telefono)|per (?:avermi )?(?:rovinato|sprecato))\b`,
  String.raw`\bobrigad[oa] (?:por nada|pelo nada|por (?:estragar|arruinar|me fazer perder|me deixar (?:na mão|na mao|esperando|plantad[oa])|me ignorar|desligar na minha cara))\b`,
  String.raw`\b(?:bedankt|dank je(?: wel)?|dank u(?: wel)?|thanks) voor (?:niks|niets|helemaal niks|helemaal niets|het verpesten|het verknallen|het verspillen|het negeren|(?:mij|me|ons) te laten (?:wachten|zitten|staan))\b`,
]);

export function thanksForHarm(t: Tokenized): string | null {
  return THANKS_FOR_HARM.exec(t.lower)?.[0].trim() ?? null;
}

/**
 * A hashtag that complains: "#fail", "#worstserviceever", "#NeverAgain", "#vergüenza",
 * "#honte", "#Frechheit". Written as one word, lower case or not: the grievance is inside it.
 */
const COMPLAINT_TAG =
  /^(?:epic)?fail|fail$|^worst|worst(?:service|customerservice|airline|company|experience|ever)|^neveragain|^nevereveragain|^disappointed|disappointing$|^ripoff|^scam|^boycott|^shameon|^shame$|^unacceptable|^notimpressed|^sofrustrated|^frustrated|^useless|^terribleservice|^awfulservice|^badservice|^poorservice|^customerservicefail|^verg[uü]enza|^estafa|^nuncamas|^p[eé]simo|^p[eé]simoservicio|^honte|^arnaque|^scandale|^inadmissible|^plusjamais|^schande|^frechheit|^niewieder|^abzocke|^unversch[aä]mt|^vergogna|^truffa|^maipi[uù]|^vergonha|^golpe$|^nuncamais|^p[eé]ssimo|^schandalig|^oplichting|^nooitmeer|^waardeloos/u;

export function complaintHashtag(t: Tokenized): string | null {
  // (the words of one hashtag, run together again: "#WorstServiceEver" is split by its capitals)
  const tags: string[] = [];
  for (const w of t.tokens) {
    if (!w.tag) continue;
    if (t.lower[w.start - 1] === '#' || !tags.length) tags.push(w.key);
    else tags[tags.length - 1] += w.key;
  }
  return tags.map((tag) => `#${tag}`).find((tag) => COMPLAINT_TAG.test(tag.slice(1))) ?? null;
}
