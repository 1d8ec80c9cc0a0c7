import type { Lines } from './types';

const withTeam = 'sie sieht alles, was wir besprochen haben.';

export const de: Lines = {
  locale: 'de',
  talkToPerson: { label: 'Mit einer Person sprechen', value: 'Ich möchte mit einer Person sprechen.' },
  notIt: { label: 'Hat nicht geholfen', value: 'Das hat meine Frage nicht beantwortet.' },
  moreIn: (titles) => `Mehr dazu: ${titles}.`,
  hedged: (body, sources) =>
    `Ich glaube, darum geht es Ihnen:\n\n${body}\n\n${sources} Falls nicht, formulieren Sie Ihre Frage bitte anders, oder sprechen Sie mit einer Person aus unserem Team.`,
  unsureRelated:
    'Ich bin nicht sicher, ob ich die richtige Antwort dafür habe. Sie können Ihre Frage anders formulieren, sich diese verwandten Artikel ansehen oder mit einer Person aus unserem Team sprechen.',
  noAnswer:
    'Tut mir leid, darauf habe ich keine Antwort. Sie können Ihre Frage anders formulieren oder mit einer Person aus unserem Team sprechen.',
  whichOne: 'Dabei kann ich helfen. Um welches dieser Themen geht es?',
  alternatives:
    'Dabei kann ich Ihnen hier sofort helfen. Geht es um eines dieser Themen? Wenn nicht, hole ich eine Person dazu.',
  upsetApology:
    'Das tut mir leid. Lassen Sie uns das klären – und falls das nicht reicht, übernimmt eine Person aus unserem Team.',
  personComing:
    'Ich hole eine Person aus unserem Team dazu, die alles sieht, was wir besprochen haben. Bis dahin helfe ich Ihnen gern weiter.',
  stillWaiting:
    'Eine Person aus unserem Team kommt dazu, sobald sie frei ist. Bis dahin helfe ich Ihnen gern weiter.',
  personOffer:
    'Möchten Sie mit einer Person aus unserem Team sprechen? Sie sieht alles, was wir besprochen haben.',
  sorry:
    'Entschuldigung, bei mir ist etwas schiefgelaufen und ich konnte die Antwort nicht fertigstellen. Sie können noch einmal fragen oder mit einer Person sprechen.',
  handoffBecause: {
    frustration: `Es tut mir leid, dass das so ärgerlich war. Ich hole eine Person aus unserem Team dazu – ${withTeam}`,
    intent_gap: `Dafür braucht es jemanden aus unserem Team. Ich habe eine Person dazugebeten – ${withTeam}`,
    complexity: `Das sind einige Punkte, deshalb habe ich eine Person aus unserem Team dazugebeten – ${withTeam}`,
    rule: `Eine Person aus unserem Team übernimmt das – ${withTeam}`,
  },
  keepHelping: 'Bis dahin helfe ich Ihnen gern weiter.',
  fallbackChoices:
    'Sie können Ihre Kontaktdaten hinterlassen, damit wir uns bei Ihnen melden, um einen Rückruf bitten oder weiter mit mir schreiben.',
  offline: 'Unser Team ist gerade nicht erreichbar.',
  offlineUntil: (when, timezone) =>
    `Unser Team ist gerade nicht erreichbar – wir sind ${when} wieder da (${timezone}).`,
  nobodyOnline: 'Gerade ist niemand aus unserem Team online.',
  nobodyFrom: (department) => `Gerade ist niemand aus der Abteilung ${department} online.`,
  nobodySpeaks: (language) => `Gerade ist niemand online, der ${language} spricht.`,
  longWait: (wait) => `Die Wartezeit beträgt gerade ${wait}.`,
  wait: {
    underMinute: 'weniger als eine Minute',
    minute: 'etwa eine Minute',
    minutes: (n) => `etwa ${n} Minuten`,
    hour: 'etwa eine Stunde',
    hours: (n) => `etwa ${n} Stunden`,
  },
  opening: {
    today: (clock) => `heute um ${clock}`,
    tomorrow: (clock) => `morgen um ${clock}`,
    on: (day, clock) => `am ${day} um ${clock}`,
  },
  searching: 'Ich durchsuche unsere Hilfeartikel…',
};
