import { asksIfHelpedIn } from './otherLanguages';
import { isNegator } from './sentiment';
import { fold, type Token, type Tokenized, tokenize, wordSet } from './text';
import { sentences } from './textFeatures';

// Intent gaps: the knowledge base has nothing (the caller passes retrieval confidence), the bot
// said it can't help, the visitor says the answer didn't help, or asks the same thing again.

/** Greetings, thanks, yes/no, goodbyes: no question to judge. */
const PHATIC =
  wordSet(`hi hello hey hiya yo morning afternoon evening good thanks thank thx ty you ok okay k yes yeah yep
  yup no nope nah sure certainly absolutely not of course bye goodbye cheers great cool fine perfect awesome nice please
  lol alright right got it
  hola buenas buenos dias tardes gracias vale si claro adios perfecto
  bonjour bonsoir salut merci oui non daccord d'accord ok parfait au revoir
  hallo guten tag morgen danke ja nein gut tschuss super perfekt
  ola oi bom dia boa tarde obrigado obrigada sim nao tchau otimo
  ciao buongiorno buonasera grazie si no va bene perfetto arrivederci
  hoi goedemorgen goedemiddag dank dankjewel bedankt ja nee prima doei top`);

export function isSmallTalk(t: Tokenized): boolean {
  const n = t.tokens.length;
  return n === 0 || (n <= 6 && t.tokens.every((x) => PHATIC.has(x.key)));
}

/** First/second person words: the visitor talking about their own case, or to the bot/company. */
const PERSONAL =
  wordSet(`i me my mine myself we our ours us you your yours u ur i'm i'd i'll i've we're you're
  yo mi mis mio mia nosotros nuestro nuestra tu tus usted ustedes te puedo quiero necesito tengo
  je j'ai moi mon ma mes nous notre nos vous votre vos tu te ton ta tes
  ich mich mir mein meine meinen meinem wir uns unser unsere du dich dir dein deine ihr euer
  eu meu minha meus minhas nos nosso nossa voce voces teu tua
  io mi mio mia miei mie noi nostro nostra ti tuo tua voi vostro vostra
  ik mij mijn wij we ons onze jij je jou jouw u uw jullie`);
/** Requests phrased as commands ("show…", "book…", "cancel…"), in English: also about the visitor's own case. */
const COMMAND =
  wordSet(`tell show give find get set add remove make book call text send check cancel change turn play put
  let remind schedule transfer pay order help read list update delete reset start stop look search share say spell
  define translate convert roll flip open close track return refund`);

/**
 * Does the message address the visitor's own case or the bot ("my order", "can you…", "cancel
 * it")? Questions about the world at large ("where do eggs come from") are not what a support
 * knowledge base answers, so a middling retrieval match counts as a gap for them.
 */
export function isPersonal(t: Tokenized): boolean {
  const first = t.tokens[0]?.key;
  if (first && (COMMAND.has(first) || (first === 'please' && COMMAND.has(t.tokens[1]?.key ?? ''))))
    return true;
  return t.tokens.some((x) => PERSONAL.has(x.key) || x.key.startsWith("j'") || x.key.startsWith("m'"));
}

/** Question openers: wh-words and auxiliaries, in the seven languages. */
const QUESTION_START =
  wordSet(`what whats what's who whom whose when where why which how is are was were do does did can could
  will would should has have
  que quien quienes cuando donde por cual cuales como cuanto cuanta es esta hay puede
  qu'est quoi qui quand ou pourquoi quel quelle quels quelles comment combien est-ce
  was wer wann wo warum welche welcher welches wie wieviel ist sind gibt kann
  o quem quando onde porque qual quais como quanto e tem pode
  cosa chi quando dove perche quale quali come quanto e ci puo
  wat wie wanneer waar waarom welke hoe hoeveel is zijn kan`);

/** A question (not a statement like "the vase came smashed"): "?" or a question word first. */
export function isQuestion(t: Tokenized): boolean {
  return t.questions > 0 || QUESTION_START.has(t.tokens[0]?.key ?? '');
}

/** For callers holding the raw text (the bot runner): does the message ask something? */
export const asksQuestion = (raw: string) => isQuestion(tokenize(raw));

/** Verbs/nouns of the answer doing its job: negated, they say it didn't. Folded prefixes. */
const HELPED = [
  'help',
  'answer',
  'solv',
  'useful',
  'work',
  'understand',
  'ask',
  'meant',
  'question',
  'right',
  'correct',
  'ayud',
  'sirv',
  'respond',
  'respuest',
  'resuel',
  'resolv',
  'entend',
  'entiend',
  'pregunt',
  'funcion',
  'util',
  'aid',
  'repond',
  'repons',
  'compren',
  'demand',
  'question',
  'march',
  'fonction',
  'hilf',
  'geholfen',
  'antwort',
  'versteh',
  'gefragt',
  'frage',
  'funktion',
  'nutzlich',
  'ajud',
  'pergunt',
  'funcion',
  'resolv',
  'aiut',
  'rispost',
  'rispond',
  'capisc',
  'chiest',
  'domand',
  'funzion',
  'utile',
  'helpt',
  'geholpen',
  'antwoord',
  'begrijp',
  'gevraagd',
  'vraag',
  'werkt',
  'nuttig',
];
/** Who is judged: the answer / the bot, not the visitor ("I don't understand my bill" is a question). */
const SUBJECTS = wordSet(`that this it which answer reply response you u link article steps solution nothing
  eso esto esa esta respuesta tu usted
  ca cela ce reponse tu vous
  das es dies antwort du sie
  isso isto essa resposta voce
  questo questa cio risposta tu lei
  dat dit het antwoord je jij u`);
const SELF = wordSet('i je ich yo eu io ik me my');
const RELATIVE = wordSet('that which');
const NEEDED = wordSet(`need needed necessary notig notwendig erforderlich precisa precisam preciso necessario
  necesario falta hace besoin serve servono nodig hoeft hoef hoeven`);
/** What may stand between "you" and its negation: "you still don't get it", "you do not understand". */
const AUXILIARY = wordSet('do does did can could will would have has is are was were really still');
/** "if this isn't right, …": a condition, not a verdict on the answer. */
const CONDITIONAL = wordSet('if unless si wenn falls se als');
/** What may stand before a subject "that" that is the answer: "but that didn't help", "sorry, that…". */
const DISCOURSE =
  wordSet(`but and so ok okay well sorry still unfortunately no yes hmm um just actually really
  honestly again yeah nope`);

/** Elided forms count by their word: "m'aide" → "aide". */
const helpedWord = (key: string) => {
  const word = key.slice(key.indexOf("'") + 1);
  return HELPED.some((h) => word.startsWith(h));
};

/**
 * "That didn't help", "not what I asked", "you don't understand", "ça ne m'aide pas",
 * "das hilft mir nicht", "não ajudou", "non mi aiuta", "dat helpt niet".
 */
export function saysNotHelped(t: Tokenized): string | null {
  const toks = t.tokens;
  const short = toks.length <= 10;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (!isNegator(tok.key)) continue;
    // the negated word: up to 3 after the negator ("didn't answer my question", "não me ajudou"),
    // or 1–2 before it for verb-second languages ("hilft nicht", "helpt niet", "aide pas").
    let hit: Token | undefined;
    for (let d = 1; d <= 3 && !hit; d++) {
      const w = toks[i + d];
      if (w && w.clause === tok.clause && helpedWord(w.key)) hit = w;
    }
    for (let d = 1; d <= 2 && !hit; d++) {
      const w = toks[i - d];
      if (w && w.clause === tok.clause && helpedWord(w.key)) hit = w;
    }
    if (!hit) continue;
    if (toks.slice(Math.max(0, i - 4), i).some((w) => w.clause === tok.clause && CONDITIONAL.has(w.key)))
      continue;
    // "Keine Antwort nötig", "não precisa responder", "no need to reply": thanks, not a verdict
    if (toks.slice(Math.max(0, i - 2), i + 4).some((w) => w.clause === tok.clause && NEEDED.has(w.key)))
      continue;
    // Whose failure? Look back a few words from the negation for a subject.
    let subject: Token | undefined;
    for (let d = 1; d <= 3; d++) {
      const w = toks[i - d];
      if (!w || w.clause !== tok.clause) break;
      if (SUBJECTS.has(w.key) || SELF.has(w.key)) {
        subject = w;
        break;
      }
    }
    // "the door code you sent doesn't work": "you" opens a relative clause whose verb ("sent")
    // stands between it and the negation; the subject is the code, not the answer.
    if (subject && (subject.key === 'you' || subject.key === 'u')) {
      const between = toks.slice(toks.indexOf(subject) + 1, i);
      if (between.some((w) => !AUXILIARY.has(w.key) && !DISCOURSE.has(w.key))) continue;
    }
    // "a service that doesn't work": a relative "that" describes the noun before it, not the answer.
    if (subject && RELATIVE.has(subject.key)) {
      const before = toks[toks.indexOf(subject) - 1];
      if (before && before.clause === subject.clause && !DISCOURSE.has(before.key)) continue;
    }
    if (
      subject &&
      SELF.has(subject.key) &&
      !/^(ask|meant|pregunt|demand|gefragt|pergunt|chiest|gevraagd)/.test(hit.key)
    )
      continue;
    // "work" and "right" are too common in problem statements ("my app doesn't work"): they need a
    // subject that is the answer itself.
    if (
      /^(work|right|correct|funcion|march|fonction|funktion|funzion|werkt)/.test(hit.key) &&
      !(subject && SUBJECTS.has(subject.key) && subject.key !== 'it')
    )
      continue;
    if (!subject && !short) continue;
    const from = subject && subject.start < tok.start ? subject : tok.start < hit.start ? tok : hit;
    const to = hit.end > tok.end ? hit : tok;
    return t.typed.slice(from.start, to.end);
  }
  // "not helpful", "useless answer", "wrong answer" as a short verdict.
  if (short) {
    for (let i = 0; i < toks.length - 1; i++) {
      const a = toks[i]!.key;
      const b = toks[i + 1]!.key;
      if ((a === 'not' || a === 'unhelpful') && (b === 'helpful' || b === 'useful')) return `${a} ${b}`;
      if (
        (a === 'wrong' || a === 'useless' || a === 'bad') &&
        (b === 'answer' || b === 'reply' || b === 'response')
      )
        return `${a} ${b}`;
    }
  }
  return null;
}

// ── The bot admitting it can't help (for LLM replies; KB mode knows from its confidence) ──

const ADMISSIONS = [
  /\b(i'm|i am) (not sure|sorry|afraid|unable)\b.{0,40}\b(answer|help|know|find|information)/,
  /\b(i )?(don't|do not|can't|cannot|couldn't|could not) (have|find|help|answer|know)\b/,
  /\bno (tengo|encuentro|puedo)\b|\bno s[eé] (la respuesta|c[oó]mo)\b/,
  /\bje ne (sais|peux|trouve) pas\b|\bje n'ai pas (la r[eé]ponse|d'information|trouv)/,
  /\bich (wei(ß|ss)|kann|finde) (das |dazu |leider )*(nicht|keine)\b/,
  /\bn[aã]o (sei|tenho|consigo|encontrei)\b/,
  /\bnon (so|posso|ho|trovo)\b/,
  /\bik (weet|kan|vind) (het |dat )?(niet|geen)\b/,
];

export function botAdmitsGap(text: string): boolean {
  const s = fold(text);
  return ADMISSIONS.some((re) => re.test(s));
}

/**
 * The bot's reply says again what one of its earlier replies said ("To get an accurate bill,
 * please submit a meter reading" twice): it is going in circles. Its questions ("Anything else I
 * can help with?") are left out, since every reply may end with the same one.
 */
export function botRepeats(reply: string, earlier: readonly string[]): boolean {
  const said = statements(reply);
  if (said.length < MIN_REPEATED_CHARS) return false;
  const grams = gramsOf(said);
  return earlier.some((e) => {
    const before = statements(e);
    // (said word for word: "Sorry, I didn't get that." twice)
    if (before === said) return true;
    // (or mostly, in a longer answer; a short one shares too easily: "I can help with that.")
    if (Math.min(said.length, before.length) < MIN_REWORDED_CHARS) return false;
    const other = gramsOf(before);
    let shared = 0;
    for (const g of grams) if (other.has(g)) shared++;
    return shared / Math.min(grams.size, other.size) >= REPEAT_OVERLAP;
  });
}
/** How many of the bot's earlier replies a new one is compared with. */
export const RECENT_BOT_REPLIES = 4;
/** Share of the shorter reply's letter 5-grams found in the other. */
const REPEAT_OVERLAP = 0.6;
/** A reply shorter than this ("OK!") repeats nothing worth noticing… */
const MIN_REPEATED_CHARS = 15;
/** …and one shorter than this must repeat word for word. */
const MIN_REWORDED_CHARS = 40;
const GRAM = 5;

/** A reply's statements (its questions left out), words folded. */
function statements(text: string): string {
  const t = tokenize(text);
  return sentences(t)
    .filter((p) => !p.question)
    .map((p) =>
      t.tokens
        .slice(p.from, p.to)
        .map((w) => w.key)
        .join(' '),
    )
    .join(' | ');
}

function gramsOf(said: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + GRAM <= said.length; i++) out.add(said.slice(i, i + GRAM));
  return out;
}

/**
 * The bot asking whether its answer did the job: "Did that help?", "Does this answer your
 * question?", "¿Te ha servido?", "Ça vous a aidé ?". Not "anything else?": a no there means done.
 */
const ASKED_IF_HELPED = [
  /\b(did|does|has|do) (that|this|it|these|my answer) (help|answer|solve|work|sort)/,
  /\b(was|is) (that|this|it|my answer) (helpful|useful|what you)/,
  /\b(te|le|les) (ha )?(ayudado|servido)\b|\bte sirvio\b|\bresolvi[oó] tu/,
  /\b(ca|cela) (vous|t) ?a (aide|ete utile)|\bavez-vous trouve/,
  /\b(hat|hilft) (das|dies|ihnen|dir)( \w+)? (geholfen|weiter)/,
  /\bisso (te |lhe )?ajudou|\bfoi util\b/,
  /\b(ti|le|vi) (e|è) stat[oa] utile|\bti ha aiutato/,
  /\b(heeft|helpt) (dit|dat|je dit|u dit) (geholpen|je verder)/,
];
export function botAsksIfHelped(text: string): boolean {
  const s = fold(text);
  return ASKED_IF_HELPED.some((re) => re.test(s)) || asksIfHelpedIn(text);
}

/** A bare no, as the answer to "did that help?": "No", "nope", "not really", "didn't", "nein". */
const NO_REPLY =
  wordSet(`no nope nah not didnt didn't couldnt couldn't wasnt wasn't doesnt doesn't nein nee non nao
  negative negatory`);
export function answersNo(t: Tokenized): boolean {
  const first = t.tokens[0]?.key;
  return first !== undefined && t.tokens.length <= 8 && NO_REPLY.has(first);
}

// ── Repeated questions ──

const STOP =
  wordSet(`the a an is are was be to of and or in on at for with my me i you your it this that what how
  can could do does did please hi hello why when where which there have has want need would like know tell get
  el la los las un una es de y o en por para con mi me yo que como puedo quiero
  le la les un une est de et ou en pour avec mon ma je que comment veux
  der die das ein eine ist zu und oder in mit mein ich wie was kann mochte
  o a os as um uma e de ou em para com meu eu que como quero
  il lo la gli un una e di o in per con mio io che come voglio
  de het een is te en of in met mijn ik hoe wat kan wil`);

/** Up to 12 content-word prefixes (5 letters: a stem that works in any language). */
export function questionSignature(t: Tokenized): string[] {
  const out: string[] = [];
  for (const tok of t.tokens) {
    if (STOP.has(tok.key) || tok.key.length < 3) continue;
    const stem = tok.key.slice(0, 5);
    if (!out.includes(stem)) out.push(stem);
    if (out.length >= 12) break;
  }
  return out;
}

/** Share of shared stems (Jaccard); a repeat needs at least two in common. */
export function similarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  let common = 0;
  for (const x of a) if (sb.has(x)) common++;
  if (common < 2) return 0;
  return common / (a.length + b.length - common);
}

export const REPEAT_SIMILARITY = 0.5;

/** For the CLI and tests: signature of a raw string. */
export const signatureOf = (text: string) => questionSignature(tokenize(text));
