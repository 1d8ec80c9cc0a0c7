import type { Lines } from './types';

const withTeam = "they'll see everything we've discussed.";

export const en: Lines = {
  locale: 'en-GB',
  talkToPerson: { label: 'Talk to a person', value: 'I would like to talk to a person.' },
  notIt: { label: 'That didn’t help', value: "That didn't answer my question." },
  moreIn: (titles) => `More in: ${titles}.`,
  hedged: (body, sources) =>
    `I think this is what you're asking about:\n\n${body}\n\n${sources} If it isn't, try asking another way, or talk to a person from our team.`,
  unsureRelated:
    "I'm not sure I have the right answer for that. You can rephrase your question, have a look at these related articles, or talk to a person from our team.",
  noAnswer:
    "I'm sorry, I don't have an answer for that. You can rephrase your question or talk to a person from our team.",
  whichOne: 'I can help with that. Which of these is it about?',
  alternatives:
    'I can help with that right here, straight away. Is it one of these? If not, I’ll bring in a person.',
  upsetApology:
    "I'm sorry about this. Let's get it sorted — and if this doesn't do it, a person from our team will take over.",
  personComing: `I'll bring in a person from our team, and ${withTeam} I'll keep helping while you wait.`,
  stillWaiting: "A person from our team will join as soon as they're free. I'll keep helping while you wait.",
  personOffer:
    'Would you like to talk to a person from our team? They will see everything we have discussed.',
  sorry:
    "Sorry, something went wrong on my side and I couldn't finish that answer. You can ask again, or talk to a person.",
  handoffBecause: {
    frustration: `I'm sorry this has been frustrating. I'm bringing in a person from our team — ${withTeam}`,
    intent_gap: `This needs someone from our team. I've asked a person to join — ${withTeam}`,
    complexity: `There's a lot here, so I've asked a person from our team to join — ${withTeam}`,
    rule: `A person from our team will take this one — ${withTeam}`,
  },
  keepHelping: "I'll keep helping while you wait.",
  fallbackChoices:
    "You can leave your contact details and we'll get back to you, ask us to call you back, or keep chatting with me.",
  offline: 'Our team is offline right now.',
  offlineUntil: (when, timezone) => `Our team is offline right now — we're back ${when} (${timezone}).`,
  nobodyOnline: 'Nobody from our team is online right now.',
  nobodyFrom: (department) => `Nobody from ${department} is online right now.`,
  nobodySpeaks: (language) => `Nobody who speaks ${language} is online right now.`,
  longWait: (wait) => `The wait is ${wait} right now.`,
  wait: {
    underMinute: 'less than a minute',
    minute: 'about a minute',
    minutes: (n) => `about ${n} minutes`,
    hour: 'about an hour',
    hours: (n) => `about ${n} hours`,
  },
  opening: {
    today: (clock) => `today at ${clock}`,
    tomorrow: (clock) => `tomorrow at ${clock}`,
    on: (day, clock) => `${day} at ${clock}`,
  },
  searching: 'Searching our help articles…',
};
