import type { Lines } from './types';

const withTeam = 'vedkommende kan se alt, hvad vi har skrevet om.';

export const da: Lines = {
  locale: 'da',
  talkToPerson: { label: 'Tal med en medarbejder', value: 'Jeg vil gerne tale med en medarbejder.' },
  notIt: { label: 'Det hjalp ikke', value: 'Det svarer ikke på mit spørgsmål.' },
  moreIn: (titles) => `Læs mere: ${titles}.`,
  hedged: (body, sources) =>
    `Jeg tror, det er det her, du spørger om:\n\n${body}\n\n${sources} Hvis ikke, så prøv at spørge på en anden måde, eller tal med en fra vores team.`,
  unsureRelated:
    'Jeg er ikke sikker på, at jeg har det rigtige svar på det. Du kan omformulere dit spørgsmål, kigge på de her relaterede artikler eller tale med en fra vores team.',
  noAnswer:
    'Beklager, det har jeg ikke et svar på. Du kan omformulere dit spørgsmål eller tale med en fra vores team.',
  whichOne: 'Det kan jeg hjælpe med. Hvilket af de her emner drejer det sig om?',
  alternatives:
    'Det kan jeg hjælpe dig med lige her og nu. Drejer det sig om et af de her emner? Hvis ikke, henter jeg en medarbejder ind.',
  upsetApology:
    'Det er jeg ked af. Lad os få det løst – og hvis det ikke er nok, tager en fra vores team over.',
  personComing: `Jeg henter en fra vores team ind, og ${withTeam} Jeg hjælper gerne videre, mens du venter.`,
  stillWaiting:
    'En fra vores team kommer ind i samtalen, så snart vedkommende er ledig. Jeg hjælper gerne videre, mens du venter.',
  personOffer: 'Vil du gerne tale med en fra vores team? Vedkommende kan se alt, hvad vi har skrevet om.',
  sorry:
    'Beklager, noget gik galt hos mig, og jeg kunne ikke gøre svaret færdigt. Du kan spørge igen eller tale med en fra vores team.',
  handoffBecause: {
    frustration: `Jeg er ked af, at det her har været så frustrerende. Jeg henter en fra vores team ind – ${withTeam}`,
    intent_gap: `Det her kræver en fra vores team. Jeg har bedt en medarbejder om at komme ind i samtalen – ${withTeam}`,
    complexity: `Der er meget at se på her, så jeg har bedt en fra vores team om at komme ind i samtalen – ${withTeam}`,
    rule: `En fra vores team tager sig af det her – ${withTeam}`,
  },
  keepHelping: 'Jeg hjælper gerne videre, mens du venter.',
  fallbackChoices:
    'Du kan efterlade dine kontaktoplysninger, så vender vi tilbage, bede os ringe dig op eller fortsætte med at skrive med mig.',
  offline: 'Vores team er ikke online lige nu.',
  offlineUntil: (when, timezone) =>
    `Vores team er ikke online lige nu – vi er tilbage ${when} (${timezone}).`,
  nobodyOnline: 'Der er ingen fra vores team online lige nu.',
  nobodyFrom: (department) => `Der er ingen fra ${department} online lige nu.`,
  nobodySpeaks: (language) => `Der er ingen online lige nu, der taler ${language}.`,
  longWait: (wait) => `Ventetiden er lige nu ${wait}.`,
  wait: {
    underMinute: 'under et minut',
    minute: 'omkring et minut',
    minutes: (n) => `omkring ${n} minutter`,
    hour: 'omkring en time',
    hours: (n) => `omkring ${n} timer`,
  },
  opening: {
    today: (clock) => `i dag kl. ${clock}`,
    tomorrow: (clock) => `i morgen kl. ${clock}`,
    // "på mandag kl. 09:00", "fredag 13. marts kl. 09:00"
    on: (day, clock) => `${/\d/.test(day) ? day : `på ${day}`} kl. ${clock}`,
  },
  searching: 'Søger i vores hjælpeartikler…',
};
