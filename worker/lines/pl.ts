import type { Lines } from './types';

const withTeam = 'zobaczy on całą naszą dotychczasową rozmowę.';

/**
 * "w poniedziałek", "we wtorek", "w środę", "w piątek, 13 marca,": Intl names the day in the
 * nominative; after "w" it takes the accusative (only the days in -a change).
 */
function onDay(day: string): string {
  const [first = day, ...rest] = day.split(', ');
  const accusative = first.replace(/a$/, 'ę');
  const at = /^wt/i.test(first) ? 'we' : 'w';
  return rest.length ? `${at} ${accusative}, ${rest.join(', ')},` : `${at} ${accusative}`;
}

export const pl: Lines = {
  locale: 'pl',
  talkToPerson: { label: 'Rozmowa z konsultantem', value: 'Chcę porozmawiać z konsultantem.' },
  notIt: { label: 'To nie pomogło', value: 'To mi nie pomogło.' },
  moreIn: (titles) => `Więcej informacji: ${titles}.`,
  hedged: (body, sources) =>
    `Wydaje mi się, że chodzi o to:\n\n${body}\n\n${sources} Jeśli nie, proszę zadać pytanie inaczej albo porozmawiać z konsultantem z naszego zespołu.`,
  unsureRelated:
    'Nie mam pewności, czy znam właściwą odpowiedź na to pytanie. Można sformułować je inaczej, zajrzeć do tych powiązanych artykułów albo porozmawiać z konsultantem z naszego zespołu.',
  noAnswer:
    'Przepraszam, nie znam odpowiedzi na to pytanie. Można zadać je inaczej albo porozmawiać z konsultantem z naszego zespołu.',
  whichOne: 'W tym mogę pomóc. Którego z tych tematów dotyczy pytanie?',
  alternatives:
    'W tym mogę pomóc od razu, tutaj. Czy chodzi o któryś z tych tematów? Jeśli nie, poproszę o pomoc konsultanta z naszego zespołu.',
  upsetApology:
    'Przepraszam za kłopot. Spróbujmy to wyjaśnić — a jeśli to nie wystarczy, sprawę przejmie konsultant z naszego zespołu.',
  personComing: `Poproszę o pomoc konsultanta z naszego zespołu — ${withTeam} W międzyczasie nadal służę pomocą.`,
  stillWaiting:
    'Konsultant z naszego zespołu dołączy, gdy tylko będzie wolny. W międzyczasie nadal służę pomocą.',
  personOffer: 'Czy połączyć z konsultantem z naszego zespołu? Zobaczy on całą naszą dotychczasową rozmowę.',
  sorry:
    'Przepraszam, coś poszło nie tak po mojej stronie i nie udało się dokończyć odpowiedzi. Można zapytać ponownie albo porozmawiać z konsultantem.',
  handoffBecause: {
    frustration: `Przykro mi, że to takie frustrujące. Proszę o pomoc konsultanta z naszego zespołu — ${withTeam}`,
    intent_gap: `Tu potrzebna jest pomoc naszego zespołu. Do rozmowy dołączy konsultant — ${withTeam}`,
    complexity: `Jest tu sporo kwestii, dlatego do rozmowy dołączy konsultant z naszego zespołu — ${withTeam}`,
    rule: `Tą sprawą zajmie się konsultant z naszego zespołu — ${withTeam}`,
  },
  keepHelping: 'W międzyczasie nadal służę pomocą.',
  fallbackChoices:
    'Można zostawić dane kontaktowe, a my się odezwiemy, poprosić o oddzwonienie albo dalej rozmawiać ze mną.',
  offline: 'Nasz zespół jest teraz niedostępny.',
  offlineUntil: (when, timezone) => `Nasz zespół jest teraz niedostępny — wracamy ${when} (${timezone}).`,
  nobodyOnline: 'Obecnie nikt z naszego zespołu nie jest dostępny.',
  nobodyFrom: (department) => `Obecnie nikt z działu „${department}” nie jest dostępny.`,
  // (the accusative of "język francuski" is the nominative)
  nobodySpeaks: (language) => `Obecnie nie jest dostępny nikt, kto zna język ${language}.`,
  longWait: (wait) => `Obecny czas oczekiwania to ${wait}.`,
  // "Około" takes the genitive, which from 2 on is always "minut", "godzin".
  wait: {
    underMinute: 'mniej niż minuta',
    minute: 'około minuty',
    minutes: (n) => `około ${n} minut`,
    hour: 'około godziny',
    hours: (n) => `około ${n} godzin`,
  },
  opening: {
    today: (clock) => `dziś o ${clock}`,
    tomorrow: (clock) => `jutro o ${clock}`,
    on: (day, clock) => `${onDay(day)} o ${clock}`,
  },
  searching: 'Szukam w naszych artykułach pomocy…',
};
