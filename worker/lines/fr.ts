import type { Lines } from './types';

const withTeam = 'elle verra tout ce que nous avons échangé.';

export const fr: Lines = {
  locale: 'fr',
  talkToPerson: { label: 'Parler à une personne', value: 'Je voudrais parler à une personne.' },
  notIt: { label: 'Ça ne m’a pas aidé', value: "Ça n'a pas répondu à ma question." },
  moreIn: (titles) => `Pour en savoir plus : ${titles}.`,
  hedged: (body, sources) =>
    `Je pense que votre question porte sur ceci :\n\n${body}\n\n${sources} Si ce n'est pas le cas, essayez de la formuler autrement, ou parlez à une personne de notre équipe.`,
  unsureRelated:
    "Je ne suis pas sûr d'avoir la bonne réponse. Vous pouvez reformuler votre question, consulter ces articles proches, ou parler à une personne de notre équipe.",
  noAnswer:
    "Désolé, je n'ai pas de réponse à cela. Vous pouvez reformuler votre question ou parler à une personne de notre équipe.",
  whichOne: 'Je peux vous aider. Lequel de ces sujets vous concerne ?',
  alternatives:
    "Je peux vous aider tout de suite, ici même. Est-ce l'un de ces sujets ? Sinon, je fais venir une personne de notre équipe.",
  upsetApology:
    'Je suis désolé pour ce désagrément. Réglons cela — et si ça ne suffit pas, une personne de notre équipe prendra le relais.',
  personComing:
    'Je fais appel à une personne de notre équipe, qui verra tout ce que nous avons échangé. Je continue à vous aider en attendant.',
  stillWaiting:
    "Une personne de notre équipe vous rejoindra dès qu'elle sera disponible. Je continue à vous aider en attendant.",
  personOffer:
    'Souhaitez-vous parler à une personne de notre équipe ? Elle verra tout ce que nous avons échangé.',
  sorry:
    "Désolé, un problème est survenu de mon côté et je n'ai pas pu terminer cette réponse. Vous pouvez reposer la question, ou parler à une personne.",
  handoffBecause: {
    frustration: `Je suis désolé que ce soit si pénible. Je fais venir une personne de notre équipe — ${withTeam}`,
    intent_gap: `Cela demande l'aide de notre équipe. J'ai demandé à une personne de nous rejoindre — ${withTeam}`,
    complexity: `Il y a beaucoup de points ici, j'ai donc demandé à une personne de notre équipe de nous rejoindre — ${withTeam}`,
    rule: `Une personne de notre équipe va s'en occuper — ${withTeam}`,
  },
  keepHelping: 'Je continue à vous aider en attendant.',
  fallbackChoices:
    'Vous pouvez laisser vos coordonnées pour que nous revenions vers vous, demander à être rappelé, ou continuer à discuter avec moi.',
  offline: "Notre équipe n'est pas disponible pour le moment.",
  offlineUntil: (when, timezone) =>
    `Notre équipe n'est pas disponible pour le moment — nous serons de retour ${when} (${timezone}).`,
  nobodyOnline: "Personne de notre équipe n'est en ligne pour le moment.",
  nobodyFrom: (department) => `Personne du service ${department} n'est en ligne pour le moment.`,
  nobodySpeaks: (language) => `Personne parlant ${language} n'est en ligne pour le moment.`,
  longWait: (wait) => `Temps d'attente actuel : ${wait}.`,
  wait: {
    underMinute: 'moins d’une minute',
    minute: 'environ une minute',
    minutes: (n) => `environ ${n} minutes`,
    hour: 'environ une heure',
    hours: (n) => `environ ${n} heures`,
  },
  opening: {
    today: (clock) => `aujourd'hui à ${clock}`,
    tomorrow: (clock) => `demain à ${clock}`,
    on: (day, clock) => `${day} à ${clock}`,
  },
  searching: "Je cherche dans nos articles d'aide…",
};
