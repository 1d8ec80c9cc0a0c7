import type { Lines } from './types';

const withTeam = 'látni fogja mindazt, amit eddig megbeszéltünk.';

/** "hétfőn", "kedden", "szerdán"… "vasárnap": the weekday as "on (that day)". */
const ON_DAY: Record<string, string> = {
  hétfő: 'hétfőn',
  kedd: 'kedden',
  szerda: 'szerdán',
  csütörtök: 'csütörtökön',
  péntek: 'pénteken',
  szombat: 'szombaton',
  vasárnap: 'vasárnap',
};

/**
 * The ending of a day of the month as "on the nth", by how the ordinal is said: "1-jén" (elsején),
 * "2-án" (másodikán), "10-én" (tizedikén), "20-án" (huszadikán), "13-án" (tizenharmadikán).
 */
function onDate(n: number): string {
  if (n === 1) return 'jén';
  if (n === 2) return 'án';
  if (n === 10) return 'én';
  if (n % 10 === 0) return 'án';
  return [3, 6, 8].includes(n % 10) ? 'án' : 'én';
}

/**
 * "hétfőn", "április 13-án, hétfőn": Intl names the day ("hétfő", "április 13., hétfő"); the
 * sentence needs it as a time ("on Monday", "on 13 April").
 */
function onDay(day: string): string {
  return day
    .split(', ')
    .map((part) => {
      const weekday = ON_DAY[part.toLowerCase()];
      if (weekday) return weekday;
      const date = /^(.*?)(\d{1,2})\.$/.exec(part);
      return date ? `${date[1]}${date[2]}-${onDate(Number(date[2]))}` : part;
    })
    .join(', ');
}

export const hu: Lines = {
  locale: 'hu',
  talkToPerson: { label: 'Beszélnék egy munkatárssal', value: 'Szeretnék beszélni egy munkatársukkal.' },
  notIt: { label: 'Ez nem segített', value: 'Ez nem segített.' },
  moreIn: (titles) => `További információ: ${titles}.`,
  hedged: (body, sources) =>
    `Úgy gondolom, erre kíváncsi:\n\n${body}\n\n${sources} Ha nem erre gondolt, próbálja meg másképp feltenni a kérdést, vagy beszéljen csapatunk egyik munkatársával.`,
  unsureRelated:
    'Nem vagyok benne biztos, hogy erre tudom a helyes választ. Megfogalmazhatja másképp a kérdését, megnézheti az alábbi kapcsolódó cikkeket, vagy beszélhet csapatunk egyik munkatársával.',
  noAnswer:
    'Sajnálom, erre a kérdésre nem tudok választ adni. Megfogalmazhatja másképp a kérdését, vagy beszélhet csapatunk egyik munkatársával.',
  whichOne: 'Ebben szívesen segítek. Az alábbiak közül melyikről van szó?',
  alternatives:
    'Ebben itt azonnal tudok segíteni. Az alábbiak közül valamelyikről van szó? Ha nem, bevonok egy munkatársat.',
  upsetApology:
    'Sajnálom a kellemetlenséget. Próbáljuk meg rendezni — ha pedig így nem sikerül, csapatunk egyik munkatársa átveszi az ügyet.',
  personComing: `Bevonom csapatunk egyik munkatársát, aki ${withTeam} Amíg vár, továbbra is szívesen segítek.`,
  stillWaiting:
    'Csapatunk egyik munkatársa csatlakozik, amint felszabadul. Amíg vár, továbbra is szívesen segítek.',
  personOffer:
    'Szeretne beszélni csapatunk egyik munkatársával? Látni fogja mindazt, amit eddig megbeszéltünk.',
  sorry:
    'Elnézést, hiba történt nálam, és nem sikerült befejeznem a választ. Felteheti újra a kérdést, vagy beszélhet csapatunk egyik munkatársával.',
  handoffBecause: {
    frustration: `Sajnálom, hogy ennyi bosszúságot okozott ez az ügy. Bevonom csapatunk egyik munkatársát, aki ${withTeam}`,
    intent_gap: `Ehhez csapatunk segítségére van szükség. Megkértem egy munkatársunkat, hogy csatlakozzon — ${withTeam}`,
    complexity: `Ez összetett kérdés, ezért megkértem csapatunk egyik munkatársát, hogy csatlakozzon — ${withTeam}`,
    rule: `Ezt az ügyet csapatunk egyik munkatársa veszi át, aki ${withTeam}`,
  },
  keepHelping: 'Amíg vár, továbbra is szívesen segítek.',
  fallbackChoices:
    'Megadhatja elérhetőségét, és felvesszük Önnel a kapcsolatot, kérhet visszahívást, vagy folytathatja velem a beszélgetést.',
  offline: 'Csapatunk jelenleg nem elérhető.',
  offlineUntil: (when, timezone) =>
    `Csapatunk jelenleg nem elérhető — ${when} újra itt leszünk (${timezone}).`,
  nobodyOnline: 'Csapatunkból jelenleg senki sem elérhető.',
  nobodyFrom: (department) => `Jelenleg a következő részleg egyik munkatársa sem elérhető: ${department}.`,
  // ("francia nyelven", "kínai nyelven": the name as it is, before "nyelven")
  nobodySpeaks: (language) => `Jelenleg nincs elérhető munkatársunk, aki ${language} nyelven beszél.`,
  longWait: (wait) => `A várakozási idő jelenleg ${wait}.`,
  // A noun after a number stays singular: "25 perc", "2 óra".
  wait: {
    underMinute: 'kevesebb mint egy perc',
    minute: 'körülbelül egy perc',
    minutes: (n) => `körülbelül ${n} perc`,
    hour: 'körülbelül egy óra',
    hours: (n) => `körülbelül ${n} óra`,
  },
  opening: {
    today: (clock) => `ma ${clock}-kor`,
    tomorrow: (clock) => `holnap ${clock}-kor`,
    on: (day, clock) => `${onDay(day)} ${clock}-kor`,
  },
  searching: 'Keresés a súgócikkeink között…',
};
