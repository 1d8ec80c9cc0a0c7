import type { Lines } from './types';

const withTeam = 'vedkommende ser alt vi har snakket om.';

export const no: Lines = {
  locale: 'nb',
  talkToPerson: { label: 'Snakk med en medarbeider', value: 'Jeg vil gjerne snakke med en medarbeider.' },
  notIt: { label: 'Det hjalp ikke', value: 'Det svarer ikke på spørsmålet mitt.' },
  moreIn: (titles) => `Les mer: ${titles}.`,
  hedged: (body, sources) =>
    `Jeg tror det er dette du lurer på:\n\n${body}\n\n${sources} Hvis ikke, kan du prøve å spørre på en annen måte, eller snakke med noen i teamet vårt.`,
  unsureRelated:
    'Jeg er ikke sikker på at jeg har riktig svar på det. Du kan omformulere spørsmålet, ta en titt på disse relaterte artiklene eller snakke med noen i teamet vårt.',
  noAnswer:
    'Beklager, det har jeg ikke noe svar på. Du kan omformulere spørsmålet eller snakke med noen i teamet vårt.',
  whichOne: 'Det kan jeg hjelpe deg med. Hvilket av disse temaene gjelder det?',
  alternatives:
    'Det kan jeg hjelpe deg med her og nå. Gjelder det et av disse temaene? Hvis ikke, henter jeg inn en medarbeider.',
  upsetApology:
    'Det beklager jeg. La oss få ordnet det – og hvis ikke det holder, tar noen fra teamet vårt over.',
  personComing: `Jeg henter inn noen fra teamet vårt, og ${withTeam} Jeg hjelper deg gjerne videre mens du venter.`,
  stillWaiting:
    'Noen fra teamet vårt blir med så snart vedkommende er ledig. Jeg hjelper deg gjerne videre mens du venter.',
  personOffer: 'Vil du snakke med noen fra teamet vårt? Vedkommende ser alt vi har snakket om.',
  sorry:
    'Beklager, noe gikk galt hos meg, og jeg fikk ikke fullført svaret. Du kan spørre igjen eller snakke med noen fra teamet vårt.',
  handoffBecause: {
    frustration: `Beklager at dette har vært så frustrerende. Jeg henter inn noen fra teamet vårt – ${withTeam}`,
    intent_gap: `Her trengs noen fra teamet vårt. Jeg har bedt en medarbeider om å bli med – ${withTeam}`,
    complexity: `Her er det mye på en gang, så jeg har bedt noen fra teamet vårt om å bli med – ${withTeam}`,
    rule: `Noen fra teamet vårt tar seg av dette – ${withTeam}`,
  },
  keepHelping: 'Jeg hjelper deg gjerne videre mens du venter.',
  fallbackChoices:
    'Du kan legge igjen kontaktinformasjonen din, så tar vi kontakt, be oss ringe deg tilbake eller fortsette å chatte med meg.',
  offline: 'Teamet vårt er ikke pålogget akkurat nå.',
  offlineUntil: (when, timezone) =>
    `Teamet vårt er ikke pålogget akkurat nå – vi er tilbake ${when} (${timezone}).`,
  nobodyOnline: 'Ingen fra teamet vårt er pålogget akkurat nå.',
  nobodyFrom: (department) => `Ingen fra ${department} er pålogget akkurat nå.`,
  nobodySpeaks: (language) => `Akkurat nå er det ingen pålogget som snakker ${language}.`,
  longWait: (wait) => `Ventetiden er akkurat nå ${wait}.`,
  wait: {
    underMinute: 'under ett minutt',
    minute: 'omtrent ett minutt',
    minutes: (n) => `omtrent ${n} minutter`,
    hour: 'omtrent én time',
    hours: (n) => `omtrent ${n} timer`,
  },
  opening: {
    today: (clock) => `i dag kl. ${clock}`,
    tomorrow: (clock) => `i morgen kl. ${clock}`,
    // "på mandag kl. 09:00", "fredag 13. mars kl. 09:00"
    on: (day, clock) => `${/\d/.test(day) ? day : `på ${day}`} kl. ${clock}`,
  },
  searching: 'Søker i hjelpeartiklene våre…',
};
