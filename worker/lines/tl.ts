import type { Lines } from './types';

const withTeam = 'makikita niya ang lahat ng napag-usapan natin.';

/**
 * "sa Lunes", "sa Lunes, Abril 13,": the day as Intl names it, after "sa" (no case to change).
 * Node's ICU has no "tl" locale but has "fil", which is the same language.
 */
function onDay(day: string): string {
  return day.includes(', ') ? `sa ${day},` : `sa ${day}`;
}

/**
 * Tagalog (Filipino): "po" and "kayo/ninyo" as a Philippine support team writes, with the English
 * loanwords they use ("team", "online", "contact details"); "siya" for the person is genderless.
 */
export const tl: Lines = {
  locale: 'fil',
  talkToPerson: {
    label: 'Makipag-usap sa isang tao',
    value: 'Gusto ko pong makausap ang isang tao mula sa inyong team.',
  },
  notIt: { label: 'Hindi ito nakatulong', value: 'Hindi nakatulong sa akin iyan.' },
  moreIn: (titles) => `Para sa karagdagang impormasyon: ${titles}.`,
  hedged: (body, sources) =>
    `Sa tingin ko po, ito ang itinatanong ninyo:\n\n${body}\n\n${sources} Kung hindi po ito, subukan ninyong itanong sa ibang paraan, o makipag-usap sa isang tao mula sa aming team.`,
  unsureRelated:
    'Hindi po ako sigurado kung tama ang sagot ko rito. Puwede ninyong itanong ito sa ibang paraan, tingnan ang mga kaugnay na artikulong ito, o makipag-usap sa isang tao mula sa aming team.',
  noAnswer:
    'Paumanhin po, wala akong sagot diyan. Puwede ninyong itanong ito sa ibang paraan, o makipag-usap sa isang tao mula sa aming team.',
  whichOne: 'Matutulungan ko po kayo riyan. Alin po sa mga ito ang tinutukoy ninyo?',
  alternatives:
    'Matutulungan ko po kayo riyan dito mismo, ngayon din. Tungkol po ba ito sa isa sa mga sumusunod? Kung hindi, ipapasa ko kayo sa isang tao mula sa aming team.',
  upsetApology:
    'Pasensya na po sa abala. Ayusin po natin ito — at kung hindi pa rin ito maayos, isang tao mula sa aming team na ang tutulong sa inyo.',
  personComing: `Ipapasa ko po kayo sa isang tao mula sa aming team, at ${withTeam} Habang naghihintay po kayo, patuloy ko kayong tutulungan.`,
  stillWaiting:
    'Sasali po sa usapan ang isang tao mula sa aming team sa sandaling available na siya. Habang naghihintay po kayo, patuloy ko kayong tutulungan.',
  personOffer:
    'Gusto po ba ninyong makausap ang isang tao mula sa aming team? Makikita niya ang lahat ng napag-usapan natin.',
  sorry:
    'Paumanhin po, nagkaproblema sa aming panig at hindi ko natapos ang sagot. Puwede po kayong magtanong ulit, o makipag-usap sa isang tao mula sa aming team.',
  handoffBecause: {
    frustration: `Pasensya na po kung naging mahirap ito para sa inyo. Ipapasa ko na kayo sa isang tao mula sa aming team — ${withTeam}`,
    intent_gap: `Kailangan po rito ng tulong ng aming team, kaya humiling na ako na may sumali sa usapan — ${withTeam}`,
    complexity: `Marami pong detalye rito, kaya humiling na ako na may sumali sa usapan mula sa aming team — ${withTeam}`,
    rule: `Isang tao po mula sa aming team ang tutulong sa inyo rito — ${withTeam}`,
  },
  keepHelping: 'Habang naghihintay po kayo, patuloy ko kayong tutulungan.',
  fallbackChoices:
    'Puwede po ninyong iwan ang inyong contact details para mabalikan namin kayo, humiling na tawagan namin kayo, o magpatuloy sa pakikipag-chat sa akin.',
  offline: 'Offline po ang aming team sa ngayon.',
  offlineUntil: (when, timezone) =>
    `Offline po ang aming team sa ngayon — babalik kami ${when} (${timezone}).`,
  nobodyOnline: 'Wala pong online mula sa aming team sa ngayon.',
  nobodyFrom: (department) => `Wala pong online mula sa ${department} sa ngayon.`,
  nobodySpeaks: (language) => `Wala pong online sa ngayon na marunong magsalita ng ${language}.`,
  longWait: (wait) => `Sa ngayon po, ${wait} ang tagal ng paghihintay.`,
  // Nouns don't change after a number: "mga 2 oras", "mga 25 minuto".
  wait: {
    underMinute: 'wala pang isang minuto',
    minute: 'mga isang minuto',
    minutes: (n) => `mga ${n} minuto`,
    hour: 'mga isang oras',
    hours: (n) => `mga ${n} oras`,
  },
  // "nang" before a time of day ("bukas nang 09:00"), as the standard spelling has it.
  opening: {
    today: (clock) => `ngayong araw nang ${clock}`,
    tomorrow: (clock) => `bukas nang ${clock}`,
    on: (day, clock) => `${onDay(day)} nang ${clock}`,
  },
  searching: 'Naghahanap po ako sa aming mga help article…',
};
