import type { Lines } from './types';

const withTeam = 'hen ser allt vi har pratat om.';

export const sv: Lines = {
  locale: 'sv',
  talkToPerson: { label: 'Prata med en medarbetare', value: 'Jag vill prata med en medarbetare.' },
  notIt: { label: 'Det hjälpte inte', value: 'Det svarar inte på min fråga.' },
  moreIn: (titles) => `Läs mer: ${titles}.`,
  hedged: (body, sources) =>
    `Jag tror att det här är vad du undrar över:\n\n${body}\n\n${sources} Om inte, försök att fråga på ett annat sätt eller prata med någon i vårt team.`,
  unsureRelated:
    'Jag är inte säker på att jag har rätt svar på det. Du kan formulera om frågan, titta på de här relaterade artiklarna eller prata med någon i vårt team.',
  noAnswer: 'Tyvärr har jag inget svar på det. Du kan formulera om frågan eller prata med någon i vårt team.',
  whichOne: 'Det kan jag hjälpa till med. Vilket av de här gäller det?',
  alternatives:
    'Det kan jag hjälpa dig med direkt, här och nu. Gäller det något av de här? Om inte kopplar jag in någon från vårt team.',
  upsetApology:
    'Jag är ledsen för det här. Vi ska reda ut det – och räcker inte det tar någon i vårt team över.',
  personComing: `Jag kopplar in någon från vårt team, och ${withTeam} Jag fortsätter hjälpa dig medan du väntar.`,
  stillWaiting:
    'Någon från vårt team ansluter så snart hen är ledig. Jag fortsätter hjälpa dig medan du väntar.',
  personOffer: 'Vill du prata med någon från vårt team? Hen ser allt vi har pratat om.',
  sorry:
    'Förlåt, något gick fel hos mig och jag kunde inte slutföra svaret. Du kan fråga igen eller prata med någon från vårt team.',
  handoffBecause: {
    frustration: `Jag är ledsen att det här har varit så frustrerande. Jag kopplar in någon från vårt team – ${withTeam}`,
    intent_gap: `Det här behöver någon från vårt team titta på. Jag har bett en medarbetare att ansluta – ${withTeam}`,
    complexity: `Det är mycket på en gång här, så jag har bett någon från vårt team att ansluta – ${withTeam}`,
    rule: `Någon från vårt team tar hand om det här – ${withTeam}`,
  },
  keepHelping: 'Jag fortsätter hjälpa dig medan du väntar.',
  fallbackChoices:
    'Du kan lämna dina kontaktuppgifter så återkommer vi, be oss ringa upp dig eller fortsätta chatta med mig.',
  offline: 'Vårt team är inte tillgängligt just nu.',
  offlineUntil: (when, timezone) =>
    `Vårt team är inte tillgängligt just nu – vi är tillbaka ${when} (${timezone}).`,
  nobodyOnline: 'Ingen från vårt team är online just nu.',
  nobodyFrom: (department) => `Ingen från ${department} är online just nu.`,
  nobodySpeaks: (language) => `Ingen som talar ${language} är online just nu.`,
  longWait: (wait) => `Väntetiden är just nu ${wait}.`,
  wait: {
    underMinute: 'mindre än en minut',
    minute: 'ungefär en minut',
    minutes: (n) => `ungefär ${n} minuter`,
    hour: 'ungefär en timme',
    hours: (n) => `ungefär ${n} timmar`,
  },
  opening: {
    today: (clock) => `i dag kl. ${clock}`,
    tomorrow: (clock) => `i morgon kl. ${clock}`,
    // "på måndag kl. 09:00", "fredag 13 mars kl. 09:00"
    on: (day, clock) => `${/\d/.test(day) ? day : `på ${day}`} kl. ${clock}`,
  },
  searching: 'Söker i våra hjälpartiklar…',
};
