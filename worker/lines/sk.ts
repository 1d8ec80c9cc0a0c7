import type { Lines } from './types';

const withTeam = 'uvidí všetko, čo sme spolu prebrali.';

const plural = new Intl.PluralRules('sk');
/** "1 minúta", "2 minúty", "5 minút", "21 minút". */
const count = (n: number, few: string, many: string) => `${n} ${plural.select(n) === 'few' ? few : many}`;

/**
 * "v pondelok", "v stredu", "vo štvrtok", "v nedeľu", "v piatok 13. marca": Intl names the day in
 * the nominative; after "v" it takes the accusative (only the days in -a change).
 */
function onDay(day: string): string {
  const [first = day, ...rest] = day.split(' ');
  const comma = first.endsWith(',') ? ',' : '';
  const name = comma ? first.slice(0, -1) : first;
  const accusative = name.replace(/a$/, 'u');
  const at = /^št/i.test(name) ? 'vo' : 'v';
  return [at, `${accusative}${comma}`, ...rest].join(' ');
}

/** "francúzštinu" for the usual names in -a; others after a colon ("jazyk: hindi"). */
const speaking = (language: string) =>
  /^\p{L}+a$/u.test(language) ? language.replace(/a$/, 'u') : `jazyk: ${language}`;

export const sk: Lines = {
  locale: 'sk',
  talkToPerson: { label: 'Hovoriť s operátorom', value: 'Chcem hovoriť s niekým z vášho tímu.' },
  notIt: { label: 'Nepomohlo to', value: 'Žiaľ, nepomohlo mi to.' },
  moreIn: (titles) => `Viac informácií: ${titles}.`,
  hedged: (body, sources) =>
    `Myslím, že sa pýtate na toto:\n\n${body}\n\n${sources} Ak nie, skúste otázku položiť inak, alebo sa porozprávajte s niekým z nášho tímu.`,
  unsureRelated:
    'Na túto otázku možno nemám správnu odpoveď. Môžete ju položiť inak, pozrieť si tieto súvisiace články, alebo sa porozprávať s niekým z nášho tímu.',
  noAnswer:
    'Prepáčte, na túto otázku nemám odpoveď. Môžete ju položiť inak, alebo sa porozprávať s niekým z nášho tímu.',
  whichOne: 'S tým vám môžem pomôcť. Ktorej z týchto tém sa vaša otázka týka?',
  alternatives:
    'S tým vám môžem pomôcť hneď tu. Ide o niektorú z týchto tém? Ak nie, privolám niekoho z nášho tímu.',
  upsetApology: 'To nás veľmi mrzí. Poďme to vyriešiť — a ak to nepomôže, prevezme to niekto z nášho tímu.',
  personComing: `Privolám niekoho z nášho tímu, kto ${withTeam} Kým sa pripojí, budem vám naďalej pomáhať.`,
  stillWaiting: 'Niekto z nášho tímu sa pripojí, hneď ako bude voľný. Medzitým vám budem naďalej pomáhať.',
  personOffer: 'Chcete sa porozprávať s niekým z nášho tímu? Uvidí všetko, čo sme spolu prebrali.',
  sorry:
    'Prepáčte, niečo sa u mňa pokazilo a odpoveď sa nepodarilo dokončiť. Môžete sa opýtať znova, alebo sa porozprávať s niekým z nášho tímu.',
  handoffBecause: {
    frustration: `Mrzí nás, že je to také nepríjemné. Privolávam niekoho z nášho tímu, kto ${withTeam}`,
    intent_gap: `S týmto vám pomôže niekto z nášho tímu. Už ho privolávam — ${withTeam}`,
    complexity: `Je tu toho veľa, preto privolávam niekoho z nášho tímu — ${withTeam}`,
    rule: `Toto prevezme niekto z nášho tímu — ${withTeam}`,
  },
  keepHelping: 'Medzitým vám budem naďalej pomáhať.',
  fallbackChoices:
    'Môžete nám zanechať kontakt a ozveme sa vám, požiadať o spätné zavolanie, alebo pokračovať v chate so mnou.',
  offline: 'Náš tím momentálne nie je k dispozícii.',
  offlineUntil: (when, timezone) =>
    `Náš tím momentálne nie je k dispozícii — vrátime sa ${when} (${timezone}).`,
  nobodyOnline: 'Momentálne nie je k dispozícii nikto z nášho tímu.',
  nobodyFrom: (department) => `Momentálne nie je k dispozícii nikto z oddelenia „${department}“.`,
  nobodySpeaks: (language) => `Momentálne nie je k dispozícii nikto, kto ovláda ${speaking(language)}.`,
  longWait: (wait) => `Aktuálna čakacia doba je ${wait}.`,
  wait: {
    underMinute: 'menej ako minúta',
    minute: 'približne minúta',
    minutes: (n) => `približne ${count(n, 'minúty', 'minút')}`,
    hour: 'približne hodina',
    hours: (n) => `približne ${count(n, 'hodiny', 'hodín')}`,
  },
  opening: {
    today: (clock) => `dnes o ${clock}`,
    tomorrow: (clock) => `zajtra o ${clock}`,
    on: (day, clock) => `${onDay(day)} o ${clock}`,
  },
  searching: 'Hľadám v článkoch nášho centra pomoci…',
};
