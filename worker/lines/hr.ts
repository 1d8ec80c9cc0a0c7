import type { Lines } from './types';

const withTeam = 'vidjet će sve o čemu smo dosad razgovarali.';

const plural = new Intl.PluralRules('hr');
/** "21 minuta", "2 minute", "5 minuta"; "21 sat", "3 sata", "6 sati": 1 / 2–4 / 5+ (11–14 go with 5+). */
const count = (n: number, one: string, few: string, many: string) => {
  const form = plural.select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : many}`;
};

/**
 * "u ponedjeljak", "u srijedu", "u subotu", "u nedjelju", "u ponedjeljak, 13. travnja,": Intl
 * names the day in the nominative; after "u" it takes the accusative (only the days in -a change).
 */
function onDay(day: string): string {
  const [first = day, ...rest] = day.split(', ');
  const accusative = first.replace(/a$/, 'u');
  return rest.length ? `u ${accusative}, ${rest.join(', ')},` : `u ${accusative}`;
}

/**
 * Croatian: the formal "vi" (lowercase, as in chat), and the bot's own lines without a gendered
 * past tense ("uključit ću", not "zamolio sam").
 */
export const hr: Lines = {
  locale: 'hr',
  talkToPerson: { label: 'Razgovor s osobom iz tima', value: 'Želim razgovarati s osobom iz vašeg tima.' },
  notIt: { label: 'Nije mi pomoglo', value: 'To mi nije pomoglo.' },
  moreIn: (titles) => `Više informacija: ${titles}.`,
  hedged: (body, sources) =>
    `Mislim da vas zanima ovo:\n\n${body}\n\n${sources} Ako niste to tražili, pokušajte pitanje postaviti drukčije ili razgovarajte s osobom iz našeg tima.`,
  unsureRelated:
    'Možda nemam pravi odgovor na to pitanje. Možete ga postaviti drukčije, pogledati ove povezane članke ili razgovarati s osobom iz našeg tima.',
  noAnswer:
    'Žao mi je, na to pitanje nemam odgovor. Možete ga postaviti drukčije ili razgovarati s osobom iz našeg tima.',
  whichOne: 'U tome vam mogu pomoći. Na koju se od ovih tema odnosi vaše pitanje?',
  alternatives:
    'U tome vam mogu pomoći odmah, ovdje. Je li riječ o nečemu od ovoga? Ako nije, uključit ću osobu iz našeg tima.',
  upsetApology:
    'Žao nam je zbog toga. Pokušajmo to riješiti — a ako ovo ne pomogne, vaš će upit preuzeti osoba iz našeg tima.',
  personComing: `Uključit ću osobu iz našeg tima — ${withTeam} Dok čekate, i dalje sam vam na raspolaganju.`,
  stillWaiting:
    'Osoba iz našeg tima pridružit će se čim bude slobodna. Dok čekate, i dalje sam vam na raspolaganju.',
  personOffer: 'Želite li razgovarati s osobom iz našeg tima? Vidjet će sve o čemu smo dosad razgovarali.',
  sorry:
    'Ispričavamo se, nešto je pošlo po zlu na našoj strani pa odgovor nije dovršen. Možete pitati ponovno ili razgovarati s osobom iz našeg tima.',
  handoffBecause: {
    frustration: `Žao mi je što je ovo bilo frustrirajuće. Uključujem osobu iz našeg tima — ${withTeam}`,
    intent_gap: `Za ovo je potrebna pomoć našeg tima, pa će se razgovoru pridružiti osoba iz tima — ${withTeam}`,
    complexity: `Ovdje ima dosta toga, pa će se razgovoru pridružiti osoba iz našeg tima — ${withTeam}`,
    rule: `Ovim će se upitom pozabaviti osoba iz našeg tima — ${withTeam}`,
  },
  keepHelping: 'Dok čekate, i dalje sam vam na raspolaganju.',
  fallbackChoices:
    'Možete ostaviti svoje kontaktne podatke pa ćemo vam se javiti, zatražiti povratni poziv ili nastaviti razgovor sa mnom.',
  offline: 'Naš tim trenutačno nije dostupan.',
  offlineUntil: (when, timezone) => `Naš tim trenutačno nije dostupan — vraćamo se ${when} (${timezone}).`,
  nobodyOnline: 'Trenutačno nitko iz našeg tima nije dostupan.',
  nobodyFrom: (department) => `Trenutačno nitko iz odjela „${department}“ nije dostupan.`,
  // (Intl names languages as adjectives, "francuski": after "govori" the accusative is the same)
  nobodySpeaks: (language) => `Trenutačno nije dostupan nitko tko govori ${language}.`,
  longWait: (wait) => `Vrijeme čekanja trenutačno je ${wait}.`,
  // "Otprilike" governs no case: the number's own form follows (1 / 2–4 / 5+).
  wait: {
    underMinute: 'manje od minute',
    minute: 'otprilike jedna minuta',
    minutes: (n) => `otprilike ${count(n, 'minuta', 'minute', 'minuta')}`,
    hour: 'otprilike sat vremena',
    hours: (n) => `otprilike ${count(n, 'sat', 'sata', 'sati')}`,
  },
  opening: {
    today: (clock) => `danas u ${clock}`,
    tomorrow: (clock) => `sutra u ${clock}`,
    on: (day, clock) => `${onDay(day)} u ${clock}`,
  },
  searching: 'Pretražujem članke u našem centru za pomoć…',
};
