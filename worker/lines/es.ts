import type { Lines } from './types';

const withTeam = 'verá todo lo que hemos hablado.';

export const es: Lines = {
  locale: 'es',
  talkToPerson: { label: 'Hablar con una persona', value: 'Quisiera hablar con una persona.' },
  notIt: { label: 'No me ayudó', value: 'Eso no respondió a mi pregunta.' },
  moreIn: (titles) => `Más información en: ${titles}.`,
  hedged: (body, sources) =>
    `Creo que se refiere a esto:\n\n${body}\n\n${sources} Si no es así, pruebe a preguntarlo de otra forma o hable con una persona de nuestro equipo.`,
  unsureRelated:
    'No estoy seguro de tener la respuesta correcta. Puede reformular su pregunta, consultar estos artículos relacionados o hablar con una persona de nuestro equipo.',
  noAnswer:
    'Lo siento, no tengo una respuesta para eso. Puede reformular su pregunta o hablar con una persona de nuestro equipo.',
  whichOne: 'Puedo ayudarle con eso. ¿De cuál de estos temas se trata?',
  alternatives: 'Puedo ayudarle con eso aquí mismo, ahora. ¿Es alguno de estos? Si no, llamo a una persona.',
  upsetApology:
    'Lamento mucho lo ocurrido. Vamos a solucionarlo, y si esto no lo resuelve, una persona de nuestro equipo se encargará.',
  personComing: `Voy a avisar a una persona de nuestro equipo, que ${withTeam} Sigo ayudándole mientras espera.`,
  stillWaiting:
    'Una persona de nuestro equipo se unirá en cuanto esté libre. Sigo ayudándole mientras espera.',
  personOffer: '¿Quiere hablar con una persona de nuestro equipo? Verá todo lo que hemos hablado.',
  sorry:
    'Lo siento, algo ha fallado por mi parte y no he podido terminar la respuesta. Puede preguntar de nuevo o hablar con una persona.',
  handoffBecause: {
    frustration: `Siento mucho las molestias. Voy a pasarle con una persona de nuestro equipo, que ${withTeam}`,
    intent_gap: `Esto necesita a alguien de nuestro equipo. He pedido a una persona que se una, y ${withTeam}`,
    complexity: `Hay varias cosas aquí, así que he pedido a una persona de nuestro equipo que se una; ${withTeam}`,
    rule: `Una persona de nuestro equipo se encargará de esto y ${withTeam}`,
  },
  keepHelping: 'Sigo ayudándole mientras espera.',
  fallbackChoices:
    'Puede dejarnos sus datos de contacto y le responderemos, pedir que le llamemos o seguir hablando conmigo.',
  offline: 'Nuestro equipo no está disponible en este momento.',
  offlineUntil: (when, timezone) =>
    `Nuestro equipo no está disponible en este momento; volvemos ${when} (${timezone}).`,
  nobodyOnline: 'No hay nadie de nuestro equipo conectado en este momento.',
  nobodyFrom: (department) => `No hay nadie de ${department} conectado en este momento.`,
  nobodySpeaks: (language) => `No hay nadie que hable ${language} conectado en este momento.`,
  longWait: (wait) => `Ahora mismo la espera es de ${wait}.`,
  wait: {
    underMinute: 'menos de un minuto',
    minute: 'alrededor de un minuto',
    minutes: (n) => `unos ${n} minutos`,
    hour: 'alrededor de una hora',
    hours: (n) => `unas ${n} horas`,
  },
  opening: {
    today: (clock) => `hoy a las ${clock}`,
    tomorrow: (clock) => `mañana a las ${clock}`,
    on: (day, clock) => `el ${day} a las ${clock}`,
  },
  searching: 'Buscando en nuestros artículos de ayuda…',
};
