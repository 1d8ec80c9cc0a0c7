import { inQuestion, promisedBefore } from './grievances';
import { Lexicon, MY, phrases, quote, THAT, type Token, type Tokenized, tokenize, wordSet } from './text';

/**
 * Does a visitor ask for a person? Word classes rather than sentences, in English, Spanish,
 * French, German, Portuguese, Italian and Dutch, tolerant of one typo in longer words and of
 * words run together ("tosomebody"). A request is one of these shapes:
 *  1. a contact verb near a person word, either order: "talk to a live agent",
 *     "mit einem Mitarbeiter sprechen", "agent to chat";
 *  2. wanting or getting a person: "I need a human", "get me someone", "passez-moi un conseiller";
 *  3. asking whether one is there: "is there a real person?", "anyone available?", "¿hay alguien?";
 *  4. refusing the bot: "stop the bot", "I don't want a machine", "tired of talking to a robot";
 *  5. a call back: "call me back", "can someone call me", "give me a call", "bel me terug";
 *  6. a human channel that can't be reached: "call centre not picking up", "nobody answers";
 *  7. a declared emergency: "this is urgent", "I need urgent help", "c'est urgent";
 *  8. a message that is only a person or channel phrase ("Agent", "human agent please", "live
 *     person please") or only asks to talk ("I want to talk", "can I chat with you?").
 * And not a person merely mentioned ("the person who delivered my parcel", "a human-readable
 * name", "someone used my card"), nor a request that is negated ("I don't need an agent").
 */

const list = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .map((w) => [w, true] as const);

// Word classes (all languages together; the words rarely collide across them).
const PERSON = new Lexicon(
  list(`human humans agent agents operator operators representative representatives rep reps advisor adviser
    advisors assistant supervisor manager staff employee specialist consultant executive person people
    humano humanos agente agentes operador operadora asesor asesora representante ejecutivo ejecutiva encargado
    persona personas supervisora
    humain humains personne conseiller conseillere conseillers operateur operatrice interlocuteur responsable
    mensch menschen menschlichen mitarbeiter mitarbeiterin mitarbeitern berater beraterin ansprechpartner
    sachbearbeiter kundenberater servicemitarbeiter
    pessoa pessoas atendente atendentes consultor consultora assistente funcionario funcionaria
    umano umani operatore operatrice consulente addetto addetta
    mens medewerker medewerkers persoon adviseur klantenservicemedewerker boss
    admin admins moderator moderators moderador moderateur moderatore gm gms mod mods modo modos
    impiegato impiegata impiegati leidinggevende vorgesetzter vorgesetzten superieur superiore insaan insan`),
);
const WEAK = new Lexicon(
  list(
    `someone somebody anyone anybody whoever alguien alguem quelqu'un quelquun qqn jemand jemanden jemandem irgendwer irgendjemand qualcuno iemand`,
  ),
);
/** A support function; a human channel when contacted ("contact support"), not when merely needed. */
const SERVICE = new Lexicon(
  list(`support helpdesk servicedesk hotline helpline soporte suporte assistenza kundendienst kundenservice
    klantenservice atendimento sac`),
);
/**
 * A company department: a person to be reached only after a contact or transfer verb ("talk to
 * billing", "put me through to sales"); alone ("Billing") it is a topic.
 */
const DEPARTMENT =
  wordSet(`billing accounts accounting sales claims complaints retention cancellations collections
  finance fraud facturacion ventas reclamaciones cobros contabilidad facturation ventes reclamations comptabilite
  buchhaltung vertrieb abrechnung reklamationsabteilung faturamento vendas cobranca financeiro reclamacoes
  fatturazione vendite reclami amministrazione contabilita facturatie verkoop boekhouding klachten
  department departamento departement abteilung reparto dipartimento afdeling setor`);
/**
 * The company's specialists, reached only by a contact verb: "chat with one of your pharmacists",
 * "falar com um corretor" (not "my doctor said…"). Exact words, no typo tolerance: "Apotheke",
 * the pharmacy, is one letter from "Apotheker".
 */
const PROFESSION = wordSet(
  `pharmacist pharmacists doctor doctors nurse nurses technician technicians engineer engineers broker brokers
    lawyer lawyers accountant accountants mechanic mechanics tutor tutors trainer trainers coach coaches
    plumber plumbers electrician electricians
    farmaceutico farmaceuticos medico medicos enfermera enfermero tecnico tecnicos ingeniero abogado
    pharmacien pharmaciens medecin medecins infirmiere infirmier technicien techniciens ingenieur courtier avocat comptable
    apotheker arzt arztin techniker ingenieur makler anwalt
    enfermeira engenheiro corretor corretora advogado contador
    farmacista farmacisti ingegnere avvocato commercialista
    arts technicus monteur makelaar advocaat boekhouder
    meccanico mecanico mecanicien mechaniker infermiere infermiera verpleegkundige verpleger krankenschwester
    pflegekraft fontanero plombier klempner encanador idraulico loodgieter electricista electricien elektriker
    eletricista elettricista elektricien
    director directora directeur directrice direktor direktorin direttore direttrice diretor diretora
    direccion direction direzione direcao directie administrator administrador administradora administrateur
    amministratore verwalter beheerder gerente gerant filialleiter teacher profesor profesora professeur
    lehrer lehrerin insegnante professore professoressa professora leraar lerares docent mentor begeleider
    responsible verantwortliche verantwortlichen responsabile verantwoordelijke monitor monitora instructor instrutor instrutora istruttore tuteur tutora tutore adjuster assessor perito
    expert experte gutachter sachverstandiger`,
);
const CONTACT = new Lexicon(
  list(`talk talking speak speaking chat chatting connect connecting transfer transferring reach reaching
    contact contacting escalate direct redirect forward route
    hablar habla hablo comunicar comunicarme comunicarte comuniqueme comuniquese comunicame contactar conectar
    conectarme transferir transfiere transfiera transfiereme atender atienda atiendan atendiera atendido atendida
    parler parle discuter joindre contacter transferer relation
    sprechen reden chatten verbinden kontaktieren erreichen durchstellen weiterleiten
    falar conversar contatar transfere transfira atendido atendida atender
    parlare chattare contattare parlarne
    spreken praten bellen doorverbinden verbind verbindt opnemen touch overleggen besprechen
  deal hold llame llamen llamar llameme ligue ligar liguem chiamare chiami chiamarmi anrufen anruft zuruckrufen
  telephone telefonare telefonarmi telefonear telephoner telefonieren telefonar`),
);
/** Contact verbs matched even with a typo in a short word ("talkk", "taok", "cat"), when a preposition follows. */
const CONTACT_LOOSE = new Lexicon(list('talk speak chat call reach contact'), 3);
const WANT = new Lexicon(
  list(`want wanna need needs like
    quiero quisiera necesito gustaria
    veux voudrais aimerais souhaite besoin faut
    mochte will brauche wurde
    quero queria preciso gostaria
    voglio vorrei bisogno
    wil wilde graag moet hoef hoeft hoeven
  gern gerne hatte
  serve servirebbe`),
);
const GIVE = wordSet(`get give bring pass put find
  pasame pasarme ponme ponerme dame pasar pasen
  passez passe passer mettez mettre
  gib geben holen
  passa passar chame chamar
  passami mettimi dammi
  geef
  passi pase pasa passe
  have avoir tener haben ter avere hebben
  encuentro encontrar encontro trouver trouve finde finden trovo trovare vind vinden`);
/** A meeting to talk ("a meeting with the head teacher", "een gesprek met de directeur"), not a room booking. */
const MEETING = wordSet(`meeting meet reunion reunirnos reunirme reunirse rencontrer rencontre entretien
  gesprach treffen termin reuniao encontro incontro colloquio gesprek afspraak`);
/** Naming, not calling: "se llama", "si chiama" (is called), "me llamo", "mi chiamo" (my name is); "me llamen" calls. */
const NAMED = new Map([
  ['llama', 'se'],
  ['llaman', 'se'],
  ['chiama', 'si'],
  ['chiamano', 'si'],
  ['llamo', 'me'],
  ['chiamo', 'mi'],
]);
/** Those who come out to the visitor: sent, they are a person asked for (a teacher sent a file is not). */
const VISITING =
  wordSet(`technician technicians engineer engineers mechanic mechanics plumber electrician nurse doctor
  tecnico tecnicos ingeniero fontanero electricista enfermera enfermero medico technicien techniciens plombier
  electricien infirmiere infirmier medecin techniker monteur klempner elektriker arzt engenheiro encanador
  eletricista meccanico idraulico elettricista infermiere infermiera ingegnere technicus loodgieter elektricien
  verpleegkundige arts mecanico mecanicien mechaniker`);
/** Sending someone out: "can you send an engineer", "¿mandáis un técnico?", "nen Techniker vorbeischicken". */
const SEND = wordSet(`send sending mandar mandais manden mande mandan enviar envien envoyer envoyez envoie
  schicken schickt schicken vorbeischicken vorbeikommen mandare mandate mandi inviare inviate sturen stuur stuurt`);
/** Coming to the visitor: "come over", "langskomen", "vorbeikommen", "venga", "venha", "passer". */
const COME = wordSet(`come langskomen langs komen vorbeikommen vorbeischauen venga vengano venire venir vengan
  venha venham vir passer passe passiez`);
const COME_OUT = wordSet('over by round around out home');
/** Searching: "looking for", "busco", "je cherche", "ich suche", "procuro", "cerco", "ik zoek". */
const LOOKING =
  wordSet(`looking searching seeking busco buscando cherche cherchons suche suchen procuro procurando
  cerco cercando zoek zoeken`);
/** An appointment in person: "una cita presencial", "un rendez-vous en personne" (with someone named). */
const IN_PERSON = wordSet('presencial presenciais persoonlijk personlich pessoalmente');
const POSSIBLE = wordSet(
  'possible posible possibile possivel mogelich mogelijk can could kann puedo posso peux',
);
/** "in person", "face to face", "en persona", "di persona", "de vive voix": spoken, not typed. */
const IN_PERSON_PHRASES = [
  ['in', 'person'],
  ['face', 'to', 'face'],
  ['en', 'persona'],
  ['en', 'personne'],
  ['de', 'vive', 'voix'],
  ['di', 'persona'],
  ['em', 'pessoa'],
  ['in', 'persoon'],
];

/** Contacted, as a wish for oneself: the participle after a wish or a request ("to be called back"). */
const CONTACTED = wordSet(`contacted called rung phoned ringed
  contactado contactada llamado llamada rappele rappelee contacte contactee recontacte recontactee
  kontaktiert angerufen zuruckgerufen contactado contactada ligado ligada contattato contattata
  ricontattato ricontattata richiamato richiamata benaderd gebeld teruggebeld`);
/**
 * The wish or request framing a "to be contacted" at token i, within its clause: its index, or
 * -1. `refused`: only a negated one ("I don't want to be contacted"); otherwise only a plain one.
 */
function wishFor(tags: Tagged[], i: number, refused = false): number {
  const clause = tags[i]!.tok.clause;
  if (!refused && negated(tags, i)) return -1;
  for (let j = i - 1; j >= 0 && j >= i - 6 && tags[j]!.tok.clause === clause; j--) {
    const p = tags[j]!;
    if (p.want || ASK_TO_BE.has(p.tok.key)) return negated(tags, j) === refused ? j : -1;
  }
  return -1;
}
/** Requests that frame it: "I request to be…", "solicito ser…", "bitte…", "chiedo di essere…". */
const ASK_TO_BE = wordSet(`please kindly request ask prefer solicito pido ruego prefiero demande prie prefere
  bitte bitten ersuche peco solicito prefiro chiedo richiedo prego preferisco verzoek verzoeken
  preferiria prefererais preferirei lieber liefst`);

const BOT = wordSet(
  `bot bots robot robots machine machines chatbot automated ai maquina robo maschine macchina automaat`,
);
const EXIST = wordSet(`there hay y y'a tem existe gibt c'e ce er daar da`);
/** "on the other end / side", "dall'altra parte", "de l'autre côté", "al otro lado", "am anderen Ende". */
function otherEnd(toks: Token[], i: number): boolean {
  const words = toks.slice(i, i + 4).map((w) => w.key);
  const other = words.findIndex((w) =>
    /^(other|otro|otra|autre|l'autre|anderen|andere|outro|outra|altra|dall'altra|all'altra)$/.test(w),
  );
  return other >= 0 && /^(end|side|lado|parte|cote|ende|seite|kant|lijn)$/.test(words[other + 1] ?? '');
}
const BEHIND = wordSet('behind dahinter erachter achter derriere detras dietro atras');
/**
 * What makes a person a real one, after the word: "with a pulse", "de verdad", "of flesh and blood"
 * ("de carne y hueso", "en chair et en os", "aus Fleisch und Blut", "van vlees en bloed"), "who breathes".
 */
const HUMAN_QUALIFIER =
  /^(?:with an? (?:pulse|heartbeat)|de verdade?|(?:of|in|de|en|aus|van) (?:flesh|carne|chair|fleisch|vlees) (?:and|y|et|en|und|e) (?:en )?(?:blood|hueso|os|blut|osso|ossa|bloed)|(?:who|que|qui|che|der|die) (?:breathes|respira|respire|atmet|ademt))(?= |$)/;
const ANY_SOME = wordSet('some any');
/** Hours asked about: "is a real person available on weekends / at night / until 8?" */
const WHEN_AFTER = wordSet('on at during until till from between after before in weekends evenings nights');
/** A colleague: of the bot's, a person only when made human ("a colleague of flesh and blood"). */
const COLLEAGUE = wordSet(
  'colleague colleagues colega colegas companero companeros companera collegue collegues kollege kollegin kollegen collega collegas',
);
const HUMAN_AFTER = wordSet(
  'humain humains humaine humaines humano humanos umano umani menschlichen menselijke human',
);
/**
 * A person word at i made a real human by what follows ("de carne y hueso", "dele que respira",
 * "humains"): the index of the qualifier's last word, or -1. Not the visitor's own ("my colleague").
 */
function realHuman(toks: Token[], i: number): number {
  if (MY.has(toks[i - 1]?.key ?? '')) return -1;
  if (HUMAN_AFTER.has(toks[i + 1]?.key ?? '')) return i + 1;
  // (or one word between: "colega dele que respira", "one of his colleagues with a pulse")
  const end = Math.max(humanQualifier(toks, i + 1), humanQualifier(toks, i + 2));
  return end > 0 ? end - 1 : -1;
}
/** Index after a human qualifier starting at i, or -1. */
function humanQualifier(toks: Token[], i: number): number {
  const keys = toks.slice(i, i + 7).map((w) => w.key);
  const m = HUMAN_QUALIFIER.exec(keys.join(' '));
  return m ? i + m[0].split(' ').length : -1;
}
/** "is there even a person", "sitzt da überhaupt ein Mensch", "is er eigenlijk wel iemand". */
const EVEN = wordSet(
  'even actually really uberhaupt eigentlich wirklich echt eigenlijk wel ook realmente vraiment davvero',
);
/**
 * "da" and "y" say "there is" only in "ist da jemand", "il y a": elsewhere they are "of the" or
 * "and" ("no nome da pessoa que comprou", "mi hermano y la persona que…").
 */
function existsHere(toks: Token[], i: number): boolean {
  const key = toks[i]!.key;
  if (key === 'da') return ['ist', 'sind', 'war', 'is', 'sitzt', 'gibt'].includes(toks[i - 1]?.key ?? '');
  if (key === 'y') return toks[i + 1]?.key === 'a' || toks[i + 1]?.key === 'a-t-il';
  return true;
}
const AVAIL = wordSet(`available there online around alive real disponible disponibles ahi la verfugbar da
  disponivel disponiveis ai disponibile beschikbaar daar dispo`);
const ADJ = wordSet(`live real actual human proper physical customer service care competent qualified
  bloody damn damned fucking freaking frigging goddamn effing flipping stupid
  real verdadero verdadera humano humana vivo vrai vraie humain humaine reel reelle
  echten echter echte richtigen richtige menschlichen verdadeiro verdadeira
  vero vera umano umana reale menselijke living viva vivante lebende levende`);
const FILL =
  wordSet(`to with wth wiht wirh whit a an the some one your my me please pls plz now right directly of from on in
  for at i can could may would will do you u ur just only over through here sie usted ustedes que para hier aqui ici door
  con un una el la al a por favor ahora directamente me
  avec un une le la au moi s'il plait svp maintenant
  mit einem einer einen dem den der die das ein eine bitte jetzt mich mir
  com um uma o a ao me por favor agora
  con un una il lo la al mi per favore ora
  met een de het mij me alstublieft aub nu
  algun alguna algunos algum alguma qualche irgendein irgendeinen irgendjemand enig enige quelque vom van del du dal dalla do peut peut-il puede pode kann kan puo
  able d'un d'une l' be w 2 wit`);
const HELP =
  wordSet(`help helps assist answer answers respond reply sort fix solve look check review handle ayude ayudarme ayudar atienda m'aider aider
  controllare verificare revisar verificar verifier uberprufen prufen nachsehen controleren nakijken
  helfen helfe ajudar ajude aiutarmi aiutare helpen
  take show explain explique expliquer erklaren explicar explicarme spiegare spiegarmi uitleggen`);
/** Getting or having a person needs no "me": "get a human", "can I have an agent", "avoir un conseiller". */
const HAVE = wordSet(`get find have avoir tener haben ter avere hebben
  encuentro encontrar encontro trouver trouve finde finden trovo trovare vind vinden`);
/** Passive forms after "want to be": "I want to be connected to an advisor". */
const PASSIVE = wordSet('connected transferred put passed contacted called helped served attended');
/** "I need help from a person", "preciso de ajuda de uma pessoa". */
const HELP_NOUNS = wordSet('help assistance ayuda aide hilfe ajuda aiuto hulp');
/** Glued to the next word by a typo: "tosomebody", "udirect". */
const GLUE = ['to', 'u', 'a', 'an', 'me', 'with'];

// Context words for the shapes.
/** Negations of wanting ("don't", "never"); not of being able ("I can't reach an agent" is a request). */
const NEGATORS =
  wordSet(`don't dont doesn't doesnt didn't didnt won't wont not never no nao nicht kein keinen keine
  pas nunca non niet geen without sin sans ohne sem senza zonder`);
/** After a negator, these mean the negation is about something else ("I don't know how to reach someone"). */
const OTHER_VERB = wordSet('know understand how sure sais se weiss sei weet');
/** Refusing the bot out of exasperation ("fed up with this bot"): frustration first, a request too. */
const FED_UP = wordSet('tired sick fed hate marre harto farto stufo genug zat');
const STOP_VERBS =
  wordSet(`stop quit enough tired sick fed hate deja arrete arreter assez stopp genug para basta chega
  smettila stoppen genoeg`);
const YOU = wordSet('you u eres es bist sei ben are');
const RELATIVE = wordSet('who that which whose que qui die der dat welche che cui');
const DEFINITE =
  wordSet(`the that this your our his her their el ese esa le cette ce der die das dem den dieser
  o esse essa il quel quella het
  la los las les lo gli`);
const DATIVE = wordSet('me moi mir mij mi');
/** "rappelez-moi", "richiamarmi", "zurückrufen", "terugbellen", "llámenme", "me liguem". */
const CALLBACK_PREFIXES = [
  'rappel',
  'richiam',
  'zuruckruf',
  'terugbel',
  'llamenme',
  'llameme',
  'liguem',
  'retornem',
];
const CALLBACK = wordSet('callback call-back rappel rappeler zuruckrufen ruckruf richiamare terugbellen');
/** "call me" in a request: "please call me", "can you call me", "call me asap". */
const CALL_VERB = wordSet('call phone ring contact telephone');
/** What may follow "call me" in a request ("call me back", "call me at 5") — not "call me Chip". */
const CALL_AFTER =
  wordSet(`back please pls plz now asap at on today tomorrow urgently immediately soon right as
  when quickly directly again about regarding re concerning after before tonight later this`);
/** What may stand before "call me" in a request: nothing, please, a modal ("can you"), a wish. */
const CALL_FRAME = wordSet('can could would will may pls plz please kindly just want need like wish');
const SELF = wordSet("i we i'll we'll i'd");
const CALL_FRAME_SKIP = wordSet('you u someone somebody anyone anybody some1 sum1 any1 to guys');
/** Whoever is asked to call, named: "can someone from your team call me", "one of the nurses could call me". */
const CALL_SUBJECT = wordSet('from your ur the one of');
/** Imperatives and infinitives with the "me" attached: "llámame", "chiamatemi", "appelez-moi". */
const CALL_ME_FUSED = wordSet(`llamame llamarme llamenos chiamami chiamatemi chiamarmi appelez-moi appelle-moi
  m'appeler ligue-me liga-me ligar-me ligueme telefoneme contactame contacteme contactez-moi contattatemi
  llamadme contactadme contactarme contactenme recontactarme contatar-me contacte-me contattarmi ricontattarmi recontactez-moi`);
/** After "me" / "mi": "me ligue", "me llamen", "mi chiami" (not "me llamo", "mi chiamo": my name is). */
const CALL_AFTER_DATIVE = wordSet(`ligue liguem ligar llame llamen llamar chiami chiamate chiamare contacte
  contactem contacten contattate contattare bellen terugbellen anrufen llamara llamaran llamase ligasse
  ligassem chiamasse chiamassero contacter recontacter recontactez
  contactez contactar recontactar contatar recontatar contatem ricontattare ricontattate ricontatti contatti`);
const CALL_TELEPHONE = wordSet('telefonare telefonear telephoner telefonieren telefonar');
/** Asking for a call as a thing: "give me a call", "can I get a call back", "quiero una llamada". */
const CALL_NOUN = wordSet(`call callback call-back llamada appel anruf ruckruf chiamata ligacao chamada
  telefoontje`);
const CALL_NOUN_AFTER = wordSet(`back please pls plz now asap today tomorrow at on from to regarding about
  por s'il bitte per alstublieft`);
const CALL_NOUN_BEFORE = wordSet('phone quick einen one');
const REQUEST_VERB =
  wordSet(`request schedule book arrange solicitar pedir agendar demander planifier anfordern
  vereinbaren richiedere prenotare aanvragen plannen
  appreciate welcome agradeceria agradeceriamos apprecierais apprecierions gradirei gradiremmo`);
const SOUL = wordSet('soul alma ame anima ziel seele');
const LIVING = wordSet('living viva vivante vive lebende levende');
/** Collective "people" words, a person only when they are the company's ("your team", "support team"). */
const TEAM = wordSet('team equipo equipe squadra');
const TEAM_OWNER =
  wordSet(`your ur the support service care customer sales billing tech technical su tu vuestro
  votre vos ihr ihrem ihren eurem seu sua vostro vostra jullie uw`);
/** "is this a real person?", "are you a live agent?": asking whether a person is there. */
const REAL = wordSet('real actual live human');
const THIS_OR_YOU = wordSet('this you u it');
const COPULA_Q = wordSet('is are r am');
/** Verbs of conversation: a message that only asks to do this ("I want to talk") is a request. */
const CONVERSE =
  wordSet(`talk speak chat hablar conversar charlar parler discuter sprechen reden chatten falar
  parlare chattare spreken praten chatten`);
/** "I need someone now": a weak person wanted at once is asked for, not described. */
const NOW = wordSet(
  'now asap urgently immediately ahora ya maintenant jetzt sofort agora ja subito adesso nu meteen',
);
/** "supervisor escalation", "escalation to a manager": a person's word in note form. */
const ESCALATION = wordSet('escalation escalate escalar escalade eskalation escalonar escalatie');
const ESCALATION_OBJECTS = wordSet('this it that my case ticket issue complaint matter problem');
/** Person words used for something else when followed by these ("human-readable", "agent fee"). */
const COMPOUND_AFTER = wordSet(`readable error errors resources rights nature trafficking fee fees commission
  commissions portal login app code id number numbers account accounts`);
/** … or preceded by these ("delivery agent", "travel agent", "how many people"). */
const COMPOUND_BEFORE =
  wordSet(`delivery shipping travel estate insurance sales user secret double free booking
  courier many other another second third each every per two three four five
  otra otro otras otros autre autres andere anderen anderer outra outro altra altro
  recursos ressources risorse hulpbronnen`);
/** "chat assistant", "virtual assistant", "asistente virtual": the bot itself, not a person. */
const ASSISTANT = wordSet('assistant assistente asistente assistentin');
const BOT_QUALIFIER = wordSet('chat virtual virtuale virtuel virtuelle digital digitale ai ia ki automated');
/** A weak person acting on the customer: "someone used my card", "someone else". */
const ACTOR_AFTER =
  wordSet(`else else's used stole hacked charged took logged accessed opened broke is has was
  did tried called sent ordered made changed bought`);
const CHANNEL_FIRST = wordSet(
  'customer client clients call help service servicio atencion kunden servizio assistenza',
);
/** "live chat", "live support": a human channel. */
const LIVE_CHANNEL = wordSet('chat support help assistance');
/** Opening a channel: "start live chat", "open a chat with support". */
const OPEN = wordSet(
  'start open begin iniciar abrir commencer ouvrir starten offnen avviare aprire openen beginnen',
);
/** Waiting for a person: "I'm waiting for an agent", "esperando a un asesor", "ich warte auf einen Mitarbeiter". */
const WAIT = wordSet(`wait waiting await awaiting esperando espero aguardando aguardo attends attendre attente
  warte warten aspetto aspettando attesa wacht wachten`);
/**
 * Modal verbs and the subject pronouns that go with them, between "who" and the verb: "who can I
 * talk to?", "à qui puis-je parler ?", "mit wem kann ich sprechen?".
 */
const MODAL =
  wordSet(`can could should do may shall i puedo podria debo puis peux dois kann konnte soll ich posso
  devo kan moet ik je je-peux puis-je puedo podriam podrian podrias pueden puede
  potesse potessero pudiera pudieran pourrait pourraient konnten pudesse pudessem zou zouden`);
const PLEASE = wordSet('please pls plz bitte graag aub svp porfavor');
const TRANSFER = wordSet(`transfer connect forward redirect put pass transferir conectar transferer connecter
  verbinden weiterleiten transferire collegare doorverbinden verbind`);
/** "someone to help", "someone who can", "alguien que pueda", "quelqu'un qui peut", "jemand, der kann". */
const WHO_TO = wordSet('to who that que qui der die che dat');
/** "quiero que una persona…", "vorrei che un addetto…", "ik wil dat een medewerker…": a wish for a person's act. */
const PHONE = wordSet('phone telephone telefono telefone telefon telefoon');
const PHONE_PREP = wordSet('on the au am al ao aan de by per por via');
/** "someone on the phone", "qqn au téléphone", "jemanden am Telefon". */
function onThePhone(toks: Token[], i: number): boolean {
  for (let j = i; j <= i + 2; j++) {
    const key = toks[j]?.key;
    if (key === undefined || toks[j]!.clause !== toks[i]!.clause) return false;
    if (PHONE.has(key)) return true;
    if (!PHONE_PREP.has(key)) return false;
  }
  return false;
}
/** "someone from billing", "quelqu'un de votre service", "iemand van jullie team". */
const FROM = wordSet('from of de del du des von vom van da do dal della di');
function fromTheCompany(tags: Tagged[], i: number): boolean {
  const t = tags[i];
  if (!t || !FROM.has(t.tok.key)) return false;
  for (let j = i + 1; j <= i + 3 && tags[j] && tags[j]!.tok.clause === t.tok.clause; j++) {
    const w = tags[j]!;
    if (w.dept || w.service || w.person || TEAM.has(w.tok.key)) return true;
    // "someone from you": "de chez vous", "de vocês", "van jullie", "von euch"
    if (YOU_COMPANY.has(w.tok.key)) return true;
    if (!(w.fill || TEAM_OWNER.has(w.tok.key) || w.tok.key === 'chez')) return false;
  }
  return false;
}
/** "in charge (of)", "(is) responsible (for)", "(is) handling": the one who decides. */
function inCharge(toks: Token[], i: number): boolean {
  const k = toks[i]?.key === 'is' ? i + 1 : i;
  return (toks[k]?.key === 'in' && toks[k + 1]?.key === 'charge') || toks[k]?.key === 'responsible';
}
/** Seeing someone, wished: "je veux voir le directeur" (the role right after, with its article). */
const SEE = wordSet('see voir vedere ver sehen zien');
const PLACE_PREP = wordSet('at au in en am im no na al alla aan op');
const YOU_COMPANY = wordSet('vous voces jullie ustedes vosotros euch ihnen voi you');
const ABLE = wordSet('can could pueda puede pueden peut puisse kann konnte pode possa puo kan');
const WHO_PREP = wordSet('with to a con com met mit per para avec');
/** What a request in note form is for: "agent for my bill", "asesor sobre mi factura". */
const PURPOSE = wordSet(
  'for about regarding re concerning para sobre pour concernant fur wegen uber per riguardo voor over',
);
/** "who at your company can I talk to", "who in the office". */
const COMPANY = wordSet(
  'company firm business office store shop bank side empresa entreprise firma azienda bedrijf',
);
const GERMAN_SUBJECT = wordSet('ich mich mir man wir');
const WHO = wordSet('who whom quien quienes qui wer wem wen quem chi wie');
const CHANNEL_SECOND = wordSet(
  'service support care center centre desk line client clients cliente clientes kunden clienti',
);
/** Nobody there: "no one", "nobody", "nadie", "personne ne", "niemand", "ninguém", "nessuno". */
const NOBODY = wordSet('nobody noone nadie niemand ninguem nessuno');
const UNREACHABLE =
  wordSet(`not unavailable unreachable answering answers answer responding respond responds replying
  picking picks busy down contesta responde atiende repond antwortet nicht unerreichbar atende risponde reageert
  neemt`);
/** Of those, the ones that say it alone; the rest are answering verbs that need a negation. */
const UNREACHABLE_STATE = wordSet('not unavailable unreachable busy down nicht unerreichbar');
const URGENT =
  wordSet(`urgent urgently emergency asap immediate immediately urgente urgencia emergencia urgence
  dringend dringende notfall eilig emergenza spoed noodgeval`);
const URGENT_OBJECT =
  wordSet(`help assistance attention resolution fix response action support solution ayuda asistencia
  atencion solucion aide hilfe unterstutzung losung ajuda assistencia solucao aiuto soluzione hulp oplossing`);
const ARTICLE = wordSet('a an un une una um uma ein eine een');
const INTENSIFIER = wordSet('very really extremely so super quite truly muy tres sehr muito molto erg zeer');
const COPULA = wordSet("is it's its es est ist e c'est het");
const GREETING = wordSet('hi hello hey hola bonjour salut hallo ola oi ciao hoi');
const NOT_TYPOS =
  wordSet(`contract contracts walking walked calling caller charge changed chart represent presents present
  parent parents agenda urgent agency agencies speaker sneak steak humor humid number numbers pleased supported
  supporter season reason personal personally algum alguma alguns algumas lugar lugares
  atendio atendeu atendio consultar consulter consultare consulteren aender aendern aendere
  heeft hebt what that`);

interface Tagged {
  tok: Token;
  /** The key used for the word classes: elision removed ("l'assistenza" → "assistenza"). */
  key: string;
  person: boolean;
  weak: boolean;
  service: boolean;
  /** Index of the last word of a two/three-word channel ("customer service", "servicio al cliente"), or -1. */
  channelEnd: number;
  contact: boolean;
  contactLoose: boolean;
  want: boolean;
  give: boolean;
  /** "pásame", "passami", "passez-moi": the "me" is part of the verb. */
  giveMe: boolean;
  fill: boolean;
  adj: boolean;
  help: boolean;
  dept: boolean;
  /** A person word that is only mentioned here (compound, actor, described). */
  mention: boolean;
}

function lookup<T>(lex: Lexicon<T>, key: string, typos: boolean): boolean {
  if (NOT_TYPOS.has(key)) return false;
  return lex.get(key, typos) !== undefined;
}

/** "l'assistenza", "d'un agent": the word after an elided article or preposition. */
const ELISION = /^(?:l|d|j|m|t|s|n|c|qu|dell|all|nell|dall|sull)'(.+)$/;

function tag(toks: Token[], typos: boolean): Tagged[] {
  const out: Tagged[] = toks.map((tok) => {
    let key = tok.key;
    const elided = key.includes("'") ? ELISION.exec(key) : null;
    if (elided) key = elided[1]!;
    let person = lookup(PERSON, key, typos);
    let weak = !person && lookup(WEAK, key, typos);
    // A past participle or preterite ("parlé", "hablé", "contacté", "me llamó", "habló") reports a
    // contact, doesn't ask for one.
    let contact = lookup(CONTACT, key, typos) && !/[éó]$/.test(tok.raw);
    if (!person && !weak && !contact && key.length >= 5) {
      for (const g of GLUE) {
        if (!key.startsWith(g)) continue;
        const rest = key.slice(g.length);
        if (lookup(PERSON, rest, typos)) person = true;
        else if (lookup(WEAK, rest, typos)) weak = true;
        else if (lookup(CONTACT, rest, typos)) contact = true;
        if (person || weak || contact) {
          key = rest;
          break;
        }
      }
    }
    const [head, tail] = key.split('-');
    const hyphenGive = tail !== undefined && GIVE.has(head!) && DATIVE.has(tail);
    return {
      tok,
      key,
      person,
      weak,
      service: lookup(SERVICE, key, typos),
      channelEnd: -1,
      contact,
      contactLoose: !contact && key.length >= 3 && lookup(CONTACT_LOOSE, key, typos),
      want: lookup(WANT, key, typos),
      give: GIVE.has(key) || hyphenGive,
      giveMe: hyphenGive || (GIVE.has(key) && /(me|mi)$/.test(key) && key.length > 4),
      fill: FILL.has(key),
      adj: ADJ.has(key),
      help: HELP.has(key),
      dept: DEPARTMENT.has(key) || PROFESSION.has(key),
      mention: false,
    };
  });
  for (let i = 0; i < out.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1];
    const c = toks[i + 2];
    const ak = out[i]!.key;
    const bk = out[i + 1]?.key ?? '';
    if (b && b.clause === a.clause && CHANNEL_FIRST.has(ak) && CHANNEL_SECOND.has(bk))
      out[i]!.channelEnd = i + 1;
    else if (b && b.clause === a.clause && ak === 'live' && LIVE_CHANNEL.has(bk)) out[i]!.channelEnd = i + 1;
    else if (b && b.clause === a.clause && (ak === 'staff' || ak === 'team') && bk === 'member')
      out[i]!.channelEnd = i + 1;
    else if (
      c &&
      (ak === 'servicio' || ak === 'service' || ak === 'atencion' || ak === 'servizio') &&
      (bk === 'al' || bk === 'a' || bk === 'client' || bk === 'clienti') &&
      (c.key.startsWith('client') || c.key === 'la')
    )
      out[i]!.channelEnd = i + 2;
    const t = out[i]!;
    if (TEAM.has(a.key) && i > 0 && toks[i - 1]!.clause === a.clause && TEAM_OWNER.has(toks[i - 1]!.key))
      t.person = true;
    // "a living soul", "una alma viva", "âme qui vive", "anima viva": anyone at all
    if (SOUL.has(a.key) && (LIVING.has(toks[i - 1]?.key ?? '') || LIVING.has(toks[i + 1]?.key ?? '')))
      t.weak = true;
    if (!(t.person || t.weak || t.service)) continue;
    const next = toks[i + 1];
    const prev = toks[i - 1];
    const sameNext = next && next.clause === a.clause;
    const samePrev = prev && prev.clause === a.clause;
    if (sameNext && COMPOUND_AFTER.has(next.key)) t.mention = true;
    if (
      ASSISTANT.has(a.key) &&
      ((samePrev && BOT_QUALIFIER.has(prev.key)) || (sameNext && BOT_QUALIFIER.has(next.key)))
    )
      t.mention = true;
    if (samePrev && COMPOUND_BEFORE.has(prev.key)) t.mention = true;
    if (t.weak && sameNext && ACTOR_AFTER.has(next.key)) t.mention = true;
    // "the person who delivered…": a definite person described, not one asked for.
    if (sameNext && RELATIVE.has(next.key) && samePrev && DEFINITE.has(prev.key)) t.mention = true;
  }
  return out;
}

/** A person, or a human channel, at i (weak words only if allowed); returns the last index of the phrase or -1. */
function personAt(tags: Tagged[], i: number, opts: { weak: boolean; bareService: boolean }): number {
  const t = tags[i];
  if (!t) return -1;
  if (t.channelEnd >= 0) return t.channelEnd;
  if (t.mention) return -1;
  if (t.person || (opts.weak && t.weak) || (opts.bareService && t.service)) return i;
  return -1;
}

/** Is the word at i negated by a "don't / never / nicht" just before it? */
function negated(tags: Tagged[], i: number): boolean {
  const clause = tags[i]!.tok.clause;
  for (let back = 1; back <= 3; back++) {
    const p = tags[i - back];
    if (!p || p.tok.clause !== clause) return false;
    if (NEGATORS.has(p.tok.key)) {
      for (let k = i - back + 1; k < i; k++) if (OTHER_VERB.has(tags[k]!.tok.key)) return false;
      return true;
    }
  }
  return false;
}

export interface HumanRequest {
  requested: boolean;
  /** The words that made the decision, as they appear in the lower-cased message. */
  evidence: string | null;
  /**
   * `explicit`: asks for a person; `unreachable`: says the human channel doesn't answer
   * ("nobody answers") — a request, but also a complaint; `urgent`: a declared emergency.
   */
  kind?: 'explicit' | 'unreachable' | 'urgent';
  /** Not a request but its refusal: "I don't need an agent", "no quiero hablar con nadie". */
  declined?: boolean;
  /**
   * The person words mean something else: a fact asked of whoever reads ("does anyone know if…",
   * "quelqu'un sait si…": other customers, in a review or a forum), or a compound ("booked through
   * a travel agent", "recursos humanos"). Keeps the text model from reading them as a request.
   */
  otherSense?: boolean;
}

const NO: HumanRequest = { requested: false, evidence: null };

/** A request found, with the index of its last token (where a later, plainer one may follow). */
type Found = HumanRequest & { end?: number };

const found = (t: Tokenized, from: Token, to: Token, kind: HumanRequest['kind'] = 'explicit'): Found => ({
  requested: true,
  evidence: quote(t, from, to),
  kind,
  end: t.tokens.indexOf(to),
});

/**
 * `typos: false` for a message in a language beyond the seven: there a word one letter from a
 * keyword is a word of its own (Swedish "redan innan" is not German "reden" + a person).
 */
export function detectHumanRequestTokens(t: Tokenized, { typos = true } = {}): HumanRequest {
  if (t.tokens.length === 0) return NO;
  const tags = tag(t.tokens, typos);
  let { end, ...request } = detectRequest(t, tags);
  // A channel that doesn't answer, then the ask itself ("support only sends canned replies. I
  // want a real person to check my account"): the ask decides, so a complaint does not outrank it.
  if (request.kind === 'unreachable' && end !== undefined) {
    const { end: _, ...later } = detectRequest(t, tags, end + 1);
    if (later.kind === 'explicit') request = later;
  }
  if (request.requested && end !== undefined && remindedOf(tags, end)) return { ...NO, otherSense: true };
  if (request.requested) return request;
  // (its words first: most messages have none, and the phrase regex is the slow part)
  const hinglish = /\b(?:se|ko|koi|baat)\b/.test(t.lower) ? HINGLISH.exec(t.lower) : null;
  if (hinglish) return { requested: true, evidence: hinglish[0], kind: 'explicit' };
  if (declinesPerson(tags)) return { ...NO, declined: true };
  // (only where nothing is wished or asked: "booked through travel agent", "recursos humanos portal")
  const compoundsOnly =
    tags.some((x) => x.mention) &&
    !tags.some((x) => ((x.person || x.weak) && !x.mention) || x.want || x.contact || x.give || x.help);
  return asksAround(t, tags) || compoundsOnly || asksToBeTold(t, tags)
    ? { ...NO, otherSense: true }
    : request;
}

/** "Remind me…" in the seven languages, its "me" apart or in the verb ("recuérdame", "ricordami"). */
const REMIND = wordSet('remind erinnere erinner herinner rappelle');
const REMIND_ME = wordSet(`recuerdame recordarme ricordami ricordarmi lembra-me lembre-me lembrar-me
  rappelle-moi`);
const ME = wordSet('me us mich uns mij ons moi nous');

/**
 * What to be reminded of is the visitor's own errand, not a request: "remind me to call the
 * doctor", "ricordami di chiamare il medico". The request ending at `end` follows "remind me" in
 * its clause. ("Remind your colleague to call me back" still asks: the "me" must follow "remind".)
 */
function remindedOf(tags: Tagged[], end: number): boolean {
  const clause = tags[end]!.tok.clause;
  for (let j = end - 1; j >= 0 && tags[j]!.tok.clause === clause; j--) {
    const key = tags[j]!.tok.key;
    if (REMIND_ME.has(key)) return true;
    if (REMIND.has(key) && ME.has(tags[j + 1]?.tok.key ?? '')) return true;
    // "me lembre de ligar", "me recuerdas llamar"
    if (ME.has(key) && /^(?:lembr|recuerd|record)/.test(tags[j + 1]?.tok.key ?? '')) return true;
  }
  return false;
}

/**
 * Romanised Hindi as Indian customers type it to a bot: "kisi agent se baat karwao", "executive se
 * connect karo", "koi insaan hai kya", "mujhe baat karni hai".
 */
const HINGLISH = phrases([
  String.raw`\b(?:(?:kisi|koi|ek)\s+)?(?:agent|executive|insaan|insan|banda|bande|aadmi|person|human|manager|senior|customer care)\s+(?:se|ko)\s+(?:baat|connect|transfer|call|milao|milwao|milna)\b`,
  String.raw`\bkoi\s+(?:insaan|insan|human|agent|banda|aadmi|executive)\s+(?:hai|h|he)\b`,
  String.raw`\bbaat\s+(?:karni|karna|karwao|karvao|karao|karwa\s+do|kara\s+do|karwaiye|karaiye)\b`,
]);

/**
 * A polite question asking to be told something ("kunt u mij vertellen of…", "potreste
 * gentilmente dirmi se…", "poderiam indicar-me se…") with no person in it: its courtesy is not a
 * wish for one, however much it reads like the requests the text model learnt.
 */
const TELL_ME = phrases([
  String.raw`\b(?:could|can|would) you (?:please |kindly )?(?:tell|let) me\b|\bplease (?:tell|let) me\b`,
  String.raw`\b(?:kunt|kan|zou|wilt) u (?:mij|me) (?:\p{L}+ )?(?:vertellen|laten weten|zeggen)\b`,
  String.raw`\bpotre(?:bbe|ste) (?:\p{L}+ )?(?:dirmi|indicarmi|spiegarmi|confermarmi)\b`,
  String.raw`\bpoderi(?:a|am) (?:por favor )?(?:indicar-me|dizer-me|me dizer|me indicar|informar-me|me informar)\b`,
  String.raw`\bpourriez-vous (?:me dire|m'indiquer|me confirmer)\b|\bpouvez-vous (?:me dire|m'indiquer|me confirmer)\b`,
  String.raw`\bpodr[ií]an? (?:decirme|indicarme|confirmarme|informarme)\b|\bme (?:podr[ií]an?|pueden?) (?:decir|indicar|confirmar)\b`,
  String.raw`\bk[öo]nn(?:t)?en sie mir (?:\p{L}+ )?(?:sagen|mitteilen|best[äa]tigen)\b`,
]);
function asksToBeTold(t: Tokenized, tags: Tagged[]): boolean {
  return (
    t.questions > 0 &&
    TELL_ME.test(t.lower) &&
    !tags.some((x) => ((x.person || x.weak || x.dept) && !x.mention) || x.contact || CALLBACK.has(x.key))
  );
}

/**
 * A person refused: a person word after a negated wish or contact verb in its clause ("I don't
 * want to talk to a human", "não preciso de atendente"), or wished for with a negator before
 * it ("brauche keinen Mitarbeiter", "hoef geen medewerker"); not "no agent has answered". It
 * keeps the text model, which reads words, not grammar, from taking a refusal for a request.
 */
function declinesPerson(tags: Tagged[]): boolean {
  for (let i = 0; i < tags.length; i++) {
    // "I don't want to be contacted", "no quiero ser contactado": a person's call refused.
    if (CONTACTED.has(tags[i]!.tok.key) && wishFor(tags, i) < 0 && wishFor(tags, i, true) >= 0) return true;
    if (personAt(tags, i, { weak: true, bareService: true }) < 0) continue;
    const clause = tags[i]!.tok.clause;
    let negatorBefore = false;
    for (let j = i - 1; j >= 0 && tags[j]!.tok.clause === clause; j--) {
      const p = tags[j]!;
      const verb = p.want || p.contact || p.give || p.help;
      if (verb && (negated(tags, j) || negatorBefore)) return true;
      if (j >= i - 2 && NEGATORS.has(p.tok.key)) negatorBefore = true;
    }
  }
  return false;
}

/** Knowing, as asked of anyone: "does anyone know", "alguien sabe", "weiß jemand", "iemand ervaring". */
const KNOW = wordSet(`know knows knew tried experience sabe saben sabia sait savez weiss weis wei kennt weet
  sabem sa sanno ervaring erfahrung experiencia connait connaissez conoce conocen conhece conosce kent`);

function asksAround(t: Tokenized, tags: Tagged[]): boolean {
  if (t.questions === 0) return false;
  return tags.some(
    (tg, i) =>
      tg.weak &&
      // (not "I need someone who knows about pensions to call me")
      !tags.slice(0, i).some((w) => w.want && w.tok.clause === tg.tok.clause) &&
      [tags[i - 1], tags[i + 1], tags[i + 2]].some(
        (w) => w && w.tok.clause === tg.tok.clause && KNOW.has(w.key),
      ),
  );
}

/** "to" before whom a case is passed: "forward it to", "à", "an", "naar", "al", "para", "per". */
const PASS_TO = wordSet('to a al an aan naar para per au');

/** Calling out into the chat: "hello?? anyone??", "anybody?", "¿alguien?", "quelqu'un ?". */
const CALL_OUT = wordSet(
  "anyone anybody someone somebody alguien quelqu'un jemand irgendwer irgendjemand alguem qualcuno iemand",
);
const CALL_OUT_ONLY = wordSet(
  'hello hi hey hallo hola ola oi bonjour ciao hoi there here out please pls plz ahi la da aqui qui',
);

function detectRequest(t: Tokenized, tags: Tagged[], start = 0): Found {
  const toks = t.tokens;
  const n = toks.length;
  if (
    start === 0 &&
    t.questions > 0 &&
    n <= 5 &&
    toks.some((w) => CALL_OUT.has(w.key)) &&
    toks.every((w) => CALL_OUT.has(w.key) || CALL_OUT_ONLY.has(w.key))
  )
    return found(t, toks[0]!, toks[n - 1]!);
  const same = (i: number, j: number) => !!toks[j] && toks[j]!.clause === toks[i]!.clause;
  const between = (i: number) => tags[i]!.fill || tags[i]!.adj;

  for (let i = start; i < n; i++) {
    const tg = tags[i]!;
    const key = tg.tok.key;

    // 1. contact verb … person or channel (weak persons too): "talk to a live agent", "contact support".
    const nextKey = toks[i + 1]?.key ?? '';
    // ("cómo se llama el técnico", "come si chiama": what the technician is called)
    const naming = NAMED.has(key) && NAMED.get(key) === toks[i - 1]?.key;
    const contact = !naming && (tg.contact || (tg.contactLoose && (FILL.has(nextKey) || nextKey === 'wth')));
    if (contact && !negated(tags, i)) {
      if (key === 'escalate' && (!same(i, i + 1) || ESCALATION_OBJECTS.has(nextKey) || nextKey === 'to'))
        return found(t, tg.tok, same(i, i + 1) ? toks[i + 1]! : tg.tok);
      for (let j = i + 1; j <= i + 6 && same(i, j); j++) {
        const end = personAt(tags, j, { weak: true, bareService: true });
        if (end >= 0) return found(t, tg.tok, toks[end]!);
        if (tags[j]!.dept) return found(t, tg.tok, toks[j]!);
        if (!between(j)) break;
      }
    }
    // … and person first ("Menschen sprechen", "agent to chat", "human to answer"), unless the
    // person is a definite one being described ("the agent talked to me").
    const pEnd = personAt(tags, i, { weak: true, bareService: false });
    // (the tail of a channel's name was judged at its head: "il servizio clienti risponde dal lunedì")
    const tail = tags.slice(Math.max(0, i - 2), i).some((x) => x.channelEnd >= i);
    if (pEnd >= 0 && !tg.contact && !tg.want && !tail) {
      const prev = toks[i - 1];
      const described = prev && DEFINITE.has(prev.key) && !tags.slice(0, i).some((x) => x.want);
      for (let j = pEnd + 1; j <= pEnd + 4 && same(i, j) && !described; j++) {
        // ("human to answer" asks; "customer service answers from 9 to 6" tells)
        const tells = UNREACHABLE.has(toks[j]!.key) && !['to', 'zu', 'om', 'te'].includes(toks[j - 1]!.key);
        if ((tags[j]!.contact || tags[j]!.help) && !negated(tags, j) && !tells)
          return found(t, tg.tok, toks[j]!);
        if (!between(j) && !tags[j]!.person && !tags[j]!.service) break;
      }
    }
    // A channel, then a contact verb that ends the clause (verb-final word order): "ik wil de
    // klantenservice spreken", "mit dem Kundendienst chatten" — not "the support chat is down".
    const sEnd = tg.channelEnd >= 0 ? tg.channelEnd : tg.service && !tg.mention ? i : -1;
    if (sEnd >= 0) {
      const v = sEnd + 1;
      const last = !same(i, v + 1) || PLEASE.has(toks[v + 1]!.key);
      if (same(i, v) && tags[v]!.contact && last && !negated(tags, v)) return found(t, tg.tok, toks[v]!);
    }
    // "transfer me", "can you connect me?": a transfer verb whose object is the visitor, nothing
    // after — or a department or person after: "put me through to billing", "connect me with sales".
    if (TRANSFER.has(key) && DATIVE.has(nextKey) && !negated(tags, i)) {
      if (!same(i, i + 2) || PLEASE.has(toks[i + 2]!.key)) return found(t, tg.tok, toks[i + 1]!);
      for (let j = i + 2; j <= i + 6 && same(i, j); j++) {
        const deciding = tags[j]!.weak && inCharge(toks, j + 1);
        if (tags[j]!.dept || deciding || personAt(tags, j, { weak: false, bareService: true }) >= 0)
          return found(t, tg.tok, toks[j]!);
        if (!between(j)) break;
      }
    }
    // …or the case passed on: "forward my file to the complaints officer", "pass this on to a
    // supervisor", "transmettez mon dossier à un responsable" — not "to my accountant".
    if (TRANSFER.has(key) && !DATIVE.has(nextKey) && !negated(tags, i)) {
      const to = toks.findIndex((w, j) => j > i && j <= i + 5 && same(i, j) && PASS_TO.has(w.key));
      for (let j = to + 1; to > 0 && j <= to + 3 && same(i, j); j++) {
        // the visitor's own people ("my accountant") are not the company's
        if (MY.has(toks[j]!.key)) break;
        if (tags[j]!.dept || personAt(tags, j, { weak: false, bareService: false }) >= 0)
          return found(t, tg.tok, toks[j]!);
      }
    }
    // "who can I talk to?", "à qui puis-je parler", "mit wem kann ich sprechen".
    // (German "wie" is "how": "Wie verbinde ich mich mit dem WLAN?")
    const germanHow = key === 'wie' && toks.some((w) => GERMAN_SUBJECT.has(w.key));
    if (WHO.has(key) && !germanHow && (!same(i, i - 1) || WHO_PREP.has(toks[i - 1]!.key))) {
      for (let j = i + 1; j <= i + 6 && same(i, j); j++) {
        if (tags[j]!.contact || CONVERSE.has(toks[j]!.key)) return found(t, tg.tok, toks[j]!);
        if (!(MODAL.has(toks[j]!.key) || tags[j]!.fill || COMPANY.has(toks[j]!.key))) break;
      }
    }
    // Waiting for a person: "I'm waiting for an agent", "j'attends un conseiller".
    if (WAIT.has(tg.key)) {
      for (let j = i + 1; j <= i + 5 && same(i, j); j++) {
        const end = personAt(tags, j, { weak: false, bareService: false });
        if (end >= 0) return found(t, tg.tok, toks[end]!);
        if (!(between(j) || toks[j]!.key === 'for' || toks[j]!.key === 'auf' || toks[j]!.key === 'op')) break;
      }
    }

    // 2. want / get + person: "I need a human", "get me someone to help". A weak person needs a
    // frame after it (end, "please", "to help", "available"): "someone to sign for it" is not a request.
    if ((tg.want || tg.give) && !negated(tags, i)) {
      // "me podrían pasar con…": the "me" may stand before a modal.
      let dative =
        DATIVE.has(toks[i - 1]?.key ?? '') ||
        (MODAL.has(toks[i - 1]?.key ?? '') && DATIVE.has(toks[i - 2]?.key ?? ''));
      for (let j = i + 1; j <= i + 6 && same(i, j); j++) {
        const w = tags[j]!;
        if (DATIVE.has(w.tok.key)) dative = true;
        const end = personAt(tags, j, { weak: false, bareService: false });
        if (w.dept && tg.giveMe) return found(t, tg.tok, w.tok);
        // "je veux voir le directeur", "voglio vedere il direttore"
        if (
          w.dept &&
          tg.want &&
          !negated(tags, i) &&
          [j - 1, j - 2].some((k) => k > i && SEE.has(toks[k]!.key))
        )
          return found(t, tg.tok, w.tok);
        // "j'ai besoin d'un ingénieur de chez vous", "I need a technician from your team"
        if (w.dept && tg.want && !negated(tags, i) && fromTheCompany(tags, j + 1))
          return found(t, tg.tok, w.tok);
        // a role wished to act for the visitor: "preciso que um monitor me responda", "quiero que el
        // perito me llame" — not "necesito que el perito tenga las fotos"
        if (w.dept && tg.want && toks.slice(i + 1, j).some((x) => THAT.has(x.key))) {
          const acts =
            (same(i, j + 1) && DATIVE.has(toks[j + 1]!.key)) ||
            [j + 1, j + 2].some((k) => same(i, k) && (tags[k]!.help || tags[k]!.contact));
          if (acts) return found(t, tg.tok, w.tok);
        }
        if (end >= 0) {
          const ok = tg.want || tg.giveMe || dative || HAVE.has(key);
          if (ok) return found(t, tg.tok, toks[end]!);
          break;
        }
        if (w.weak && !w.mention) {
          const after = toks[j + 1];
          const after2 = toks[j + 2]?.key ?? '';
          const framed =
            !after ||
            after.clause !== w.tok.clause ||
            HELP.has(after.key) ||
            AVAIL.has(after.key) ||
            NOW.has(after.key) ||
            after.key === 'please' ||
            (WHO_TO.has(after.key) &&
              (HELP.has(after2) || tags[j + 2]?.contact === true || ABLE.has(after2))) ||
            onThePhone(toks, j + 1) ||
            fromTheCompany(tags, j + 1) ||
            // "someone in charge", "whoever is in charge of…", "whoever is responsible for…"
            inCharge(toks, j + 1) ||
            // "quelqu'un au guichet qui puisse…", "someone at the desk who can…"
            (PLACE_PREP.has(after.key) &&
              WHO_TO.has(toks[j + 3]?.key ?? '') &&
              ABLE.has(toks[j + 4]?.key ?? ''));
          if (framed && (tg.want || tg.giveMe || dative || HAVE.has(key))) return found(t, tg.tok, w.tok);
          break;
        }
        if (
          !(
            between(j) ||
            w.tok.key === 'talk' ||
            w.contact ||
            HELP_NOUNS.has(w.tok.key) ||
            PASSIVE.has(w.tok.key) ||
            THAT.has(w.tok.key) ||
            SEE.has(w.tok.key)
          )
        )
          break;
      }
    }

    // 3. "is there anyone / a real person", "anyone available?", "¿hay alguien?", "ist da jemand",
    // "c'è un tutor che posso incontrare?" (a role, asked for in a question).
    if ((tg.weak || tg.person || (tg.dept && t.questions > 0)) && !tg.mention) {
      const next = toks[i + 1];
      const qualified = humanQualifier(toks, i + 1);
      const openAfter =
        !next ||
        next.clause !== tg.tok.clause ||
        AVAIL.has(next.key) ||
        ADJ.has(next.key) ||
        HELP.has(next.key) ||
        ['i', 'to', 'who', 'que', 'qui', 'that', 'here', 'working', 'online', 'che'].includes(next.key) ||
        // "is there an actual person at Telvio I can…"
        (next.key === 'at' && tags[i + 2]?.tok.clause === tg.tok.clause) ||
        // "is there a person behind this?", "sitzt da ein Mensch dahinter?", "c'è qualcuno dall'altra parte?"
        BEHIND.has(next.key) ||
        otherEnd(toks, i + 1) ||
        qualified > 0;
      for (let back = 1; back <= 5; back++) {
        const p = toks[i - back];
        if (!p || p.clause !== tg.tok.clause) break;
        if (EXIST.has(p.key) && openAfter && existsHere(toks, i - back)) return found(t, p, tg.tok);
        // "gibt es hier einen…", "y a-t-il un…"
        if (
          !(
            FILL.has(p.key) ||
            ADJ.has(p.key) ||
            EVEN.has(p.key) ||
            p.key === 'any' ||
            p.key === 'es' ||
            p.key === 'il'
          )
        )
          break;
      }
      // "is this a real person?", "are you a live agent?" (not "are you a bot?", "are you human?")
      const q = toks[i - 1]?.key ?? '';
      if (REAL.has(q) && tags[i - 1]!.tok.clause === tg.tok.clause) {
        let j = i - 2;
        if (ARTICLE.has(toks[j]?.key ?? '')) j--;
        const subject = toks[j];
        const verb = toks[j - 1];
        if (
          subject &&
          verb &&
          verb.clause === tg.tok.clause &&
          THIS_OR_YOU.has(subject.key) &&
          COPULA_Q.has(verb.key)
        )
          return found(t, verb, tg.tok);
      }
      // "any agent available?", "any human here?"
      if (tg.person && toks[i - 1]?.key === 'any' && (!next || AVAIL.has(next.key) || next.key === 'here'))
        return found(t, toks[i - 1]!, next ?? tg.tok);
      // "is there a desk where someone of yours can rebook me?", "alguien de ustedes puede…?"
      if (tg.weak && t.questions > 0 && fromTheCompany(tags, i + 1)) {
        for (let j = i + 2; j <= i + 6 && same(i, j); j++)
          if (ABLE.has(toks[j]!.key) && !negated(tags, j)) return found(t, tg.tok, toks[j]!);
      }
      // "might a person with a pulse be available?", "is a real person available?": a person made
      // real is asked about ("are your advisers available on Saturdays?" asks about hours).
      if (t.questions > 0 && (qualified > 0 || REAL.has(toks[i - 1]?.key ?? ''))) {
        for (let j = Math.max(qualified, i + 1); j <= i + 9 && same(i, j); j++) {
          if (AVAIL.has(toks[j]!.key)) {
            // ("available at some point" is not an hour)
            const hours = WHEN_AFTER.has(toks[j + 1]?.key ?? '') && !ANY_SOME.has(toks[j + 2]?.key ?? '');
            if (hours && same(i, j + 1)) break;
            return found(t, tg.tok, toks[j]!);
          }
          if (!(tags[j]!.fill || toks[j]!.key === 'be')) break;
        }
      }
      // "anyone available?", "is anybody from support online?"
      if (tg.weak) {
        for (let j = i + 1; j <= i + 4 && same(i, j); j++) {
          if (AVAIL.has(toks[j]!.key)) return found(t, tg.tok, toks[j]!);
          if (!(tags[j]!.fill || tags[j]!.service || tags[j]!.channelEnd >= 0 || toks[j]!.key === 'from'))
            break;
        }
      }
    }

    // 3b. a real human (or the bot's colleague made human) asked about or wished for: "zou er een
    // collega van vlees en bloed tijd voor me hebben?", "tem algum colega dele que respira?",
    // "faire la connaissance d'un de ses collègues humains ?" — not one met yesterday.
    const human = (tg.weak || tg.person || COLLEAGUE.has(key)) && !tg.mention ? realHuman(toks, i) : -1;
    if (human >= 0) {
      const asked = t.questions > 0 || tags.some((x, k) => same(i, k) && x.want && !negated(tags, k));
      if (asked) return found(t, tg.tok, toks[human]!);
    }

    // 4. refusing the bot: "stop the bot", "no more bots", "I don't want a machine".
    if (BOT.has(key)) {
      for (let back = 1; back <= 5; back++) {
        const p = tags[i - back];
        if (!p || p.tok.clause !== tg.tok.clause || YOU.has(p.tok.key)) break;
        if (STOP_VERBS.has(p.tok.key))
          return found(t, p.tok, tg.tok, FED_UP.has(p.tok.key) ? 'unreachable' : 'explicit');
        if (
          NEGATORS.has(p.tok.key) &&
          tags.some((x) => x.tok.clause === tg.tok.clause && (x.want || x.contact || x.tok.key === 'more'))
        )
          return found(t, p.tok, tg.tok);
        if (p.tok.key === 'no' && back <= 2) return found(t, p.tok, tg.tok);
      }
    }

    // 5. a call back: "call me back", "callback please", "can someone call me". A call that was
    // promised ("I was promised a callback", "you said you'd call me back") is the human channel
    // failing: a request, but first a complaint.
    const callKind = promisedBefore(toks, i) ? 'unreachable' : 'explicit';
    // ("rappelle-moi de résilier…", "rappelez-moi que…" remind; "rappelez-moi au 06…" calls back)
    const reminds = key.startsWith('rappel') && /^(?:de|que|d'.*|qu'.*)$/.test(nextKey) && same(i, i + 1);
    if ((CALLBACK.has(key) || CALLBACK_PREFIXES.some((p) => key.startsWith(p))) && !reminds)
      return found(t, tg.tok, tg.tok, callKind);
    if (key === 'call' && nextKey === 'me') {
      if (toks[i + 2]?.key === 'back') return found(t, tg.tok, toks[i + 2]!, callKind);
      if (tags[i - 1]?.weak || tags[i - 2]?.weak) return found(t, toks[i - 1]!, toks[i + 1]!, callKind);
    }
    const callMe = callMeAt(t, toks, tags, i);
    if (callMe >= 0) return found(t, tg.tok, toks[callMe]!, callKind);

    // 5b. asking to be contacted: "I would like to be contacted by telephone", "solicito ser
    // contactado", "chiedo di essere ricontattato", "graag word ik telefonisch benaderd".
    // ("to be called Sam" is a name: "called" needs a call's words after it, or nothing)
    const named = (key === 'called' || key === 'llamado' || key === 'llamada') && same(i, i + 1);
    if (CONTACTED.has(key) && (!named || CALL_AFTER.has(nextKey) || /^\d/.test(nextKey))) {
      const wish = wishFor(tags, i);
      if (wish >= 0) return found(t, toks[wish]!, tg.tok);
    }

    // 5b'''. "is anyone reading this?", "liest das hier überhaupt irgendwer?"; "direct number for
    // my claims handler", "teléfono directo del tramitador".
    const reader = readerAt(t, tags, i);
    if (reader >= 0) return found(t, toks[Math.min(i, reader)]!, toks[Math.max(i, reader)]!);
    const direct = directLineAt(tags, i);
    if (direct >= 0) return found(t, tg.tok, toks[direct]!);

    // 5b''. "please get in touch", "meldet euch bei mir", "mich mit der Station verbinden".
    const touch = getInTouchAt(toks, tags, i);
    if (touch >= 0) return found(t, tg.tok, toks[touch]!);

    // 5b'. a person, please, as a clause of its own: "representative please, I need to ask…",
    // "Mitarbeiter bitte". (A person alone as the whole message is handled below.)
    if (tg.person && !tg.mention && PLEASE.has(nextKey) && same(i, i + 1)) {
      const clause = toks.filter((w) => w.clause === tg.tok.clause).length;
      if (clause <= 3) return found(t, tg.tok, toks[i + 1]!);
    }
    // …and a specialist before a verb-final contact verb: "met een verpleegkundige overleggen",
    // "mit einem Techniker sprechen".
    if (tg.contact && !negated(tags, i)) {
      for (let j = i - 1; j >= i - 4 && j >= 1 && same(i, j); j--) {
        const withBefore = [j - 1, j - 2].some((k) => k >= 0 && same(i, k) && WITH.has(toks[k]!.key));
        if (PROFESSION.has(toks[j]!.key) && withBefore) return found(t, toks[j]!, tg.tok);
      }
    }

    // 5c. a meeting asked for with a person or role: "we would appreciate a meeting with the head of
    // school", "chiedo un incontro con l'amministratore", "solicito una cita presencial para que un
    // funcionario revise…". Not "book a meeting room", nor an appointment booked with no one.
    const meeting = meetingAt(tags, i);
    if (meeting >= 0) return found(t, tg.tok, toks[meeting]!);
    const inPerson = inPersonAt(tags, i);
    if (inPerson >= 0) return found(t, tg.tok, toks[inPerson]!);
    // 5c''. Dutch "bij iemand terecht kunnen", to be seen by someone: "kan ik bij een
    // studieadviseur terecht?", "bij wie kan ik terecht?" (not "waar kan ik terecht?").
    if (key === 'terecht' && !negated(tags, i)) {
      for (let j = i - 1; j >= i - 6 && j >= 0 && same(i, j); j--) {
        if (toks[j]!.key !== 'bij') continue;
        let k = j + 1;
        while (k < i && tags[k]!.fill) k++;
        const w = tags[k];
        if (w && k < i && (WHO.has(w.key) || ((w.person || w.weak || w.dept || isRole(w.key)) && !w.mention)))
          return found(t, toks[j]!, tg.tok);
      }
    }

    // 5c'. someone sent out: "can u send an engineer out today?", "¿mandáis un técnico?",
    // "könnt ihr nen Techniker vorbeischicken?" (verb-final: the specialist before the verb).
    if (SEND.has(key) && !negated(tags, i)) {
      for (let j = Math.max(0, i - 3); j <= i + 3 && j < n; j++) {
        if (j !== i && same(i, j) && VISITING.has(toks[j]!.key))
          return found(t, toks[Math.min(i, j)]!, toks[Math.max(i, j)]!);
      }
    }
    // 5c'''. someone coming to the visitor: "kan er iemand langskomen om…?", "mi serve che venga un
    // tecnico a casa", "can someone come over to set it up?" — asked or wished, not "the
    // technician came yesterday".
    if (COME.has(key) && !negated(tags, i) && (key !== 'come' || COME_OUT.has(nextKey))) {
      // (asked: a "?", a modal before it when that is missing — "KAN ER IEMAND LANGSKOMEN" — or a wish)
      const asked =
        t.questions > 0 ||
        tags.some((x, k) => same(i, k) && k < i && k >= i - 4 && ABLE.has(x.key)) ||
        tags.some((x, k) => same(i, k) && k < i && (x.want || THAT.has(x.key)));
      for (let j = Math.max(0, i - 4); asked && j <= i + 3 && j < n; j++) {
        const w = tags[j]!;
        // (someone, not the one booked: "quand est-ce que le technicien doit passer ?")
        const booked = DEFINITE.has(tags[j - 1]?.key ?? '');
        // (the visitor going there: "faut-il passer en agence ?")
        const going = j > i && BRANCH.has(w.key);
        if (
          j !== i &&
          same(i, j) &&
          !w.mention &&
          !booked &&
          !going &&
          (w.weak || w.person || VISITING.has(w.key))
        )
          return found(t, toks[Math.min(i, j)]!, toks[Math.max(i, j)]!);
      }
    }
    // 5d. a person searched for: "je cherche désespérément un numéro où un humain décroche", "I'm
    // looking for a real person to help" — not "looking for the agent who helped me".
    if (LOOKING.has(key) && !negated(tags, i)) {
      for (let j = i + 1; j <= i + 7 && same(i, j); j++) {
        // one person, any: "a (real) person", "un humain" — not "staff" for a shop
        const before = tags[j - 1]!;
        const one = ARTICLE.has(before.key) || (before.adj && ARTICLE.has(tags[j - 2]?.key ?? ''));
        if (one && personAt(tags, j, { weak: false, bareService: false }) >= 0)
          return found(t, tg.tok, toks[j]!);
      }
    }

    // 6. a human channel that can't be reached: "call center not reachable", "nobody answers".
    const channel =
      tg.channelEnd >= 0
        ? tg.channelEnd
        : tg.service
          ? i
          : NOBODY.has(key) || (key === 'no' && nextKey === 'one')
            ? key === 'no'
              ? i + 1
              : i
            : -1;
    if (channel >= 0 && !tg.mention) {
      // An answering verb says "unreachable" only negated, or after "nobody": "support never
      // answers", "der Kundendienst antwortet nicht" — not "customer service answers from 9 to 6".
      const nobody = tg.channelEnd < 0 && !tg.service;
      for (let j = channel + 1; j <= channel + 3 && same(i, j); j++) {
        const w = toks[j]!.key;
        if (!UNREACHABLE.has(w)) continue;
        const denied =
          nobody ||
          UNREACHABLE_STATE.has(w) ||
          [j - 2, j - 1, j + 1, j + 2].some(
            (k) =>
              k > channel &&
              same(i, k) &&
              (NEGATORS.has(toks[k]!.key) || ['ne', "n'"].includes(toks[k]!.key)),
          );
        if (denied) return found(t, tg.tok, toks[j]!, 'unreachable');
      }
    }
    // "personne ne répond" (French "nobody answers")
    if (key === 'personne' && (nextKey === 'ne' || nextKey === "n'") && same(i, i + 2))
      return found(t, tg.tok, toks[i + 2]!, 'unreachable');

    // 7. a declared emergency: "this is urgent", "urgent help", "I need urgent assistance".
    if (URGENT.has(key)) {
      const next = toks[i + 1];
      if (next && same(i, i + 1) && URGENT_OBJECT.has(next.key)) return found(t, tg.tok, next, 'urgent');
      for (let back = 1; back <= 3; back++) {
        const p = toks[i - back];
        if (!p || p.clause !== tg.tok.clause) break;
        if (back > 1 && !INTENSIFIER.has(toks[i - back + 1]!.key) && !ARTICLE.has(toks[i - back + 1]!.key))
          break;
        if (COPULA.has(p.key)) {
          // "this is urgent" / "it's urgent", at the start of its clause — not "is it urgent to…?"
          const before = toks[i - back - 1];
          if (
            !before ||
            before.clause !== p.clause ||
            ['this', 'it', 'ca', 'es', 'het', 'c'].includes(before.key)
          )
            return found(t, before && before.clause === p.clause ? before : p, tg.tok, 'urgent');
        }
        if (URGENT_OBJECT.has(p.key) || tags[i - back]!.want) return found(t, p, tg.tok, 'urgent');
      }
      if (n <= 3) return found(t, toks[0]!, toks[n - 1]!, 'urgent');
    }
  }

  // 8a. a person phrase that opens the message and names what for: "representative for my mobile
  // bill", "human agent about a refund" (a request in note form, no verb needed).
  let first = 0;
  while (first < n && (GREETING.has(toks[first]!.key) || tags[first]!.adj || ARTICLE.has(toks[first]!.key)))
    first++;
  const opener = personAt(tags, first, { weak: false, bareService: false });
  if (opener >= 0 && same(first, opener + 1) && PURPOSE.has(toks[opener + 1]!.key))
    return found(t, toks[first]!, toks[opener + 1]!);

  // 8. the message is only a person or channel phrase ("Agent", "live person please", "customer
  // support"), or only a contact verb ("Talk", "chat please").
  let person: Token | null = null;
  let contactOnly: Token | null = null;
  let converse: Token | null = null;
  for (let i = 0; i < n; i++) {
    const tg = tags[i]!;
    // A second person or channel word adds to the first: "human agent", "live person support".
    const end = personAt(tags, i, { weak: false, bareService: true });
    if (end >= 0) {
      person ??= tg.tok;
      i = end;
      continue;
    }
    if (tg.contact || tg.contactLoose) contactOnly ??= tg.tok;
    if (CONVERSE.has(tg.tok.key)) converse ??= tg.tok;
    if (
      tg.fill ||
      tg.adj ||
      tg.contact ||
      tg.contactLoose ||
      tg.want ||
      tg.help ||
      OPEN.has(tg.tok.key) ||
      AVAIL.has(tg.tok.key) ||
      GREETING.has(tg.tok.key) ||
      ESCALATION.has(tg.tok.key)
    )
      continue;
    return NO;
  }
  if (person && n <= 6) return found(t, toks[0]!, toks[n - 1]!);
  if (contactOnly && n <= 3 && !negated(tags, 0)) return found(t, toks[0]!, toks[n - 1]!);
  // Only asking to talk, with nobody named: "I want to talk", "can I chat with you?".
  if (converse && n <= 6 && !tags.some((x, i) => (x.contact || x.want) && negated(tags, i)))
    return found(t, toks[0]!, toks[n - 1]!);
  return NO;
}

/**
 * A request to be called at token i: returns the index of the phrase's last token, or -1.
 * "please call me", "can you call me back", "call me at 5" — not "call me Chip", "why did you
 * call me"; "give me a call", "can I get a call back", "request a callback"; "llámame",
 * "me ligue", "mi chiami", "bel me terug", "rufen Sie mich an", "ik wil een telefoontje".
 */
function callMeAt(t: Tokenized, toks: Token[], tags: Tagged[], i: number): number {
  const tok = toks[i]!;
  const key = tok.key;
  const inClause = (j: number) => !!toks[j] && toks[j]!.clause === tok.clause;
  if (CALL_ME_FUSED.has(key)) return i;
  // "que la gestionnaire m'appelle", "qu'on me rappelle" (not "je m'appelle Marie": my name is)
  if (
    (key === "m'appelle" || key === "m'appellent") &&
    toks.some((w) => w.clause === tok.clause && /^qu/.test(w.key))
  )
    return negated(tags, i) ? -1 : i;
  // English: call/phone/ring/contact me, "call back", framed as a request.
  const back = key === 'call' && toks[i + 1]?.key === 'back';
  if (CALL_VERB.has(key) && inClause(i + 1) && (toks[i + 1]!.key === 'me' || back)) {
    const after = toks[i + 2];
    const open = !after || after.clause !== tok.clause || CALL_AFTER.has(after.key) || /^\d/.test(after.key);
    let framed = false;
    let subject = false;
    let addressee = false;
    for (let j = i - 1; ; j--) {
      if (!inClause(j)) {
        framed = !subject;
        break;
      }
      const k = toks[j]!.key;
      if (CALL_FRAME.has(k) || GREETING.has(k) || tags[j]!.want) {
        // not the visitor offering to call ("I can call back later"), nor a call foretold ("the
        // nurse will call me tomorrow": "will" asks only as "will you / someone call me")
        framed =
          !negated(tags, j) &&
          !(inClause(j - 1) && SELF.has(toks[j - 1]!.key)) &&
          !((subject || !addressee) && (k === 'will' || k === 'shall'));
        break;
      }
      const named = tags[j]!.person || tags[j]!.dept || tags[j]!.service || TEAM.has(k);
      if (CALL_SUBJECT.has(k) || named) subject = true;
      else if (CALL_FRAME_SKIP.has(k)) addressee = true;
      else break;
    }
    // "Could her class teacher or the head of year call me after 3pm?": a question that opens
    // with "can/could/would" asks for the call whoever is named in between.
    if (!framed) {
      const clause = toks.filter((w) => w.clause === tok.clause);
      const first = clause[0]!.key;
      framed =
        ['can', 'could', 'would', 'may'].includes(first) &&
        inQuestion(t, i) &&
        !clause.slice(1, clause.indexOf(tok)).some((w) => SELF.has(w.key) || w.key === 'me');
    }
    if (open && framed) return i + 1;
    // (not framed as a call to me: "can I get a call back" asks for the call as a thing, below)
  }
  // "me ligue", "mi chiami", "mij bellen", "mich anrufen".
  if ((DATIVE.has(key) || key === 'mich') && inClause(i + 1) && CALL_AFTER_DATIVE.has(toks[i + 1]!.key))
    return negated(tags, i) ? -1 : i + 1;
  // …with a modal between: "mi potesse telefonare", "me pudiera llamar", "me pourrait rappeler"
  if (
    DATIVE.has(key) &&
    inClause(i + 2) &&
    MODAL.has(toks[i + 1]!.key) &&
    (CALL_AFTER_DATIVE.has(toks[i + 2]!.key) || CALL_TELEPHONE.has(toks[i + 2]!.key))
  )
    return negated(tags, i) ? -1 : i + 2;
  // Dutch "bel me (terug)", German "ruf(en Sie) mich an" at the start of a clause or after "bitte".
  if (
    (key === 'bel' || key === 'ruf' || key === 'rufen' || key === 'ruft') &&
    (!inClause(i - 1) || toks[i - 1]!.key === 'bitte')
  ) {
    for (let j = i + 1; j <= i + 2 && inClause(j); j++) {
      if (DATIVE.has(toks[j]!.key) || toks[j]!.key === 'mich') return j;
      if (!['sie', 'u', 'du', 'jij', 'je', 'ihr'].includes(toks[j]!.key)) break;
    }
    return -1;
  }
  // British "give me a ring / a bell" (a ring alone is jewellery).
  if (
    (key === 'ring' || key === 'bell') &&
    inClause(i - 3) &&
    ARTICLE.has(toks[i - 1]!.key) &&
    DATIVE.has(toks[i - 2]!.key) &&
    tags[i - 3]!.give
  )
    return negated(tags, i - 3) ? -1 : i;
  // A call as a thing asked for: "give me a call", "I want a call back", "schedule a call".
  if (CALL_NOUN.has(key)) {
    const after = toks[i + 1];
    const open = !after || after.clause !== tok.clause || CALL_NOUN_AFTER.has(after.key);
    if (!open) return -1;
    for (let back = 1; back <= 4 && inClause(i - back); back++) {
      const p = tags[i - back]!;
      if (p.want || p.give || REQUEST_VERB.has(p.tok.key)) return negated(tags, i - back) ? -1 : i;
      if (!(ARTICLE.has(p.tok.key) || DATIVE.has(p.tok.key) || CALL_NOUN_BEFORE.has(p.tok.key))) return -1;
    }
  }
  return -1;
}

// (not Portuguese "lê": folded it is French "le")
const READ = wordSet(`read reads reading lee leen leyendo lit lisent liest lesen leem lendo legge leggete
  leggendo leest lezen`);
const PHONE_NUMBER = wordSet(`number phone line telefono numero nummer telefoon telefoonnummer telefonnummer
  telefone ligne`);
const DIRECT = wordSet(
  'direct directo directa diretto diretta direkt direkte direkten direto direta rechtstreeks',
);

/**
 * Anyone reading, asked in a question: "is anyone actually reading this?", "liest das hier
 * überhaupt irgendwer?", "¿alguien lee esto?" — a human looked for. The index of the other
 * word (the reader or the verb), or -1. Not "does anyone read the small print before buying?"
 * in a statement, nor "I read someone's review".
 */
function readerAt(t: Tokenized, tags: Tagged[], i: number): number {
  if (!READ.has(tags[i]!.key) || t.questions === 0 || negated(tags, i)) return -1;
  const clause = tags[i]!.tok.clause;
  // the question must be this clause's: it ends with "?"
  const lastOfClause = [...tags].reverse().find((x) => x.tok.clause === clause)!.tok;
  if (!/^\s*\?/.test(t.typed.slice(lastOfClause.end, lastOfClause.end + 3))) return -1;
  for (let j = i - 3; j <= i + 6; j++) {
    const w = tags[j];
    if (!w || j === i || w.tok.clause !== clause) continue;
    if (w.weak && !w.mention && CALL_OUT.has(w.key)) return j;
    // "leest hier wel een echt mens mee?", "is a real human reading this?"
    const before = tags[j - 1]?.key ?? '';
    if (w.person && !w.mention && (REAL.has(before) || ADJ.has(before) || before === 'echt')) return j;
  }
  return -1;
}

/** A direct line to the person handling the case: "direct number for my claims handler". */
function directLineAt(tags: Tagged[], i: number): number {
  const key = tags[i]!.key;
  const pair = (a: number, b: number) =>
    (DIRECT.has(tags[a]?.key ?? '') && PHONE_NUMBER.has(tags[b]?.key ?? '')) ||
    (PHONE_NUMBER.has(tags[a]?.key ?? '') && DIRECT.has(tags[b]?.key ?? ''));
  if (!PHONE_NUMBER.has(key) && !DIRECT.has(key)) return -1;
  if (!pair(i, i + 1)) return -1;
  for (let j = i + 2; j <= i + 7 && j < tags.length && tags[j]!.tok.clause === tags[i]!.tok.clause; j++) {
    const w = tags[j]!;
    if (w.dept || w.person || HANDLER.has(w.key)) return j;
  }
  return -1;
}
const HANDLER = wordSet(`handler handlers tramitador tramitadora gestor gestora gestore gestionnaire
  sachbearbeiter sachbearbeiterin behandelaar caseworker adviser`);

/** What may stand before "get in touch" in a request: "please", "can you", "someone", "pls". */
const TOUCH_FRAME = wordSet('please pls plz kindly can could would will you u someone somebody anyone so');
/** What may follow it: nothing, "with me", "asap", "please". */
const TOUCH_AFTER = wordSet('with me us asap please pls plz soon today urgently again');
const CONTACT_NOUN = wordSet('contact kontakt contato contatto contacto');
const WITH_ME = wordSet('me mij mir moi mim ons uns nous nosotros nosotras noi nos');
const WITH_ME_FUSED = wordSet('conmigo comigo connosco conosco');
/** What may end "bitte meldet euch": "kurz", "schnell", "asap", "dringend". */
const MELD_AFTER = wordSet('kurz schnell asap dringend umgehend zeitnah mal');
/** German "meld(et) euch / melden Sie sich (bitte) bei mir". */
const MELDEN = wordSet('meld melde meldet melden');
/** The company addressed: "meldet euch", "melden Sie sich", "könnt ihr mich", "kunt u mij". */
const ADDRESSEE = wordSet('euch dich sie ihr du u jij je jullie');
/** Verb-final transfers: "könnt ihr mich mit der Station verbinden", "kunt u mij doorverbinden". */
const TRANSFER_FINAL = wordSet('verbinden weiterleiten durchstellen doorverbinden');

/**
 * Being contacted asked for without a person word, at token i: the index of the phrase's last
 * token, or -1. "If so please get in touch", "can someone get in touch asap", "meldet euch bei
 * mir", "könnt ihr mich mit der Station am Flughafen verbinden?". Not "how do I get in touch",
 * "I'll get in touch", "get in touch with the seller".
 */
function getInTouchAt(toks: Token[], tags: Tagged[], i: number): number {
  const tok = toks[i]!;
  const inClause = (j: number) => !!toks[j] && toks[j]!.clause === tok.clause;
  if (tok.key === 'get' && toks[i + 1]?.key === 'in' && toks[i + 2]?.key === 'touch' && inClause(i + 2)) {
    const after = toks[i + 3];
    if (after && inClause(i + 3) && !TOUCH_AFTER.has(after.key)) return -1;
    if (after?.key === 'with' && inClause(i + 4) && !['me', 'us'].includes(toks[i + 4]!.key)) return -1;
    const before = toks.slice(0, i).filter((w) => w.clause === tok.clause);
    if (negated(tags, i) || !before.every((w) => TOUCH_FRAME.has(w.key) || w.key === 'if')) return -1;
    // "if so, please get in touch" / "please get in touch": a frame word or nothing before
    return i + 2;
  }
  // (the imperative, "meldet euch", "melden Sie sich" — not "niemand meldet sich bei mir")
  // "neem contact met me op", "nehmen Sie Kontakt mit mir auf", "prenez contact avec moi"
  if (
    CONTACT_NOUN.has(tok.key) &&
    inClause(i + 1) &&
    WITH_ME_FUSED.has(toks[i + 1]!.key) &&
    !negated(tags, i)
  )
    return i + 1;
  if (CONTACT_NOUN.has(tok.key) && inClause(i + 2) && WITH_ME.has(toks[i + 2]!.key)) {
    const clause = toks.slice(0, i).filter((w) => w.clause === tok.clause);
    const denied = negated(tags, i) || clause.some((w) => NOBODY.has(w.key) || NEGATORS.has(w.key));
    if (['met', 'mit', 'avec', 'con', 'com', 'with'].includes(toks[i + 1]!.key) && !denied) return i + 2;
  }
  if (MELDEN.has(tok.key) && ADDRESSEE.has(toks[i + 1]?.key ?? '') && !negated(tags, i)) {
    for (let j = i + 2; j <= i + 4 && inClause(j + 1); j++)
      if (toks[j]!.key === 'bei' && (toks[j + 1]!.key === 'mir' || toks[j + 1]!.key === 'uns')) return j + 1;
    // "Bitte meldet euch", "melden Sie sich bitte": asked, with nothing after but "kurz", "asap"
    let k = toks[i + 1]!.key === 'euch' ? i + 2 : toks[i + 2]?.key === 'sich' ? i + 3 : -1;
    let asked = PLEASE.has(toks[i - 1]?.key ?? '');
    if (k > 0 && PLEASE.has(toks[k]?.key ?? '')) {
      asked = true;
      k++;
    }
    const after = toks[k];
    if (k > 0 && asked && (!after || after.clause !== tok.clause || MELD_AFTER.has(after.key))) return k - 1;
  }
  // (asked of the company, "könnt ihr mich…", "kunt u mij…" — not "ich möchte mich mit Google verbinden")
  if (TRANSFER_FINAL.has(tok.key) && !negated(tags, i) && !inClause(i + 1)) {
    const clause = toks.slice(Math.max(0, i - 8), i).filter((w) => w.clause === tok.clause);
    const me = clause.findIndex((w) => w.key === 'mich' || w.key === 'mij' || w.key === 'me');
    if (me > 0 && ADDRESSEE.has(clause[me - 1]!.key) && !MY.has(clause[me + 2]?.key ?? '')) return i;
  }
  return -1;
}

/** Where, or on what terms, a case is dealt with in person. */
const OFFICE =
  wordSet(`office branch counter oficina sucursal agencia agence bureau guichet filiale buro geschaft
  agencia balcao ufficio filiale sportello kantoor filiaal balie appointment cita rendez-vous termin
  appuntamento afspraak consulta`);

/**
 * A case to be dealt with in person, wished for: "I would much prefer to go through it face to
 * face with somebody at your office", "preferiría tratarlo en persona en la oficina". The index of
 * the phrase's last word, or -1. Not "can I pay in person?" (no office, appointment or person
 * named), nor "I went to the branch in person" (no wish).
 */
function inPersonAt(tags: Tagged[], i: number): number {
  // (called at every token: match on the tags themselves, no copy of the token list)
  const phrase = IN_PERSON_PHRASES.find((p) => p.every((w, k) => tags[i + k]?.key === w));
  if (!phrase) return -1;
  const end = i + phrase.length - 1;
  const clause = tags[i]!.tok.clause;
  const near = (j: number) => j >= 0 && j < tags.length && Math.abs(tags[j]!.tok.clause - clause) <= 1;
  let wished = false;
  for (let j = i - 1; j >= i - 8 && near(j); j--) {
    const p = tags[j]!;
    if (p.want || ASK_TO_BE.has(p.key) || REQUEST_VERB.has(p.key)) wished = !negated(tags, j);
  }
  let where = false;
  for (let j = end + 1; j <= end + 8 && near(j); j++) {
    const p = tags[j]!;
    if (OFFICE.has(p.key) || ((p.person || p.weak || p.dept) && !p.mention)) where = true;
  }
  return wished && where ? end : -1;
}

const ROLES = [
  ...[...PROFESSION].filter((w) => w.length >= 6),
  ...['adviseur', 'medewerker', 'mitarbeiter', 'berater', 'beraterin', 'beratung'],
];
/**
 * A profession, or a German/Dutch compound ending in one or in a person or counselling word:
 * "Klassenlehrerin", "Projektleiter", "studieadviseur", "Studienberatung".
 */
const isRole = (key: string) =>
  PROFESSION.has(key) || (key.length >= 9 && ROLES.some((r) => key.endsWith(r) && key.length > r.length + 2));

/**
 * A meeting word at i (or an appointment "in person") in a wish or request, with a person or role
 * later in its clause: the index of that person, or -1.
 */
function meetingAt(tags: Tagged[], i: number): number {
  const tok = tags[i]!.tok;
  const inPerson = (k: number) =>
    !!tags[k] && tags[k]!.tok.clause === tok.clause && IN_PERSON.has(tags[k]!.tok.key);
  // (German compounds: "Gesprächstermin", "Beratungstermin")
  const meetingWord = MEETING.has(tok.key) || (tok.key.length > 8 && tok.key.endsWith('termin'));
  // (a note: "appointment at the branch", "rdv en agence", "cita previa oficina")
  const note =
    tags.length <= 6 &&
    (meetingWord || OFFICE.has(tok.key) || tok.key === 'rdv' || (inPerson(i + 1) && tags[i]!.service));
  if (!meetingWord && !note && !(inPerson(i + 1) || inPerson(i - 1))) return -1;
  // A meeting cancelled or moved is no wish for one: "cancel my meeting with the advisor",
  // "exclui a reunião com o advogado".
  for (let j = i - 1; j >= 0 && j >= i - 5 && tags[j]!.tok.clause === tok.clause; j--)
    if (CALL_OFF.has(tags[j]!.key)) return -1;
  let asked = false;
  for (let j = i - 1; j >= 0 && j >= i - 6 && tags[j]!.tok.clause === tok.clause; j--) {
    const p = tags[j]!;
    // (or asked whether it can be had: "is it possible to have a meeting with…", "can I meet…")
    if (p.want || REQUEST_VERB.has(p.key) || ASK_TO_BE.has(p.key) || POSSIBLE.has(p.key)) {
      asked = !negated(tags, j);
      break;
    }
  }
  // (in note form, a meeting at a branch asks for one: "rendez-vous en agence", "atendimento
  // presencial agência", "appuntamento in agenzia con consulente")
  if (!asked && note) {
    for (let j = i + 1; j <= i + 4 && j < tags.length && tags[j]!.tok.clause === tok.clause; j++)
      if (BRANCH.has(tags[j]!.key) || ((tags[j]!.person || isRole(tags[j]!.key)) && !tags[j]!.mention))
        return j;
  }
  if (!asked) return -1;
  // With whom: after "with" ("a meeting with the head"); for an appointment in person, anyone
  // named ("…para que un funcionario revise"). Not "a meeting room for 10 people".
  let withWhom = !meetingWord;
  for (let j = i + 1; j <= i + 12 && j < tags.length && tags[j]!.tok.clause === tok.clause; j++) {
    const p = tags[j]!;
    if (WITH.has(p.key)) withWhom = true;
    if (withWhom && (p.person || isRole(p.key)) && !p.mention) return j;
  }
  return -1;
}
/** Cancelling, deleting or moving an appointment, in the seven languages. */
const CALL_OFF = wordSet(`cancel delete remove clear move reschedule postpone
  cancela cancelar cancele elimina eliminar borra borrar aplaza aplazar
  annule annuler annulez supprime supprimer efface effacer decale decaler reporte reporter
  absagen streichen storniere stornieren losche loschen verschiebe verschieben
  exclui excluir apaga apagar remover desmarca desmarcar adia adiar
  annulla annullare cancella cancellare rimuovi rimuovere sposta spostare rinvia
  annuleer annuleren verwijder verwijderen wis schrap verzet verzetten`);
const BRANCH = wordSet(`branch office agence agencia agenzia filiale filial sucursal oficina bureau guichet
  balcao sportello kantoor filiaal vestiging`);
const WITH = wordSet('with con avec mit com met bij bei beim col coi');

/** For callers holding a raw string (the bot engine). */
export function detectHumanRequest(raw: string): HumanRequest {
  return detectHumanRequestTokens(tokenize(raw));
}
