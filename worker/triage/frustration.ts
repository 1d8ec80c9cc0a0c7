import {
  asksHowOften,
  BAD_REVIEW,
  brokenPromise,
  chargebackThreat,
  complaintHashtag,
  dissatisfied,
  failureCounted,
  fedUp,
  goneWithout,
  heardBefore,
  inQuestion,
  isFailure,
  lateBy,
  legalStep,
  lostPatience,
  madeToRepeat,
  neverAgain,
  notAsDescribed,
  QUANTITY,
  recallsPromise,
  reproach,
  reviewAnnounced,
  sarcasm,
  scareQuoted,
  starRating,
  thanksForHarm,
  threatToLeave,
  unansweredContact,
} from './grievances';
import { isNegator, type SentimentResult } from './sentiment';
import {
  FIRST_PERSON,
  fold,
  Lexicon,
  MY,
  phrases,
  quote,
  THANKS,
  THAT,
  type Token,
  type Tokenized,
  turnsAt,
  WAVED_AWAY,
  wordSet,
} from './text';
import { sentences } from './textFeatures';

// Signs of frustration beyond the sentiment score: a complaint being made, criticism aimed at
// the company, its service or the bot ("you are useless", "pathetic service"), and the cues of
// a person losing patience — anger words, CAPS, "!!!", "still", "again", "for three weeks".

const list = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .map((w) => [w, true] as const);

/** Complaint nouns (a complaint is being made, or about to be); tolerant of one typo. */
const COMPLAINT_NOUNS = new Lexicon(
  list(`complaint complaints grievance reclamation reclamations
   queja quejas reclamacion reclamaciones reclamo reclamos
   plainte plaintes reclamation
   beschwerde beschwerden reklamation
   reclamacao reclamacoes queixa queixas
   lamentela lamentele reclami
   klacht klachten`),
);
/** Everyday words one letter from a complaint noun ("se queda en blanco" is not "queja"). */
const NOT_COMPLAINT_NOUNS = wordSet('queda quedas quedan quedar quede queden');
const COMPLAIN_VERBS = wordSet(`complain complaining quejarme quejar reclamar plaindre beschweren reklamieren
  queixar lamentarmi reclamare klagen
  complained reclame reclamei reclamato beschwert geklaagd`);
/**
 * A complaint that is not one being made now: someone else's ("my neighbour keeps complaining",
 * "the customer complained"), the visitor's own already open ("the status of my complaint",
 * "withdraw my complaint"), or the company's handling of them ("your complaints procedure",
 * "how long to process a complaint").
 */
const THIRD_PARTY =
  wordSet(`he she they someone somebody people neighbour neighbours neighbor neighbors customer
  customers guest guests client clients wife husband partner boss tenant tenants landlord colleague staff
  employee employees others`);
const HANDLING_NOUNS = wordSet(`procedure procedures policy process department form page team handling officer
  address email line ombudsman`);
const HANDLING_VERBS = wordSet(`process processed handle handled handling resolve resolved review reviewed
  investigate investigated accept accepted answer answered withdraw withdrawn cancel
  filed lodged submitted raised opened made processing response
  plazo respuesta tramitacion gestion contestar responder tramitar gestionar resolver
  delai traitement reponse traiter repondre
  bearbeitung bearbeitungszeit beantwortung bearbeiten beantworten
  prazo resposta tratamento tratar
  tempi tempo risposta gestione rispondere gestire
  afhandeling behandeling reactietijd afhandelen behandelen beantwoorden`);
/** "libro de reclamaciones", "formulaire de réclamation", "modulo di reclamo": the form, not a complaint. */
const HANDLING_NOUNS_BEFORE =
  wordSet(`libro formulario hoja procedimiento proceso departamento formulaire procedure
  processus livro procedimento processo modulo procedura ufficio`);
/** What "reclamar" / "reclamare" claims when it means "to claim": "reclamar el reembolso". */
const CLAIMED_THINGS =
  wordSet(`reembolso reembolsos devolucion dinero importe equipaje maleta garantia premio puntos
  bono cashback indemnizacion compensacion rimborso rimborsi indennizzo bagaglio premio punti bonus
  reembolso dinheiro bagagem indenizacao`);
/** "Beschwerden", "klachten" near a medicine, "a skin complaint": symptoms, not a grievance. */
const SYMPTOMS = wordSet(`skin stomach bowel symptom symptoms medication medicine doctor
  magen kopf schmerzen nebenwirkungen medikament medikamente arzt tabletten tablette symptome
  pijn bijwerkingen medicijn medicijnen huisarts maag`);
const AILMENT_NOUNS = wordSet('beschwerden klachten');
/** "My complaint is that…" makes one; "the status of my complaint" follows one up. */
const COPULA = wordSet('is es est ist e was concerns relates');

/** Obligation or possibility: "complaints must be submitted in writing", "klachten moeten…". */
const PROCEDURE_MODALS = wordSet(`must should can may need have
  deben debe pueden puede tienen doivent doit peuvent peut
  mussen muss konnen kann sollen devem deve podem pode devono possono puo moeten moet kunnen kan`);
/** Making one, the subject in the verb ("quiero poner una reclamación que…"): made now. */
const MAKING = wordSet(`file lodge make submit raise open put register
  poner presentar hacer interponer poser deposer faire porter einreichen erheben machen einlegen
  fazer apresentar registrar abrir fare presentare sporgere aprire indienen maken doen`);

/**
 * A complaint supposed, not made: "if I ever wanted to make a formal complaint, where…", "falls
 * mal etwas nicht stimmt", "nel caso mi serva in futuro". (A bare "if" is not enough: "if I don't
 * get my money back I will complain" is a threat.)
 */
const SUPPOSED = phrases([
  String.raw`\bif (?:i|we) (?:ever|ever wanted|one day)\b|\bshould (?:i|we) ever\b|\bin case\b|\bin (?:the )?future\b`,
  String.raw`\bsi (?:alguna vez|algún día|algun dia|en el futuro)\b|\ben caso de\b|\bpor si (?:acaso|algún día)\b`,
  String.raw`\bsi (?:un jour|jamais j)|\bau cas o[uù]\b|\b[àa] l'avenir\b`,
  String.raw`\bfalls (?:\p{L}+ )?(?:mal|einmal|irgendwann)\b|\bfür den fall\b|\bin zukunft\b|\bkünftig\b`,
  String.raw`\bse (?:um dia|algum dia|alguma vez|um dia)\b|\bcaso (?:um dia|venha)\b|\bno futuro\b`,
  String.raw`\bse (?:mai|un giorno)\b|\bnel caso\b|\bin futuro\b`,
  String.raw`\bals (?:ik|we) ooit\b|\bmocht(?:en)? (?:ik|we|er)\b|\bvoor het geval\b|\bin de toekomst\b`,
]);
/** A time limit asked: "how long before I can complain?", "tenho quantos dias para reclamar?". */
const DEADLINE = phrases([
  String.raw`\bhow (?:long|many days|much time)\b|\bwhat(?:'s| is) the (?:deadline|time limit)\b`,
  String.raw`\bcu[aá]nt(?:o tiempo|os d[ií]as)\b|\bcombien de (?:temps|jours)\b|\bwie (?:lange|viele tage)\b`,
  String.raw`\bquant(?:o tempo|os dias|i giorni)\b|\bhoe(?:lang| lang| veel dagen)\b`,
]);

/** The complaint at `i` is asked about: supposed, or its time limit is the question. */
function askedAbout(t: Tokenized, i: number): boolean {
  const toks = t.tokens;
  const holding = sentences(t).find((p) => i >= p.from && i < p.to)!;
  const start = toks[holding.from]!.start;
  const before = t.lower.slice(start, toks[i]!.start);
  // (no negation before it: "if you don't refund me in future I'll complain" threatens)
  const negated = toks.slice(holding.from, i).some((w) => isNegator(w.key));
  if (t.questions > 0 && SUPPOSED.test(before) && !negated) return true;
  // (the question mark often left off at the end: "tenho quantos dias para reclamar")
  const unended = holding.to === toks.length && !/[.!?\n]/.test(t.lower.slice(toks[holding.to - 1]!.end));
  return (holding.question || unended) && DEADLINE.test(t.lower.slice(start, toks[holding.to - 1]!.end));
}

function notMadeNow(t: Tokenized, i: number): boolean {
  const toks = t.tokens;
  const key = toks[i]!.key;
  if (askedAbout(t, i)) return true;
  const ahead = toks.slice(i + 1, i + 4).filter((w) => w.clause === toks[i]!.clause);
  // How complaints are to be made, said of complaints in general: "complaints must be submitted
  // in writing", "klachten moeten schriftelijk worden ingediend", not "I must complain again".
  // (the subject looked for after "that": "I read that complaints must…" is about complaints)
  const clause = toks.filter((w) => w.clause === toks[i]!.clause);
  const at = clause.indexOf(toks[i]!);
  let from = at;
  while (from > 0 && !THAT.has(clause[from - 1]!.key)) from--;
  if (
    clause.slice(at + 1, at + 7).some((w) => PROCEDURE_MODALS.has(w.key)) &&
    !clause.slice(from, at).some((w) => FIRST_PERSON.has(w.key) || MAKING.has(w.key))
  )
    return true;
  if ((key === 'reclamar' || key === 'reclamare') && ahead.some((w) => CLAIMED_THINGS.has(w.key)))
    return true;
  if (AILMENT_NOUNS.has(key) && toks.slice(Math.max(0, i - 5), i + 6).some((w) => SYMPTOMS.has(w.key)))
    return true;
  if (key.startsWith('complaint') && SYMPTOMS.has(toks[i - 1]?.key ?? '')) return true;
  // "reclamación al seguro", "réclamation bagage", "Garantie-Reklamation": a claim, not a complaint.
  const near = toks.slice(Math.max(0, i - 4), i + 5).filter((w) => w.clause === toks[i]!.clause);
  if (!COMPLAIN_VERBS.has(toks[i]!.key) && near.some((w) => CLAIM_EXCLUDE.has(w.key))) return true;
  const before = toks.slice(Math.max(0, i - 3), i).filter((w) => w.clause === toks[i]!.clause);
  if (before.some((w) => HANDLING_VERBS.has(w.key))) return true;
  if (before.some((w) => MY.has(w.key)) && !COPULA.has(toks[i + 1]?.key ?? '')) return true;
  // (a "customer complaint" is a kind of complaint, "the customer complained" someone else's)
  const subjects = COMPLAIN_VERBS.has(toks[i]!.key) ? before : before.slice(0, -1);
  if (subjects.some((w) => THIRD_PARTY.has(w.key)) && !before.some((w) => w.key === 'i' || w.key === 'we'))
    return true;
  if (before.length >= 2 && HANDLING_NOUNS_BEFORE.has(before[before.length - 2]!.key)) return true;
  const next = toks[i + 1];
  return !!next && next.clause === toks[i]!.clause && HANDLING_NOUNS.has(next.key);
}

/** A "claim" is a complaint when filed or made against someone (not an insurance or reward claim). */
const CLAIM = new Lexicon(list('claim claims'), 5);
const CLAIM_VERBS =
  wordSet(`file filing filed lodge lodging make making submit submitting raise raising open opening put
  register registering`);
const CLAIM_CONTEXT = wordSet('against customer consumer');
const CLAIMS_PLACE = wordSet('line department team office hotline number desk phone form portal');
const CLAIM_EXCLUDE =
  wordSet(`insurance warranty guarantee reward rewards prize bonus points cashback benefit benefits
  expense expenses tax baggage luggage accident damage medical health
  seguro seguros garantia equipaje maleta siniestro assurance garantie bagage bagages sinistre
  versicherung garantie gewahrleistung gepack schaden bagagem sinistro assicurazione garanzia bagaglio
  verzekering bagage schade`);

/** Who criticism is aimed at: the company, its people, its app, the bot. */
const TARGET_PRONOUNS = wordSet(`you your youre you're ur u yall guys
  vous tu ustedes usted ihr du sie voce voces vcs voi jullie jij je
  eres sois sei siete etes
  ihre ihrem ihren ihrer su sus seu sua seus suas vostri vostre`);
const TARGET_NOUNS = new Lexicon(
  list(`company business service services support app application website site bot chatbot chat assistant team
   staff agents experience brand customer care store shop
   empresa servicio atencion aplicacion pagina equipo experiencia marca tienda
   entreprise societe application equipe experience marque magasin
   firma unternehmen kundendienst webseite erfahrung marke laden
   servico atendimento aplicativo equipe experiencia loja
   azienda servizio assistenza sito squadra esperienza negozio
   bedrijf klantenservice ervaring winkel
  kundenservice klantendienst customerservice servicedesk helpdesk`),
  99,
);
/** "service client", "atención al cliente", "Kundenservice": part of the target's name. */
const CLIENT = wordSet('customer customers client clients cliente clientes clienti kunden klanten al');
/** Between a target and the verdict: "you are so useless", "your app is always slow". */
const LINK =
  wordSet(`is are was were be been being am 're 's so too very really always just totally completely such a an
  the absolutely truly literally the most all
  es eres son sois esta estan muy tan
  est etes es sont vraiment tres trop
  ist sind bist seid war wirklich so total
  e sao esta estao muito tao
  e sei siete sono molto davvero troppo
  is zijn bent was echt zo heel
  people folks lot bunch of unos unas un una des une degli dei delle uns umas een vollig ganz absolut totalmente completamente davvero proprio echt helemaal
  ein eine einen einer
  der die das dem den letzte la el le il o a het
  fa faz hace macht
  um uma`);

/** Verdicts on quality (adjectives): against a target they are criticism. */
const VERDICTS =
  wordSet(`bad poor awful terrible horrible useless stupid dumb pathetic worst slow rude incompetent
  hopeless lousy crap crappy shit shitty garbage rubbish ridiculous disgusting unprofessional unreliable clueless
  worthless unacceptable
  malo mala pesimo pesima inutil estupido estupida lento lenta grosero horrible terrible patetico
  mauvais mauvaise nul nulle inutile stupide lent lente nuls minable pathetique
  schlecht schlechte schlechter nutzlos dumm langsam unhoflich unfahig mies mull schrott
  shameful disgraceful vergonzoso honteux beschamend vergonhoso vergognoso schandalig
  ruim pessimo pessima inutil burro lento lenta horrivel terrivel malisimo malisima malisimos malisimas
  cattivo cattiva pessimo pessima inutile stupido lento lenta orribile
  slecht slechte nutteloos dom traag onbeleefd waardeloos belachelijk
  onbekwaam incompetente incompetenti
  worst peor peores pire pires schlechteste schlechtester schlechtesten pior piores peggiore peggiori slechtste mist
  unterirdisch lousy abysmal appalling dreadful ruim lamentable mauvais
  waardeloze belachelijke slechte bagger unmoglich ridiculo ridicula lamentavel
  lixo absurdo absurda absurd absurde assurdo assurda vergonhoso`);
/** Superlative verdicts: "worst airline ever" needs no target word. */
const WORST = wordSet(`worst peor peores pire pires schlechteste schlechtester schlechtesten pior piores
  peggiore peggiori slechtste slechtst`);
const WORST_NOT = wordSet('case scenario part thing caso cas fall parte geval');
/** Right, fine, normal: "not right" said of the situation is a verdict on it. */
const RIGHT = wordSet(`right ok okay acceptable normal fair correct certo correto normale giusto giusta
  ordnung akzeptabel normaal oke oké acceptabel juste correct aceptable`);

/**
 * "isso não está certo", "this is not right", "c'est pas normal", "das ist nicht in Ordnung",
 * "non è normale", "dit is niet normaal": at the RIGHT word i, the index of the situation word.
 */
function notRightAt(toks: Token[], i: number): number {
  if (!RIGHT.has(toks[i]!.key)) return -1;
  let negated = false;
  for (let back = 1; back <= 4; back++) {
    const p = toks[i - back];
    // "…and I pay the cancel fee?? Not normal.": a clause of its own closing a report
    if (!p || p.clause !== toks[i]!.clause)
      return negated && p && back <= 3 && i === toks.length - 1 ? i - back + 1 : -1;
    if (isNegator(p.key) || p.key.endsWith("n't") || p.key === 'pas') negated = true;
    else if (SITUATION.has(p.key) || p.key === 'isso' || p.key === 'esto') return negated ? i - back : -1;
    else if (
      !LINK.has(p.key) &&
      !INTENSIFIERS.has(p.key) &&
      p.key !== 'in' &&
      p.key !== 'ne' &&
      p.key !== 'n'
    )
      return -1;
  }
  return -1;
}
/**
 * Naming the thing with scorn: "¿a esto lo llamáis entrega?", "und das nennt ihr Service?". (Not
 * English "call this": "can you call this number?")
 */
const CALL_THIS = wordSet(
  'llamais llaman llamas appelez appelle appellent nennt nennen chamam chamar chiamate chiamano noemen noem',
);
/** "¿Cómo llamáis a esto?", "wie nennt ihr das?": asking the name, not scorning. */
const NAME_QUESTION = wordSet('como comment wie come hoe que quoi was cosa wat');
/** "seriously?", "¿en serio?", "sério isso?": exasperation. */
const SERIOUSLY = wordSet('seriously serio serieux serieusement ernsthaft serieus');
/** An exclamation's opener: "que lixo", "what rubbish", "quel bordel", "che schifo", "wat slecht". */
const EXCLAIM = wordSet('what que q quel quelle was che wat such');
/** "this", "that", "it", "c'est", "das", "isso", "è", "dit": the situation as a subject. */
const SITUATION = wordSet(
  `this that it it's this's c'est ca cela esto eso es das dies isso isto e dit dat het questo cio`,
);
const BOOSTERS_LIGHT = wordSet('total totally complete absolute real utter true vraiment echt totale');
/** A verdict, inflected: "incompetentes", "pésimos", "inutili", "nulle". */
function isVerdict(key: string): boolean {
  if (VERDICTS.has(key)) return true;
  for (const suffix of ['es', 's', 'i', 'e', 'a', 'en']) {
    if (key.length > suffix.length + 3 && key.endsWith(suffix) && VERDICTS.has(key.slice(0, -suffix.length)))
      return true;
  }
  return false;
}

/** Accusations (nouns): criticism only as "you are a …". */
const ACCUSATIONS =
  wordSet(`fraud frauds scam scammers liars liar thieves joke clowns idiots disaster disgrace shame
  catastrophe fraude estafa desastre verguenza arnaque honte betrug katastrophe schande frechheit golpe vergonha truffa
  disastro vergogna oplichters ramp
  scandal scandale escandalo skandal schandaal outrage unverschamtheit zumutung
  theft robbery ripoff rip-off robo roubo furto vol diebstahl abzocke diefstal oplichterij`);
/** "you suck", "your app sucks" */
const VERBAL = wordSet('suck sucks stinks');

/** Words of lost patience, anger or disappointment: a cue, weighed with the lexicon score. */
const ANGER =
  wordSet(`angry furious livid annoyed annoying irritated frustrated frustrating frustration fed sick tired
  disappointed disappointing unacceptable ridiculous outrageous absurd pathetic useless worst terrible horrible awful
  disgusting disgraceful shameful nonsense incompetent hopeless unhappy upset
  enfadado enojado molesto harto frustrado frustrante decepcionado inaceptable ridiculo absurdo patetico inutil
  pesimo vergonzoso
  enerve fache agace marre frustre decu decevant inadmissible inacceptable ridicule absurde pathetique inutile
  lamentable honteux
  wutend sauer verargert genervt frustriert enttauscht inakzeptabel lacherlich nutzlos unverschamt frechheit
  irritado chateado farto decepcionado inaceitavel ridiculo patetico pessimo horrivel
  arrabbiato arrabbiata infastidito stufo frustrato deluso inaccettabile ridicolo assurdo inutile pessimo
  vergognoso
  boos geirriteerd gefrustreerd teleurgesteld onacceptabel belachelijk nutteloos waardeloos schandalig
  zat beu shame disgrace verguenza vergonha honte schande vergogna
  furieux furieuse furioso furiosa furiosos woedend enfadada irritada arrabbiati
  unbelievable unglaublich ongelooflijk inacreditavel increible incredibile cansei
  schifo asco nojo`);

/** An anger word in another gender or number: "déçue", "decepcionada", "molestas", "frustrados". */
function isAnger(key: string): boolean {
  if (ANGER.has(key)) return true;
  if (key.length < 5 || NOT_ANGER.has(key)) return false;
  const base = key.replace(/(es|s)$/, '');
  const stems = [base, base.replace(/a$/, 'o'), base.replace(/e$/, ''), base.replace(/a$/, '')];
  return stems.some((b) => b !== key && b.length >= 4 && ANGER.has(b));
}
/** Emoji of anger: a cue like an anger word. */
const ANGRY_EMOJI = /[😤😡🤬😠👿💢]/u;

/** Words an inflection would take for anger: "stufa" (a stove, not "stufo"). */
const NOT_ANGER = wordSet('stufa');

const BOT_TARGETS = wordSet('bot chatbot chat robot assistant asistente assistente assistent');
/** "not … at all", "no … para nada", "ne … rien", "nicht … überhaupt": a flat dismissal. */
const EMPHATIC = wordSet(
  'nada rien nothing nichts niets niente nulla whatsoever uberhaupt helemaal absolutamente',
);

/** Before an anger word, these make it more than one mild word: "really disappointed", "echt sauer". */
const INTENSIFIERS = wordSet(`very really so truly extremely deeply seriously totally
  muy realmente super tres vraiment sehr echt total wirklich muito mesmo tao molto davvero proprio erg zeer heel`);

/** "still", "again", "already", "third time": the problem has lasted or repeated. */
const PERSISTENCE = wordSet(`still again already anymore
  todavia aun nuevamente
  toujours encore
  immer schon wieder erneut
  ainda novamente
  ancora nuovo gia
  steeds alweer weer opnieuw
  waiting wait esperar esperando attendre attends warten aspettare aspetto wachten`);
/** "again" (not "already", "waiting"): the same thing once more. */
const AGAIN = wordSet('again wieder erneut alweer weer opnieuw nuovamente novamente');
/** "still" (French "encore" and Italian "ancora" are both: read as "still", the calmer). */
const STILL = wordSet('still encore toujours immer steeds ancora todavia aun ainda');
/** "never", shouted: "rimborso mai arrivato!!", "NEVER received it" (not "never mind"). */
const NEVER = wordSet('never nunca jamais nie nooit mai');
const neverHappened = (toks: Token[], i: number) => NEVER.has(toks[i]!.key) && toks[i + 1]?.key !== 'mind';
/** "not sure" is doubt, not something missing. */
const UNSURE = wordSet('sure sicher sur seguro segura certo certa zeker');
/** "to this day": "até hoje", "hasta hoy", "bis heute", "jusqu'à aujourd'hui", "tot nu toe". */
const TO_THIS_DAY = phrases([
  String.raw`\bat[ée] hoje\b|\bhasta hoy\b|\bbis heute\b|\bjusqu'(?:à|a) aujourd'hui\b|\bfino ad oggi\b|\btot (?:nu )?toe\b|\bto this day\b`,
]);
/** Wrong or broken: "errada", "verkeerde", "faux", "falsch", "mal". */
const WRONG = wordSet(`wrong incorrect broken mal faux fausse fausses erronee errada errado erradas errados
  equivocado equivocada incorrecto incorrecta incorreto incorreta verkeerd verkeerde fout foute falsch falsche
  falschen kaputt sbagliato sbagliata sbagliati sbagliate errato errata indevida indevido indebida indebido
  indu indue unberechtigt unberechtigte dubbel double doppelt duplicado duplicada duplicata unauthorised
  unauthorized`);
/** Nothing, none: "still nothing", "toujours pas de…", "immer noch kein…", "ainda sem…". */
const NONE = wordSet(`nothing no none rien nada ningun ninguna nichts kein keine keinen niks geen
  sem nenhum nenhuma niente nessun nessuna`);
/** What follows Spanish "no" when it means "not": a verb or a pronoun. */
const SPANISH_NOT =
  /^(?:ha|he|has|han|hemos|esta|estan|es|son|era|fue|funciona|funcionan|llega|llego|llegado|me|te|se|lo|la|le|les|nos|hay|puedo|puede|tengo|tiene|recibi|recibido|sirve|anda|va|sale|carga|aparece|responde|responden|contesta|contestan)$/;
/** Not, never: missing only when shouted ("still not received" may be calm). */
const NOT = wordSet('not non nao nicht niet mai nunca jamais nie nooit never');
/** "where is my…": with shouting, a wait run out ("cadê meu reembolso???"). */
const WHERE = wordSet('where wheres cade donde ou wo dove waar');
const AGAIN_FIRST = wordSet('otra outra de di una');
const AGAIN_SECOND = wordSet('vez nuevo novo nuovo');
/** "third time", "tercera vez", "troisième fois", "dritte Mal", "terza volta", "derde keer". */
const ORDINALS =
  wordSet(`second third fourth fifth umpteenth segunda tercera cuarta quinta deuxieme troisieme quatrieme
  zweite dritte vierte terceira quarta seconda terza tweede derde vierde`);
const TIME_SINGULAR = wordSet('time vez fois mal volta keer');
const DURATION_UNITS = wordSet(`hours days weeks months times
  horas dias semanas meses veces
  heures jours semaines mois fois
  stunden tage tagen wochen monaten monate mal
  vezes ore giorni settimane mesi volte
  uur dagen weken maanden keer`);
/** "a bit", "slightly", "un peu", "ein bisschen": a complaint toned down on purpose. */
const DOWNTONED =
  /\b(?:a (?:bit|little|tad)|slightly|somewhat|kind of|kinda|sort of|un (?:poco|peu|po'?)|ein (?:bisschen|wenig)|etwas|um pouco|een (?:beetje|tikkeltje)|un pochino)\b/u;

/**
 * Said to be only asking: "just curious", "es solo por saberlo", "nur interessehalber", "puur uit
 * interesse". A question about complaints asked like this is about the procedure, not a complaint.
 */
const JUST_ASKING = phrases([
  String.raw`\bjust (?:asking|curious|wondering)\b|\bout of (?:curiosity|interest)\b|\bfor (?:future reference|my information)\b`,
  String.raw`\bsolo (?:por|para) (?:saber|saberlo|informarme)\b|\bpor curiosidad\b|\bpregunto solo\b|\ba t[ií]tulo informativo\b`,
  String.raw`\bjuste pour (?:savoir|info)|\bpar (?:pure )?curiosit[ée]\b|\b[àa] titre (?:informatif|indicatif)\b`,
  String.raw`\bsolo por informaci[oó]n\b|\bsimple question\b|\bquestion simple\b|\bjuste une question\b`,
  String.raw`\binteressehalber\b|\baus neugier\b|\bnur zur info\b|\ba titolo informativo\b`,
  String.raw`\bs[oó] (?:por|pra|para) (?:saber|curiosidade|me organizar)\b|\bpor curiosidade\b|\bpergunto s[oó]\b`,
  String.raw`\b(?:solo|giusto) per (?:info|sapere|curiosit[àa])|\bper curiosit[àa]\b|\bchiedo solo\b`,
  String.raw`\buit (?:interesse|nieuwsgierigheid)\b|\bter info(?:rmatie)?\b|\bgewoon benieuwd\b`,
  // "I just wanted to know…": "je voulais juste savoir", "solo quería saber", "ich wollte nur wissen"
  String.raw`\b(?:i )?just wanted to (?:know|ask|check)\b|\bje voulais (?:juste|simplement|seulement) (?:savoir|demander)\b`,
  String.raw`\bsolo quer[ií]a (?:saber|preguntar)\b|\bich wollte (?:nur|bloß|einfach) (?:wissen|fragen|nachfragen)\b`,
  String.raw`\bs[oó] queria (?:saber|perguntar)\b|\bvolevo (?:solo|soltanto|semplicemente) (?:sapere|chiedere)\b|\bik wilde (?:alleen|even|gewoon) (?:weten|vragen)\b`,
  // "I'd just like to know": "je voudrais juste savoir", "ich möchte nur wissen", "vorrei solo sapere"
  String.raw`\b(?:i'd|i would) just like to know\b|\bje voudrais (?:juste|simplement|seulement) savoir\b|\bsolo quisiera saber\b`,
  String.raw`\bich m[öo]chte (?:nur|bloß|einfach) wissen\b|\bs[oó] (?:gostaria|queria) de saber\b|\bvorrei (?:solo|soltanto|semplicemente) sapere\b|\bik wil (?:alleen|gewoon) weten\b`,
  // said not to be a complaint: "this isn't a complaint", "que no me quejo", "keine Beschwerde"
  String.raw`\b(?:not|isn't|is not) (?:a )?complaint\b|\b(?:i'm|i am) not complaining\b`,
  String.raw`\bno es (?:una )?(?:queja|reclamaci[oó]n)\b|\bno me quejo\b|\bsin [aá]nimo de (?:queja|quejarme)\b`,
  String.raw`\bpas une (?:plainte|r[ée]clamation)\b|\bje ne me plains pas\b|\bsans vouloir me plaindre\b`,
  String.raw`\bkeine (?:beschwerde|reklamation)\b|\bich beschwere mich nicht\b`,
  String.raw`\bn[aã]o (?:é|e) (?:uma )?(?:reclama[cç][aã]o|queixa)\b|\bn[aã]o estou (?:a )?reclamar|\bn[aã]o estou reclamando\b|\bn[aã]o me queixo\b`,
  String.raw`\bnon (?:è|e) (?:un reclamo|una lamentela)\b|\bnon mi lamento\b|\bnon sto reclamando\b`,
  String.raw`\b(?:dit is )?geen klacht\b|\bik klaag niet\b`,
]);

/** "not bad", "pas mal", "nada mal", "nicht schlecht", "niente male", "niet slecht": praise. */
const NOT_BAD =
  /\b(?:not bad|pas mal|nada mal|nicht schlecht|niente male|mica male|nada mau|niet slecht|niet verkeerd)\b/u;
/** Between a negator and the matter waved away: "não há pressa", "pas de souci", "no hay prisa". */
const WAVE_FILLER = wordSet('ha hay de any a is es e un una um uma een');
/** "no worries", "keine Sorge", "sem problema": the visitor reassuring, not complaining. */
const wavesAway = (toks: Token[]) =>
  toks.some(
    (w, i) =>
      (isNegator(w.key) || w.key === 'nessun') &&
      (WAVED_AWAY.has(toks[i + 1]?.key ?? '') ||
        (WAVE_FILLER.has(toks[i + 1]?.key ?? '') && WAVED_AWAY.has(toks[i + 2]?.key ?? ''))),
  );

/** Puzzled or sheepish ("🤔", "😅", "🙈", "not the end of the world"): a calm report, whatever its words. */
const SHEEPISH = phrases([
  String.raw`🤔|😅|🙈|\bnot the end of the world\b|\bno es el fin del mundo\b|\bpas dramatique\b|\bc'est pas grave\b`,
  String.raw`\bkein weltuntergang\b|\bn[aã]o [eé] o fim do mundo\b|\bnon [eè] la fine del mondo\b|\bgeen ramp\b`,
]);
/** "No rush", "not urgent", "não faz mal": the visitor says the matter can wait. */
const NO_RUSH = phrases([
  String.raw`\bno (?:rush|hurry)\b|\bnot urgent\b|\bno es urgente\b|\bsin prisa\b|\bpas urgent\b|\brien ne presse\b`,
  String.raw`\bnicht dringend\b|\bkeine eile\b|\bn[aã]o [eé] urgente\b|\bsem pressa\b|\bn[aã]o faz mal\b`,
  String.raw`\bnon [eè] urgente\b|\bnessuna fretta\b|\bniet dringend\b|\bgeen haast\b`,
]);

/** "times", counted: "5 times", "several times" ("third time" is ORDINALS + TIME_SINGULAR). */
const TIMES = wordSet('times veces vezes volte fois mal keer');

/**
 * The complaint tells of an earlier try — a contact counted ("second time I write", "5 times"),
 * a promise recalled or broken, not answered, made to repeat, heard before, patience lost — or
 * of a step beyond it: leaving, a chargeback or formal demand, a bad review, never again. A person
 * now, not the bot first. The trouble itself recurring ("no service AGAIN", "still no refund") is
 * not. Run apart from frustrationSignals, whose first finding hides the rest; only for a first
 * message that complains.
 */
export function earlierTry(t: Tokenized): boolean {
  const toks = t.tokens;
  const counted = toks.some((w, i) => {
    const prev = toks[i - 1]?.key ?? '';
    if (TIME_SINGULAR.has(w.key) && ORDINALS.has(prev)) return true;
    return TIMES.has(w.key) && (/^\d+$/.test(prev) ? Number(prev) >= 2 : QUANTITY.has(prev));
  });
  return (
    counted ||
    recallsPromise(t) ||
    brokenPromise(t) !== null ||
    unansweredContact(toks) !== null ||
    madeToRepeat(t) !== null ||
    heardBefore(t) !== null ||
    lostPatience(t) !== null ||
    fedUp(t) !== null ||
    threatToLeave(t) !== null ||
    chargebackThreat(t) !== null ||
    legalStep(t) !== null ||
    BAD_REVIEW.test(t.lower) ||
    reviewAnnounced(t) !== null ||
    neverAgain(t) !== null ||
    failureCounted(t) !== null
  );
}

export interface FrustrationSignals {
  /** Toned down ("a bit annoying", "un peu déçu") and not shouted: one mild word, not a complaint. */
  mild: boolean;
  /** Evidence lines: `complaint: "…"`, `threatens to leave: "…"`, `promises a bad review: "…"`, `broken promise: "…"`. */
  complaint: string | null;
  /** Evidence lines: `criticism: "…"`, `sarcasm: "…"`, `not answered: "…"`, `made to repeat: "…"`, `lost patience: "…"`. */
  criticism: string | null;
  /** Messages sent and not answered ("3 mails, no reply"): not the bot's answer failing. */
  unanswered: boolean;
  /** Anger / patience words found. */
  anger: string[];
  /** "still", "again", "for 3 weeks"… */
  persistence: string[];
  /** Shouting: CAPS or repeated "!" / "?!". */
  intensity: number;
  /** Per-message distress in 0..1, the quantity the trend is computed on. */
  distress: number;
}

function negatedAt(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && p.clause === toks[i]!.clause && isNegator(p.key) && p.key !== 'no';
}

const WITHOUT = wordSet('no without sin sans ohne sem senza zonder geen keine');
/** "sem razão de queixa", "sin motivo de queja", "no reason to complain": nothing to complain of. */
const REASON = wordSet('reason cause motivo razao motif raison grund anlass ragione reden aanleiding');
const noReasonFor = (before: string[]) => {
  const at = before.findIndex((w) => WITHOUT.has(w));
  return at >= 0 && before.slice(at + 1).some((w) => REASON.has(w));
};

/** "file a complaint", "I want to complain", "lodge a claim against your company", "poner una queja". */
function findComplaint(t: Tokenized): string | null {
  const toks = t.tokens;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    let key = tok.key;
    // run together: "consumerclaim", "customercomplaint"
    for (const p of ['consumer', 'customer'])
      if (key.startsWith(p) && key.length > p.length + 3) key = key.slice(p.length);
    const prev = toks[i - 1];
    if (
      (COMPLAIN_VERBS.has(key) ||
        (COMPLAINT_NOUNS.get(key) && !NOT_COMPLAINT_NOUNS.has(key) && !negatedAt(toks, i))) &&
      !notMadeNow(t, i)
    ) {
      // "no complaints" is praise; so is "ni una queja", "kein Wort der Beschwerde", "not a word of complaint".
      const before = toks.slice(Math.max(0, i - 3), i).map((w) => w.key);
      if (
        (prev && WITHOUT.has(prev.key)) ||
        noReasonFor(before) ||
        (before.includes('word') && before.includes('not')) ||
        (before.includes('wort') && before.includes('kein')) ||
        (before[before.length - 2] === 'ni' && ['una', 'un'].includes(prev?.key ?? ''))
      )
        continue;
      return quote(t, toks[Math.max(0, i - 2)]!, tok);
    }
    // (a "claims line", "claims department" is where claims go, not one made)
    const dept = toks[i + 1]?.clause === tok.clause && CLAIMS_PLACE.has(toks[i + 1]!.key);
    if (CLAIM.get(key) && !(key === 'claims' && prev?.key === 'false') && !dept) {
      const near = toks.slice(Math.max(0, i - 4), i + 4).filter((x) => x.clause === tok.clause);
      if (near.some((x) => CLAIM_EXCLUDE.has(x.key))) continue;
      // "my claim" (a reward, a case already open) is not a new complaint.
      if (prev?.key === 'my') continue;
      if (near.some((x) => CLAIM_CONTEXT.has(x.key) || CLAIM_VERBS.has(x.key)) || key !== tok.key)
        return quote(t, near[0]!, near[near.length - 1]!);
    }
  }
  return null;
}

/**
 * Criticism aimed at the company, its service or the bot:
 *   target (is/are/so/always…) verdict   "you are useless", "your service is always slow",
 *   target (is/are…) a(n) accusation     "you guys are fraud",
 *   verdict target-noun                  "poor service", "useless bot", "worst company",
 *   target sucks                         "your app sucks",
 *   a verdict alone                      "Pathetic!", "waste of time", "waste app".
 */
function findCriticism(t: Tokenized): string | null {
  const toks = t.tokens;
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const tok = toks[i]!;
    const isTarget = TARGET_PRONOUNS.has(tok.key) || TARGET_NOUNS.get(tok.key) !== undefined;
    if (isTarget) {
      // target, then a noun or two of the target's own ("your delivery service"), links, verdict
      let j = i + 1;
      while (
        j < n &&
        j <= i + 2 &&
        toks[j]!.clause === tok.clause &&
        (TARGET_NOUNS.get(toks[j]!.key) !== undefined || CLIENT.has(toks[j]!.key))
      )
        j++;
      let sawLink = false;
      for (; j < n && j <= i + 7 && toks[j]!.clause === tok.clause; j++) {
        const w = toks[j]!;
        if (LINK.has(w.key) || w.key === 'guys' || w.key === 'all') {
          sawLink = true;
          continue;
        }
        if (isNegator(w.key) || w.key.endsWith("n't")) break;
        if (
          (sawLink && (isVerdict(w.key) || ACCUSATIONS.has(w.key) || ANGER.has(w.key))) ||
          VERBAL.has(w.key)
        )
          return quote(t, tok, w);
        // Romance order, noun then adjective: "servicio malo", "atendimento ruim", "servizio pessimo".
        if (!sawLink && TARGET_NOUNS.get(tok.key) !== undefined && isVerdict(w.key)) return quote(t, tok, w);
        if (
          !sawLink &&
          (w.key === 'tan' || w.key === 'muito' || w.key === 'molto' || w.key === 'so' || w.key === 'tres')
        ) {
          sawLink = true;
          continue;
        }
        break;
      }
    }
    if (isVerdict(tok.key) && !negatedAt(toks, i)) {
      const next = toks[i + 1];
      if (next && next.clause === tok.clause && TARGET_NOUNS.get(next.key) !== undefined)
        return quote(t, tok, next);
      // "poor customer support": one modifier between
      const next2 = toks[i + 2];
      if (
        next &&
        next2 &&
        next2.clause === tok.clause &&
        next.key === 'customer' &&
        TARGET_NOUNS.get(next2.key)
      )
        return quote(t, tok, next2);
      if (n <= 2) return quote(t, toks[0]!, toks[n - 1]!);
    }
    // A clause that is only a verdict, closing a report: "… ora il posto non c'è più. assurdo",
    // "descontou do cartão. q lixo".
    // "worst airline ever", "pior operadora do brasil", "slechtste provider ooit": a superlative
    // verdict needs no target word (not "worst case", nor asked: "what's the worst that can happen?").
    if (WORST.has(tok.key) && i + 1 < n && toks[i + 1]!.clause === tok.clause && !inQuestion(t, i)) {
      const next = toks[i + 1]!;
      if (!WORST_NOT.has(next.key) && !negatedAt(toks, i)) return quote(t, tok, next);
    }
    // "isso não está certo", "this isn't right", "c'est pas normal", "das ist nicht in Ordnung".
    const notRight = notRightAt(toks, i);
    if (notRight >= 0 && !inQuestion(t, i)) return quote(t, toks[notRight]!, tok);
    // "¿De verdad a esto lo llamáis entrega a domicilio?", "you call this customer service?"
    if (
      CALL_THIS.has(tok.key) &&
      inQuestion(t, i) &&
      !toks.some((w, k) => k < i && w.clause === tok.clause && NAME_QUESTION.has(w.key))
    ) {
      for (let j = Math.max(0, i - 3); j <= i + 2 && j < n; j++) {
        if (
          j !== i &&
          toks[j]!.clause === tok.clause &&
          (SITUATION.has(toks[j]!.key) || toks[j]!.key === 'esto')
        )
          return quote(t, toks[Math.min(i, j)]!, tok);
      }
    }
    // "2 cobranças. sério isso?", "charged twice. seriously?": exasperation closing a report.
    if (SERIOUSLY.has(tok.key) && n >= 3 && inQuestion(t, i)) {
      const clause = toks.filter((w) => w.clause === tok.clause);
      if (clause.length <= 3 && clause.every((w) => w === tok || SITUATION.has(w.key) || w.key === 'en'))
        return quote(t, clause[0]!, clause[clause.length - 1]!);
    }
    // Dutch "beneden peil", "onder peil" (below par) is a verdict in any sentence.
    if (belowPar(toks, i) && !negatedAt(toks, i - 1)) return quote(t, toks[i - 1]!, tok);
    if (isVerdict(tok.key) && !negatedAt(toks, i) && !inQuestion(t, i)) {
      const clause = toks.filter((w) => w.clause === tok.clause);
      if (
        clause.length <= 4 &&
        clause.every(
          (w) =>
            w === tok ||
            INTENSIFIERS.has(w.key) ||
            LINK.has(w.key) ||
            SITUATION.has(w.key) ||
            EXCLAIM.has(w.key),
        )
      )
        return quote(t, clause[0]!, clause[clause.length - 1]!);
    }
    // A message that is only a verdict, maybe intensified: "ridículo", "unmöglich, echt", "bagger".
    if (
      n <= 3 &&
      (isVerdict(tok.key) || isAnger(tok.key)) &&
      toks.every((w) => w === tok || INTENSIFIERS.has(w.key) || LINK.has(w.key) || SITUATION.has(w.key))
    )
      return quote(t, toks[0]!, toks[n - 1]!);
    // The bot dismissed: "este chat no sirve para nada", "ce chatbot ne comprend rien à rien".
    if (BOT_TARGETS.has(tok.key)) {
      let negated = false;
      for (let j = i + 1; j <= i + 6 && j < n && toks[j]!.clause === tok.clause; j++) {
        // (the emphatic word may be a negator itself: "nada", "rien")
        if (negated && (EMPHATIC.has(toks[j]!.key) || (toks[j]!.key === 'all' && toks[j - 1]!.key === 'at')))
          return quote(t, tok, toks[j]!);
        if (isNegator(toks[j]!.key) || toks[j]!.key === 'ne') negated = true;
      }
    }
    // "this is a total disgrace", "c'est honteux", "è una vergogna", "Das ist eine Unverschämtheit":
    // the situation judged as a whole.
    if ((ACCUSATIONS.has(tok.key) || ANGER.has(tok.key) || VERBAL.has(tok.key)) && !negatedAt(toks, i)) {
      for (let back = 1; back <= 4; back++) {
        const p = toks[i - back];
        if (!p || p.clause !== tok.clause) break;
        if (SITUATION.has(p.key)) return quote(t, p, tok);
        if (!LINK.has(p.key) && !BOOSTERS_LIGHT.has(p.key)) break;
      }
    }
    if (tok.key === 'waste' && i + 1 < n) {
      const next = toks[i + 1]!;
      if (next.key === 'of' || TARGET_NOUNS.get(next.key) !== undefined)
        return quote(t, tok, toks[Math.min(i + 3, n - 1)]!);
    }
    const wasted = wastedAt(t, i);
    if (wasted) return wasted;
  }
  return null;
}

/** Money or time thrown away, in one word: "Geldverschwendung", "tijdverspilling". */
const WASTED_WORDS = wordSet('geldverschwendung zeitverschwendung geldverspilling tijdverspilling');
/** Throwing away, beside money or time: "dinero tirado", "soldi buttati", "rausgeschmissenes Geld". */
const THROWN = wordSet(`wasted tirar tiraste tirado tirados jete jeter jetes jetez rausgeschmissen
  rausgeschmissenes rausgeworfen rausgeworfenes verschwendet jogado jogar joguei jogue buttato buttati buttare
  sprecati sprecato spreco weggegooid weggegooide zonde`);
/** Losing, beside time only: "une perte de temps" ("pérdida de dinero" may be money missing from an account). */
const LOST = wordSet('perdida perte perda perdita');
const MONEY = wordSet('money dinero argent geld dinheiro soldi denaro euro euros');
const TIME = wordSet('time tiempo temps zeit tempo tijd');

/**
 * "Waste of money" in the other six languages, a verdict on what the visitor paid for or spent:
 * "dinero tirado", "une perte de temps", "rausgeschmissenes Geld", "dinheiro jogado fora", "ho buttato
 * i soldi", "zonde van het geld". Not negated, not asked ("¿vale la pena o es tirar el dinero?").
 */
function wastedAt(t: Tokenized, i: number): string | null {
  const toks = t.tokens;
  const tok = toks[i]!;
  const whole = WASTED_WORDS.has(tok.key);
  const thrown = THROWN.has(tok.key);
  if ((!whole && !thrown && !LOST.has(tok.key)) || inQuestion(t, i)) return null;
  // "no es una pérdida de tiempo", "keine Geldverschwendung": a negator just before, in the clause
  for (let back = 1; back <= 3; back++) {
    const p = toks[i - back];
    if (p && p.clause === tok.clause && (isNegator(p.key) || p.key === 'keine' || p.key === 'kein'))
      return null;
  }
  if (whole) return quote(t, tok, tok);
  for (let j = Math.max(0, i - 3); j <= i + 3 && j < toks.length; j++) {
    const w = toks[j]!;
    if (j !== i && w.clause === tok.clause && (TIME.has(w.key) || (thrown && MONEY.has(w.key))))
      return quote(t, toks[Math.min(i, j)]!, toks[Math.max(i, j)]!);
  }
  return null;
}

/** Words of praise that, alone at the end of a report of trouble, mean the opposite. */
const PRAISE_CLOSERS = wordSet(`great wonderful perfect brilliant awesome fantastic cool lovely nice top super
  genial estupendo esplendido fantastico perfecto maravilloso genial parfait formidable magnifique bravo
  toll prima klasse wunderbar perfekt spitze otimo maravilha perfeito ottimo perfetto fantastico splendido
  geweldig prachtig fijn excellent excelente eccellente fantastisch geniaal merveilleux benissimo
  maravilhoso herrlich gg lujo chapeau bravissimo beeindruckend impressive impressionnant geniale`);
/** Praise, inflected: "fantastische", "tolle", "geweldige", "perfecta". */
const isPraise = (key: string) =>
  PRAISE_CLOSERS.has(key) || (key.length > 4 && PRAISE_CLOSERS.has(key.replace(/(e|en|er|es|a|s)$/, '')));

/**
 * "…rijdt weer weg. €34 kwijt. Echt top.", "…the 'instant' transfer took 4 days. cool cool cool":
 * lone praise closing a report of trouble (a negative word, a negation, or waiting) is sarcasm.
 * Not after thanks, and not when the praise is the whole message.
 */
function praiseClosingTrouble(t: Tokenized, s: SentimentResult, waited: boolean): string | null {
  const toks = t.tokens;
  const last = toks[toks.length - 1];
  if (!last || toks.length < 3 || toks.some((w) => THANKS.has(w.key))) return null;
  let closing = toks.filter((w) => w.clause === last.clause);
  // a comma does not end the closing sentence: "Fantastische service, echt."
  const head = toks[toks.length - closing.length - 1];
  const sentenceEnd = head && /[.!?\n]/.test(t.typed.slice(head.end, closing[0]!.start));
  if (head && !sentenceEnd)
    closing = toks.filter((w) => w.clause === head.clause || w.clause === last.clause);
  // (a short message needs the praise to be a sentence of its own: "still not working. fantastic.")
  if (toks.length < 6 && !sentenceEnd) return null;
  if (closing.length > 4 || closing.length === toks.length) return null;
  const praise = closing.filter((w) => isPraise(w.key));
  // "Fantastische service, echt.": the praised thing may be the company or its service
  const rest = closing.every(
    (w) =>
      isPraise(w.key) ||
      INTENSIFIERS.has(w.key) ||
      LINK.has(w.key) ||
      SITUATION.has(w.key) ||
      TARGET_NOUNS.get(w.key) !== undefined,
  );
  if (praise.length === 0 || !rest) return null;
  return troubleBefore(toks.length - closing.length, t, s, waited) ? quote(t, closing[0]!, last) : null;
}

/**
 * Trouble told before token `end`: a negation, a negative word, a failure, or (`waited`) a wait.
 * Trouble a "but" resolved does not count ("couldn't find it, but your FAQ explained it"), nor
 * trouble waved away ("no problem. perfect.").
 */
function troubleBefore(end: number, t: Tokenized, s: SentimentResult, waited: boolean): boolean {
  const toks = t.tokens;
  let start = 0;
  for (let i = 0; i < end; i++) if (turnsAt(toks, i)) start = i + 1;
  if (waited && start === 0) return true;
  const before = toks.slice(start, end);
  const negative = new Set(s.words.filter((w) => w.value < 0).map((w) => fold(w.word)));
  return before.some((w, k) => {
    if (WAVED_AWAY.has(before[k + 1]?.key ?? '') || isNegator(before[k - 1]?.key ?? '')) return false;
    return isNegator(w.key) || w.key.endsWith("n't") || negative.has(w.key) || isFailure(w.key);
  });
}

/**
 * 🙃 or 👏 beside praise, after trouble, asking nothing: "great communication 🙃", "Super Service,
 * Flug gestrichen … 👏", "Grazie eh 🙃". Alone they are often sincere ("great job 👏") or
 * self-mocking ("locked myself out 🙃 how do I reset it?"): the trouble and the missing question
 * decide. Trouble a "but" resolved does not count ("it wasn't working but now it is 👏").
 */
const IRONIC_EMOJI = /[🙃👏]/u;
const OWN_SLIP = phrases([
  String.raw`\bmy (?:mistake|bad|fault)\b|\bmea culpa\b|\bi (?:forgot|messed up)\b|\bculpa m[ií]a\b|\bma faute\b`,
  String.raw`\bmein fehler\b|\bcolpa mia\b|\bminha culpa\b|\bmijn fout\b`,
  String.raw`\b(?:it )?(?:works|working) now\b|\bfunciona (?:ya|agora)\b|\b(?:ça )?marche maintenant\b|\bgeht jetzt\b|\bfunziona ora\b|\bwerkt nu\b`,
]);
function ironicEmoji(t: Tokenized, s: SentimentResult, waited: boolean): string | null {
  const emoji = t.lower.match(IRONIC_EMOJI);
  // (praise by litotes is no trouble: "not bad at all 👏"; nor the visitor's own slip, or one mended)
  if (!emoji || t.questions > 0 || NOT_BAD.test(t.lower) || OWN_SLIP.test(t.lower)) return null;
  const toks = t.tokens;
  const praise = toks.find((w) => isPraise(w.key) || THANKS.has(w.key));
  if (!praise) return null;
  return troubleBefore(toks.length, t, s, waited) ? `${praise.raw} … ${emoji[0]}` : null;
}

/**
 * A few words naming a scam: "fake discount scam", "arnaque abonnement", "Abzocke Abo", "truffa
 * ricarica". Not a scam reported or asked about ("report a scam", "scam call", "is this sms a scam?").
 */
const SCAM = wordSet(`scam scams ripoff rip-off estafa estafas timo arnaque arnaques escroquerie abzocke nepp
  golpe golpes truffa truffe fregatura oplichting oplichters oplichterij`);
const REPORTING = wordSet(`report reporting denunciar signaler melden segnalare aangeven reportar
  avoid detect spot identify`);
const SCAM_CHANNEL =
  wordSet(`call calls sms text texts email emails mail link message messages anruf anrufe appel
  appels llamada llamadas chamada chamadas chiamata chiamate mensaje mensagem messaggio bericht website site`);
function terseScam(t: Tokenized): string | null {
  const toks = t.tokens;
  // (one word is a topic searched: "scam")
  if (toks.length > 4 || toks.length < 2 || t.questions > 0) return null;
  const i = toks.findIndex((w) => SCAM.has(w.key));
  if (i < 0 || toks.some((w) => REPORTING.has(w.key) || SCAM_CHANNEL.has(w.key))) return null;
  return t.typed.trim();
}

/** Dutch "beneden peil" / "onder peil": below par. */
const belowPar = (toks: Token[], i: number) =>
  toks[i]!.key === 'peil' && (toks[i - 1]?.key === 'beneden' || toks[i - 1]?.key === 'onder');

/** An anger/disappointment word and the company in the same clause: "disappointed with your company", "déçu de vous". */
function angerAtTarget(t: Tokenized, anger: string[]): string | null {
  if (anger.length === 0) return null;
  const toks = t.tokens;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (!isAnger(tok.key) || negatedAt(toks, i)) continue;
    for (let j = i + 1; j <= i + 5 && j < toks.length && toks[j]!.clause === tok.clause; j++) {
      const w = toks[j]!;
      if (TARGET_PRONOUNS.has(w.key) || TARGET_NOUNS.get(w.key) !== undefined) return quote(t, tok, w);
    }
  }
  return null;
}

/**
 * Says, short and flat, that it is wrong or missing again: "pontuação errada de novo", "schon wieder
 * Zugausfall", "toujours pas de remboursement" (not asked: "still no update?"). Once more ("otra vez
 * no funciona") complains; still ("todavía no ha llegado") may only wait, unless shouted.
 */
function saysWrongAgain(t: Tokenized, shouted: boolean): string | null {
  const toks = t.tokens;
  if (toks.length > 8) return null;
  // (a "??" asks nothing: "reembolso não caiu até hoje??")
  const doubled = /\?\?/.test(t.lower);
  if (t.questions > 0 && !doubled) return null;
  const exasperated = shouted || doubled;
  const onceMore = toks.some(
    (w, i) => AGAIN.has(w.key) || (AGAIN_SECOND.has(w.key) && AGAIN_FIRST.has(toks[i - 1]?.key ?? '')),
  );
  const again =
    onceMore ||
    toks.some((w) => STILL.has(w.key)) ||
    TO_THIS_DAY.test(t.lower) ||
    (exasperated && toks.some((_, i) => neverHappened(toks, i)));
  if (!again) return null;
  const wrong = toks.some((w, i) => {
    const next = toks[i + 1]?.key ?? '';
    // Spanish "no" before a verb is "not" ("todavía no ha llegado"), before a noun "no X"
    const not = NOT.has(w.key) || (w.key === 'no' && SPANISH_NOT.test(next));
    return (
      WRONG.has(w.key) ||
      isFailure(w.key) ||
      (NONE.has(w.key) && !not) ||
      (w.key === 'pas' && /^d/.test(next)) ||
      // "non autorizzato", "no autorizado", "nicht autorisiert": unauthorised
      (not && /^(?:autori[sz]|authori[sz]|genehmig|geautoriseerd)/.test(next)) ||
      // ("not yet" is calm — "non è ancora partito", "still not received" — unless shouted or once more)
      ((exasperated || onceMore) && not && !UNSURE.has(next))
    );
  });
  return wrong ? t.typed.trim() : null;
}

/**
 * `titleQuotes`: the language's quotes mostly name a title or a course ("'마케팅원론' 성적",
 * "「確認中です」"), so scare quotes are not read (Japanese, Chinese, Korean).
 */
export function frustrationSignals(
  t: Tokenized,
  s: SentimentResult,
  titleQuotes = false,
): FrustrationSignals {
  const toks = t.tokens;
  const anger: string[] = [];
  const persistence: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (isAnger(tok.key) && !negatedAt(toks, i)) {
      anger.push(tok.raw);
      // "really disappointed" weighs as two cues, "a bit disappointed" as one.
      if (INTENSIFIERS.has(toks[i - 1]?.key ?? '')) anger.push(toks[i - 1]!.raw);
    }
    if (PERSISTENCE.has(tok.key)) persistence.push(tok.raw);
    // "otra vez", "de nuevo", "de novo", "di nuovo", "une fois de plus"
    if (AGAIN_SECOND.has(tok.key) && AGAIN_FIRST.has(toks[i - 1]?.key ?? ''))
      persistence.push(`${toks[i - 1]!.raw} ${tok.raw}`);
    if (TIME_SINGULAR.has(tok.key) && ORDINALS.has(toks[i - 1]?.key ?? ''))
      persistence.push(`${toks[i - 1]!.raw} ${tok.raw}`);
    // "for three weeks", "5 days", "several times"
    if (DURATION_UNITS.has(tok.key)) {
      const prev = toks[i - 1];
      if (prev && (/^\d+$/.test(prev.key) ? Number(prev.key) >= 2 : QUANTITY.has(prev.key)))
        persistence.push(`${prev.raw} ${tok.raw}`);
    }
  }
  let intensity = 0;
  if (t.exclamations >= 2) intensity += 1;
  if (t.capsRatio >= 0.6) intensity += 1;
  else if (toks.filter((x) => x.caps).length >= 2) intensity += 0.5;
  if (/[?!]{3,}|\?!|!\?/.test(t.lower)) intensity += 0.5;

  const angry = t.lower.match(ANGRY_EMOJI);
  if (angry) anger.push(angry[0]);
  // Each as the evidence the agent reads: what kind of complaint, in the visitor's words.
  const said = (what: string, words: string | null | undefined) => (words ? `${what}: "${words}"` : null);
  const unanswered = unansweredContact(toks);
  const rating = starRating(t.typed);
  const justAsking = intensity === 0 && JUST_ASKING.test(t.lower);
  const complaint =
    said('complaint', justAsking ? null : findComplaint(t)) ??
    (rating && rating.stars <= 2 ? said(`rated ${rating.stars} of 5`, rating.quote) : null) ??
    said('threatens to leave', threatToLeave(t)) ??
    said('threatens a chargeback', chargebackThreat(t)) ??
    said('formal demand', legalStep(t)) ??
    said('not as described', notAsDescribed(t)) ??
    said('promises a bad review', t.lower.match(BAD_REVIEW)?.[0] ?? reviewAnnounced(t)) ??
    said('never again', neverAgain(t)) ??
    said('broken promise', brokenPromise(t)) ??
    said('going without', goneWithout(t)) ??
    said('failure counted', failureCounted(t)) ??
    said('late', lateBy(t)) ??
    said('dissatisfied', dissatisfied(t));
  // A short message that waits and shouts: "still no refund?!!", "train ENCORE annulé",
  // "rimborso ANCORA non arrivato!!!", "cadê meu reembolso???".
  // (a word in capitals: the waiting one, "ENCORE", or a long one, "SOPPRESSO"; not "PAYG")
  const shouted =
    intensity >= 0.5 || toks.some((w) => w.caps && (PERSISTENCE.has(w.key) || w.key.length >= 6));
  const waiting =
    persistence.length > 0 || toks.some((w, i) => WHERE.has(w.key) && MY.has(toks[i + 1]?.key ?? ''));
  const shoutedWait = toks.length <= 8 && waiting && shouted ? t.typed.trim() : null;
  const criticism =
    said('criticism', findCriticism(t) ?? angerAtTarget(t, anger) ?? terseScam(t)) ??
    said('kept waiting', shoutedWait) ??
    said('wrong again', saysWrongAgain(t, shouted)) ??
    said('complaint hashtag', complaintHashtag(t)) ??
    said(
      'sarcasm',
      thanksForHarm(t) ??
        sarcasm(t, s) ??
        praiseClosingTrouble(t, s, persistence.length > 0) ??
        ironicEmoji(t, s, persistence.length > 0),
    ) ??
    said('scare quotes', titleQuotes || (rating && rating.stars >= 4) ? null : scareQuoted(t)) ??
    said('not answered', unanswered) ??
    said('made to repeat', madeToRepeat(t)) ??
    said('heard before', heardBefore(t)) ??
    said('lost patience', lostPatience(t) ?? fedUp(t)) ??
    said('reproach', reproach(t));
  const distress = Math.min(
    1,
    Math.max(0, -s.score) +
      0.2 * Math.min(anger.length, 2) +
      0.1 * Math.min(persistence.length, 2) +
      0.1 * intensity +
      (criticism ? 0.25 : 0),
  );
  return {
    // A toned-down message, or a review that rates 4 or 5 stars: the text model's "complaint"
    // is not taken from it ("great course, the teacher has such patience" reads like one).
    // So is a puzzled or sheepish one ("says delivered but nothing in the letterbox 🤔"), litotes
    // and reassurance ("niente male il nuovo evento", "keine Sorge wegen der Verspätung", "no
    // rush"), a
    // question said to be only asked, and "how many times a day do I take…?".
    mild:
      (intensity === 0 &&
        (DOWNTONED.test(t.lower) ||
          SHEEPISH.test(t.lower) ||
          NOT_BAD.test(t.lower) ||
          NO_RUSH.test(t.lower) ||
          wavesAway(toks))) ||
      justAsking ||
      asksHowOften(t) ||
      (rating !== null && rating.stars >= 4),
    complaint,
    criticism,
    unanswered: unanswered !== null,
    anger,
    persistence,
    intensity,
    distress: Math.round(distress * 1000) / 1000,
  };
}
