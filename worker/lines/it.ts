import type { Lines } from './types';

const withTeam = 'vedrà tutto quello che ci siamo detti.';

export const it: Lines = {
  locale: 'it',
  talkToPerson: { label: 'Parla con una persona', value: 'Vorrei parlare con una persona.' },
  notIt: { label: 'Non mi è stato utile', value: 'Questo non ha risposto alla mia domanda.' },
  moreIn: (titles) => `Per saperne di più: ${titles}.`,
  hedged: (body, sources) =>
    `Credo che la sua domanda riguardi questo:\n\n${body}\n\n${sources} Se non è così, provi a chiedere in un altro modo o parli con una persona del nostro team.`,
  unsureRelated:
    'Non sono sicuro di avere la risposta giusta. Può riformulare la domanda, dare un’occhiata a questi articoli correlati o parlare con una persona del nostro team.',
  noAnswer:
    'Mi dispiace, non ho una risposta a questa domanda. Può riformularla o parlare con una persona del nostro team.',
  whichOne: 'Posso aiutarla. Di quale di questi argomenti si tratta?',
  alternatives: 'Posso aiutarla subito, qui. Si tratta di uno di questi? Altrimenti chiamo una persona.',
  upsetApology:
    'Mi dispiace per l’inconveniente. Risolviamolo insieme — e se non basta, una persona del nostro team se ne occuperà.',
  personComing: `Chiamo una persona del nostro team, che ${withTeam} Nel frattempo continuo ad aiutarla.`,
  stillWaiting:
    'Una persona del nostro team arriverà appena sarà libera. Nel frattempo continuo ad aiutarla.',
  personOffer: 'Vuole parlare con una persona del nostro team? Vedrà tutto quello che ci siamo detti.',
  sorry:
    'Mi scusi, qualcosa non ha funzionato da parte mia e non sono riuscito a completare la risposta. Può chiedere di nuovo o parlare con una persona.',
  handoffBecause: {
    frustration: `Mi dispiace per il disagio. Sto chiamando una persona del nostro team, che ${withTeam}`,
    intent_gap: `Qui serve qualcuno del nostro team. Ho chiesto a una persona di unirsi: ${withTeam}`,
    complexity: `Ci sono diverse questioni, quindi ho chiesto a una persona del nostro team di unirsi: ${withTeam}`,
    rule: `Se ne occuperà una persona del nostro team, che ${withTeam}`,
  },
  keepHelping: 'Nel frattempo continuo ad aiutarla.',
  fallbackChoices:
    'Può lasciarci i suoi recapiti e la ricontatteremo, chiedere di essere richiamato o continuare a scrivere con me.',
  offline: 'Il nostro team al momento non è disponibile.',
  offlineUntil: (when, timezone) =>
    `Il nostro team al momento non è disponibile — torniamo ${when} (${timezone}).`,
  nobodyOnline: 'Al momento nessuno del nostro team è online.',
  nobodyFrom: (department) => `Al momento nessuno di ${department} è online.`,
  nobodySpeaks: (language) => `Al momento non è online nessuno che parli ${language}.`,
  longWait: (wait) => `Al momento l’attesa è di ${wait}.`,
  wait: {
    underMinute: 'meno di un minuto',
    minute: 'circa un minuto',
    minutes: (n) => `circa ${n} minuti`,
    hour: 'circa un’ora',
    hours: (n) => `circa ${n} ore`,
  },
  opening: {
    today: (clock) => `oggi alle ${clock}`,
    tomorrow: (clock) => `domani alle ${clock}`,
    on: (day, clock) => `${day} alle ${clock}`,
  },
  searching: 'Cerco nei nostri articoli di assistenza…',
};
