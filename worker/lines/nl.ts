import type { Lines } from './types';

const withTeam = 'die ziet alles wat we besproken hebben.';

export const nl: Lines = {
  locale: 'nl',
  talkToPerson: { label: 'Met een medewerker praten', value: 'Ik wil graag met een medewerker praten.' },
  notIt: { label: 'Dit hielp niet', value: 'Dat gaf geen antwoord op mijn vraag.' },
  moreIn: (titles) => `Meer in: ${titles}.`,
  hedged: (body, sources) =>
    `Ik denk dat je dit bedoelt:\n\n${body}\n\n${sources} Is dat het niet, stel je vraag dan op een andere manier, of praat met een medewerker van ons team.`,
  unsureRelated:
    'Ik weet niet zeker of ik daar het juiste antwoord op heb. Je kunt je vraag anders stellen, deze verwante artikelen bekijken of met een medewerker van ons team praten.',
  noAnswer:
    'Sorry, daar heb ik geen antwoord op. Je kunt je vraag anders stellen of met een medewerker van ons team praten.',
  whichOne: 'Daar kan ik mee helpen. Over welke van deze gaat het?',
  alternatives:
    'Daar kan ik je hier meteen mee helpen. Gaat het om een van deze? Zo niet, dan haal ik een medewerker erbij.',
  upsetApology:
    'Vervelend dat dit gebeurt. Laten we het oplossen — en als dit niet helpt, neemt een medewerker van ons team het over.',
  personComing:
    'Ik haal een medewerker van ons team erbij, die alles ziet wat we besproken hebben. Ik help je ondertussen graag verder.',
  stillWaiting:
    'Een medewerker van ons team komt erbij zodra die vrij is. Ik help je ondertussen graag verder.',
  personOffer: 'Wil je met een medewerker van ons team praten? Die ziet alles wat we besproken hebben.',
  sorry:
    'Sorry, er ging aan mijn kant iets mis en ik kon dat antwoord niet afmaken. Je kunt het opnieuw vragen of met een medewerker praten.',
  handoffBecause: {
    frustration: `Het spijt me dat dit zo vervelend is. Ik haal een medewerker van ons team erbij — ${withTeam}`,
    intent_gap: `Hiervoor is iemand van ons team nodig. Ik heb een medewerker gevraagd erbij te komen — ${withTeam}`,
    complexity: `Er speelt hier veel, dus ik heb een medewerker van ons team gevraagd erbij te komen — ${withTeam}`,
    rule: `Een medewerker van ons team neemt dit over — ${withTeam}`,
  },
  keepHelping: 'Ik help je ondertussen graag verder.',
  fallbackChoices:
    'Je kunt je contactgegevens achterlaten zodat we contact met je opnemen, vragen of we je terugbellen, of verder chatten met mij.',
  offline: 'Ons team is nu niet bereikbaar.',
  offlineUntil: (when, timezone) => `Ons team is nu niet bereikbaar — we zijn er weer ${when} (${timezone}).`,
  nobodyOnline: 'Er is nu niemand van ons team online.',
  nobodyFrom: (department) => `Er is nu niemand van ${department} online.`,
  nobodySpeaks: (language) => `Er is nu niemand online die ${language} spreekt.`,
  longWait: (wait) => `De wachttijd is nu ${wait}.`,
  wait: {
    underMinute: 'minder dan een minuut',
    minute: 'ongeveer een minuut',
    minutes: (n) => `ongeveer ${n} minuten`,
    hour: 'ongeveer een uur',
    hours: (n) => `ongeveer ${n} uur`,
  },
  opening: {
    today: (clock) => `vandaag om ${clock}`,
    tomorrow: (clock) => `morgen om ${clock}`,
    on: (day, clock) => `${day} om ${clock}`,
  },
  searching: 'Ik zoek in onze helpartikelen…',
};
