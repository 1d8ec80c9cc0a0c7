import type { Lines } from './types';

const withTeam = 'va vedea tot ce am discutat.';

const plural = new Intl.PluralRules('ro');
/** "2 minute", "19 minute", "20 de minute", "25 de minute". */
const count = (n: number, unit: string) => `${n} ${plural.select(n) === 'other' ? 'de ' : ''}${unit}`;

export const ro: Lines = {
  locale: 'ro',
  talkToPerson: { label: 'Vorbește cu un operator', value: 'Aș dori să vorbesc cu un operator.' },
  notIt: { label: 'Nu m-a ajutat', value: 'Asta nu m-a ajutat.' },
  moreIn: (titles) => `Mai multe detalii: ${titles}.`,
  hedged: (body, sources) =>
    `Cred că despre asta este vorba:\n\n${body}\n\n${sources} Dacă nu, încercați să formulați întrebarea altfel sau vorbiți cu cineva din echipa noastră.`,
  unsureRelated:
    'S-ar putea să nu am răspunsul potrivit la această întrebare. O puteți reformula, puteți consulta aceste articole similare sau puteți vorbi cu cineva din echipa noastră.',
  noAnswer:
    'Îmi pare rău, nu am un răspuns la această întrebare. O puteți reformula sau puteți vorbi cu cineva din echipa noastră.',
  whichOne: 'Vă pot ajuta cu asta. La care dintre aceste subiecte vă referiți?',
  alternatives:
    'Vă pot ajuta cu asta chiar aici, imediat. Este vorba despre unul dintre aceste subiecte? Dacă nu, chem pe cineva din echipa noastră.',
  upsetApology:
    'Ne pare rău pentru neplăcere. Haideți să rezolvăm situația — iar dacă nu reușim, preia discuția cineva din echipa noastră.',
  personComing: `Chem pe cineva din echipa noastră, care ${withTeam} Până atunci, vă ajut în continuare.`,
  stillWaiting:
    'Cineva din echipa noastră se va alătura discuției imediat ce se eliberează. Până atunci, vă ajut în continuare.',
  personOffer: 'Doriți să vorbiți cu cineva din echipa noastră? Va vedea tot ce am discutat.',
  sorry:
    'Îmi pare rău, ceva nu a funcționat de partea mea și nu am putut termina răspunsul. Puteți întreba din nou sau puteți vorbi cu cineva din echipa noastră.',
  handoffBecause: {
    frustration: `Ne pare rău că a fost atât de neplăcut. Chem pe cineva din echipa noastră — ${withTeam}`,
    intent_gap: `Aici e nevoie de cineva din echipa noastră. Am rugat un coleg să se alăture discuției — ${withTeam}`,
    complexity: `Sunt multe aspecte aici, așa că am rugat pe cineva din echipa noastră să se alăture discuției — ${withTeam}`,
    rule: `De această solicitare se va ocupa cineva din echipa noastră — ${withTeam}`,
  },
  keepHelping: 'Până atunci, vă ajut în continuare.',
  fallbackChoices:
    'Ne puteți lăsa datele de contact și revenim noi, puteți cere să vă sunăm înapoi sau puteți continua discuția cu mine.',
  offline: 'Echipa noastră nu este disponibilă momentan.',
  offlineUntil: (when, timezone) =>
    `Echipa noastră nu este disponibilă momentan — revenim ${when} (${timezone}).`,
  nobodyOnline: 'Momentan nu este online nimeni din echipa noastră.',
  nobodyFrom: (department) => `Momentan nu este online nimeni din departamentul „${department}”.`,
  nobodySpeaks: (language) => `Momentan nu este online nimeni care să vorbească ${language}.`,
  longWait: (wait) => `Timpul de așteptare este acum de ${wait}.`,
  wait: {
    underMinute: 'mai puțin de un minut',
    minute: 'aproximativ un minut',
    minutes: (n) => `aproximativ ${count(n, 'minute')}`,
    hour: 'aproximativ o oră',
    hours: (n) => `aproximativ ${count(n, 'ore')}`,
  },
  opening: {
    today: (clock) => `astăzi la ora ${clock}`,
    tomorrow: (clock) => `mâine la ora ${clock}`,
    // "luni la ora 09:00", "vineri, 13 martie, la ora 09:00"
    on: (day, clock) => `${day}${day.includes(',') ? ',' : ''} la ora ${clock}`,
  },
  searching: 'Caut în articolele noastre de ajutor…',
};
