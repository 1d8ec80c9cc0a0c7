import type { Lines } from './types';

const withTeam = 'uvidí vše, co jsme spolu probrali.';

const plural = new Intl.PluralRules('cs');
/** "2 minuty", "5 minut", "22 minut". */
const count = (n: number, few: string, many: string) => `${n} ${plural.select(n) === 'few' ? few : many}`;

/**
 * "v pondělí", "ve středu", "ve čtvrtek", "v neděli", "v pátek 13. března": Intl names the day in
 * the nominative; after "v" it takes the accusative.
 */
function onDay(day: string): string {
  const [first = day, ...rest] = day.split(' ');
  const accusative = first.replace(/a$/, 'u').replace(/ěle$/, 'ěli');
  const at = /^(st|čt)/i.test(first) ? 've' : 'v';
  return [at, accusative, ...rest].join(' ');
}

/** "francouzštinu" for the usual names in -a; others after a colon ("jazyk: hindština"). */
const speaking = (language: string) =>
  /^\p{L}+a$/u.test(language) ? language.replace(/a$/, 'u') : `jazyk: ${language}`;

export const cs: Lines = {
  locale: 'cs',
  talkToPerson: { label: 'Mluvit s operátorem', value: 'Chci mluvit s operátorem.' },
  notIt: { label: 'Nepomohlo to', value: 'Tohle mi nepomohlo, moje otázka zůstala bez odpovědi.' },
  moreIn: (titles) => `Více informací: ${titles}.`,
  hedged: (body, sources) =>
    `Myslím, že se ptáte na tohle:\n\n${body}\n\n${sources} Pokud ne, zkuste otázku položit jinak, nebo si promluvte s někým z našeho týmu.`,
  unsureRelated:
    'Na tuto otázku možná nemám správnou odpověď. Můžete ji položit jinak, podívat se na tyto související články, nebo si promluvit s někým z našeho týmu.',
  noAnswer:
    'Omlouvám se, na tuto otázku nemám odpověď. Můžete ji položit jinak, nebo si promluvit s někým z našeho týmu.',
  whichOne: 'S tím vám mohu pomoci. Kterého z těchto témat se váš dotaz týká?',
  alternatives:
    'S tím vám mohu pomoci hned tady. Jde o některé z těchto témat? Pokud ne, přizvu někoho z našeho týmu.',
  upsetApology: 'To nás mrzí. Pojďme to vyřešit — a pokud to nepomůže, převezme to někdo z našeho týmu.',
  personComing: `Přizvu někoho z našeho týmu, kdo ${withTeam} Než se připojí, budu vám dál pomáhat.`,
  stillWaiting: 'Někdo z našeho týmu se připojí, jakmile bude volný. Mezitím vám budu dál pomáhat.',
  personOffer: 'Chcete si promluvit s někým z našeho týmu? Uvidí vše, co jsme spolu probrali.',
  sorry:
    'Omlouvám se, něco se u mě pokazilo a odpověď se nepodařilo dokončit. Můžete se zeptat znovu, nebo si promluvit s někým z našeho týmu.',
  handoffBecause: {
    frustration: `Mrzí nás, že je to tak nepříjemné. Přizývám někoho z našeho týmu — ${withTeam}`,
    intent_gap: `S tímhle vám pomůže někdo z našeho týmu. Už ho přizývám — ${withTeam}`,
    complexity: `Je tu toho hodně, proto přizývám někoho z našeho týmu — ${withTeam}`,
    rule: `Tohle převezme někdo z našeho týmu — ${withTeam}`,
  },
  keepHelping: 'Mezitím vám budu dál pomáhat.',
  fallbackChoices:
    'Můžete nám zanechat kontakt a ozveme se vám, požádat o zpětné zavolání, nebo pokračovat v chatu se mnou.',
  offline: 'Náš tým teď není k dispozici.',
  offlineUntil: (when, timezone) => `Náš tým teď není k dispozici — vrátíme se ${when} (${timezone}).`,
  nobodyOnline: 'Momentálně není k dispozici nikdo z našeho týmu.',
  nobodyFrom: (department) => `Momentálně není k dispozici nikdo z oddělení „${department}“.`,
  nobodySpeaks: (language) => `Momentálně není k dispozici nikdo, kdo ovládá ${speaking(language)}.`,
  longWait: (wait) => `Aktuální čekací doba je ${wait}.`,
  wait: {
    underMinute: 'méně než minuta',
    minute: 'asi minuta',
    minutes: (n) => `asi ${count(n, 'minuty', 'minut')}`,
    hour: 'asi hodina',
    hours: (n) => `asi ${count(n, 'hodiny', 'hodin')}`,
  },
  opening: {
    today: (clock) => `dnes v ${clock}`,
    tomorrow: (clock) => `zítra v ${clock}`,
    on: (day, clock) => `${onDay(day)} v ${clock}`,
  },
  searching: 'Hledám v našich článcích nápovědy…',
};
