import type { Lines } from './types';

const withTeam = 'hän näkee kaiken, mistä olemme puhuneet.';

/**
 * "puhuu ranskaa", "englantia", "venäjää": Intl names the language in the nominative; "puhua" takes
 * the partitive. Other names (several words) after a colon ("kieltä: norjan bokmål").
 */
function speaking(language: string): string {
  const irregular: Record<string, string> = { suomi: 'suomea', thai: 'thaita' };
  if (irregular[language]) return irregular[language];
  if (!/^\p{L}+$/u.test(language)) return `kieltä: ${language}`;
  const a = /[aou]/.test(language) ? 'a' : 'ä';
  return /[aeiouyäö]$/.test(language) ? `${language}${a}` : `${language}i${a}`;
}

/** "maanantaina klo 09:00", "perjantaina 13. maaliskuuta klo 09:00": the weekday in the essive. */
const onDay = (day: string) => day.replace(/^(\p{L}+)/u, '$1na');

export const fi: Lines = {
  locale: 'fi',
  talkToPerson: {
    label: 'Puhu asiakaspalvelijan kanssa',
    value: 'Haluan puhua asiakaspalvelijan kanssa.',
  },
  notIt: { label: 'Ei auttanut', value: 'Tämä ei vastannut kysymykseeni.' },
  moreIn: (titles) => `Lisää aiheesta: ${titles}.`,
  hedged: (body, sources) =>
    `Luulen, että kysyt tätä:\n\n${body}\n\n${sources} Jos kysymyksesi koski jotain muuta, kokeile muotoilla se toisin tai puhu asiakaspalvelijamme kanssa.`,
  unsureRelated:
    'En ole varma, onko minulla oikeaa vastausta tähän. Voit muotoilla kysymyksesi toisin, katsoa näitä aiheeseen liittyviä artikkeleita tai puhua asiakaspalvelijamme kanssa.',
  noAnswer:
    'Valitettavasti minulla ei ole vastausta tähän. Voit muotoilla kysymyksesi toisin tai puhua asiakaspalvelijamme kanssa.',
  whichOne: 'Voin auttaa tässä. Mitä näistä asiasi koskee?',
  alternatives:
    'Voin auttaa tässä heti, täällä. Koskeeko asiasi jotakin näistä? Jos ei, pyydän paikalle asiakaspalvelijamme.',
  upsetApology:
    'Olen pahoillani tilanteesta. Selvitetään asia – ja jos tämä ei riitä, asiakaspalvelijamme jatkaa siitä.',
  personComing: `Pyydän paikalle asiakaspalvelijamme, ja ${withTeam} Autan mielelläni sillä välin, kun odotat.`,
  stillWaiting:
    'Asiakaspalvelijamme liittyy keskusteluun heti, kun hän vapautuu. Autan mielelläni sillä välin, kun odotat.',
  personOffer: 'Haluatko puhua asiakaspalvelijamme kanssa? Hän näkee kaiken, mistä olemme puhuneet.',
  sorry:
    'Pahoittelen, minulla meni jotain pieleen, enkä saanut vastausta valmiiksi. Voit kysyä uudelleen tai puhua asiakaspalvelijamme kanssa.',
  handoffBecause: {
    frustration: `Olen pahoillani, että tämä on ollut näin hankalaa. Pyydän paikalle asiakaspalvelijamme – ${withTeam}`,
    intent_gap: `Tähän tarvitaan tiimimme apua. Olen pyytänyt asiakaspalvelijan mukaan keskusteluun – ${withTeam}`,
    complexity: `Tässä on monta asiaa, joten pyysin asiakaspalvelijamme mukaan keskusteluun – ${withTeam}`,
    rule: `Asiakaspalvelijamme hoitaa tämän asian – ${withTeam}`,
  },
  keepHelping: 'Autan mielelläni sillä välin, kun odotat.',
  fallbackChoices:
    'Voit jättää yhteystietosi, niin otamme sinuun yhteyttä, pyytää meitä soittamaan sinulle tai jatkaa keskustelua kanssani.',
  offline: 'Tiimimme ei ole juuri nyt paikalla.',
  offlineUntil: (when, timezone) => `Tiimimme ei ole juuri nyt paikalla – palaamme ${when} (${timezone}).`,
  nobodyOnline: 'Tiimistämme ei ole juuri nyt ketään paikalla.',
  // "Billing-osastolta", "Customer Care -osastolta"
  nobodyFrom: (department) =>
    `Juuri nyt ${department}${/\s/.test(department) ? ' -' : '-'}osastolta ei ole ketään paikalla.`,
  nobodySpeaks: (language) => `Juuri nyt paikalla ei ole ketään, joka puhuu ${speaking(language)}.`,
  longWait: (wait) => `Odotusaika on tällä hetkellä ${wait}.`,
  wait: {
    underMinute: 'alle minuutti',
    minute: 'noin minuutti',
    minutes: (n) => `noin ${n} minuuttia`,
    hour: 'noin tunti',
    hours: (n) => `noin ${n} tuntia`,
  },
  opening: {
    today: (clock) => `tänään klo ${clock}`,
    tomorrow: (clock) => `huomenna klo ${clock}`,
    on: (day, clock) => `${onDay(day)} klo ${clock}`,
  },
  searching: 'Haen ohjeartikkeleistamme…',
};
