import type { Lines } from './types';

const withTeam = 'ela verá tudo o que conversamos.';

export const pt: Lines = {
  locale: 'pt',
  talkToPerson: { label: 'Falar com uma pessoa', value: 'Gostaria de falar com uma pessoa.' },
  notIt: { label: 'Não ajudou', value: 'Isso não respondeu à minha pergunta.' },
  moreIn: (titles) => `Saiba mais em: ${titles}.`,
  hedged: (body, sources) =>
    `Acho que é sobre isto que você está perguntando:\n\n${body}\n\n${sources} Se não for, tente perguntar de outra forma ou fale com uma pessoa da nossa equipe.`,
  unsureRelated:
    'Não tenho certeza de ter a resposta certa para isso. Você pode reformular sua pergunta, ver estes artigos relacionados ou falar com uma pessoa da nossa equipe.',
  noAnswer:
    'Desculpe, não tenho uma resposta para isso. Você pode reformular sua pergunta ou falar com uma pessoa da nossa equipe.',
  whichOne: 'Posso ajudar com isso. Qual destes assuntos é o seu caso?',
  alternatives: 'Posso ajudar com isso aqui mesmo, agora. É um destes? Se não for, chamo uma pessoa.',
  upsetApology:
    'Sinto muito por isso. Vamos resolver — e se isto não resolver, uma pessoa da nossa equipe assume.',
  personComing:
    'Vou chamar uma pessoa da nossa equipe, que verá tudo o que conversamos. Continuo ajudando enquanto você espera.',
  stillWaiting:
    'Uma pessoa da nossa equipe vai entrar assim que estiver livre. Continuo ajudando enquanto você espera.',
  personOffer: 'Quer falar com uma pessoa da nossa equipe? Ela verá tudo o que conversamos.',
  sorry:
    'Desculpe, algo deu errado do meu lado e não consegui terminar a resposta. Você pode perguntar de novo ou falar com uma pessoa.',
  handoffBecause: {
    frustration: `Sinto muito pelo transtorno. Estou chamando uma pessoa da nossa equipe — ${withTeam}`,
    intent_gap: `Isto precisa de alguém da nossa equipe. Pedi para uma pessoa entrar — ${withTeam}`,
    complexity: `São vários pontos, então pedi para uma pessoa da nossa equipe entrar — ${withTeam}`,
    rule: `Uma pessoa da nossa equipe vai cuidar disto — ${withTeam}`,
  },
  keepHelping: 'Continuo ajudando enquanto você espera.',
  fallbackChoices:
    'Você pode deixar seus dados de contato para retornarmos, pedir que liguemos para você ou continuar conversando comigo.',
  offline: 'Nossa equipe não está disponível agora.',
  offlineUntil: (when, timezone) =>
    `Nossa equipe não está disponível agora — voltamos ${when} (${timezone}).`,
  nobodyOnline: 'Ninguém da nossa equipe está online agora.',
  nobodyFrom: (department) => `Ninguém de ${department} está online agora.`,
  nobodySpeaks: (language) => `Ninguém que fale ${language} está online agora.`,
  longWait: (wait) => `A espera agora é de ${wait}.`,
  wait: {
    underMinute: 'menos de um minuto',
    minute: 'cerca de um minuto',
    minutes: (n) => `cerca de ${n} minutos`,
    hour: 'cerca de uma hora',
    hours: (n) => `cerca de ${n} horas`,
  },
  opening: {
    today: (clock) => `hoje às ${clock}`,
    tomorrow: (clock) => `amanhã às ${clock}`,
    on: (day, clock) => `${day} às ${clock}`,
  },
  searching: 'Procurando nos nossos artigos de ajuda…',
};
