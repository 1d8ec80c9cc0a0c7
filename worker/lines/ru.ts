import type { Lines } from './types';

const withTeam = 'он увидит всю нашу переписку.';

const plural = new Intl.PluralRules('ru');
/** After "около" the count takes the genitive: "около 21 минуты", "около 25 минут". */
const about = (n: number, one: string, many: string) =>
  `около ${n} ${plural.select(n) === 'one' ? one : many}`;

/**
 * "в понедельник", "во вторник", "в среду", "в пятницу, 13 марта,": Intl names the day in the
 * nominative; after "в" it takes the accusative (only the days in -а change).
 */
function onDay(day: string): string {
  const [first = day, ...rest] = day.split(', ');
  const accusative = first.replace(/а$/, 'у');
  const at = /^вт/i.test(first) ? 'во' : 'в';
  return rest.length ? `${at} ${accusative}, ${rest.join(', ')},` : `${at} ${accusative}`;
}

/** "на французском" for the usual adjective names; others after a colon ("на языке: хинди"). */
const speaking = (language: string) =>
  /^[а-яё]+[иы]й$/i.test(language) ? `на ${language.replace(/[иы]й$/i, 'ом')}` : `на языке: ${language}`;

export const ru: Lines = {
  locale: 'ru',
  talkToPerson: { label: 'Поговорить с сотрудником', value: 'Хочу поговорить с сотрудником.' },
  notIt: { label: 'Не помогло', value: 'Это не помогло, мой вопрос остался без ответа.' },
  moreIn: (titles) => `Подробнее: ${titles}.`,
  hedged: (body, sources) =>
    `Похоже, вы спрашиваете об этом:\n\n${body}\n\n${sources} Если это не то, попробуйте задать вопрос по-другому или поговорите с сотрудником нашей команды.`,
  unsureRelated:
    'Боюсь, у меня нет точного ответа на этот вопрос. Вы можете переформулировать его, посмотреть эти статьи по теме или поговорить с сотрудником нашей команды.',
  noAnswer:
    'К сожалению, у меня нет ответа на этот вопрос. Вы можете переформулировать его или поговорить с сотрудником нашей команды.',
  whichOne: 'С этим я могу помочь. О какой из этих тем идёт речь?',
  alternatives:
    'С этим я могу помочь прямо здесь и сразу. Ваш вопрос касается одной из этих тем? Если нет, я позову сотрудника нашей команды.',
  upsetApology:
    'Приносим извинения за неудобства. Давайте разберёмся — а если не получится, к разговору подключится сотрудник нашей команды.',
  personComing: `Я позову сотрудника нашей команды — ${withTeam} Пока вы ждёте, я продолжу вам помогать.`,
  stillWaiting:
    'Сотрудник нашей команды подключится, как только освободится. Пока вы ждёте, я продолжу вам помогать.',
  personOffer: 'Хотите поговорить с сотрудником нашей команды? Он увидит всю нашу переписку.',
  sorry:
    'Извините, у меня что-то пошло не так, и закончить ответ не получилось. Вы можете спросить ещё раз или поговорить с сотрудником.',
  handoffBecause: {
    frustration: `Простите, что всё оказалось так непросто. Я подключаю к чату сотрудника нашей команды — ${withTeam}`,
    intent_gap: `С этим вам поможет сотрудник нашей команды. Я приглашаю его в чат — ${withTeam}`,
    complexity: `Здесь много деталей, поэтому я приглашаю в чат сотрудника нашей команды — ${withTeam}`,
    rule: `Этим вопросом займётся сотрудник нашей команды — ${withTeam}`,
  },
  keepHelping: 'Пока вы ждёте, я продолжу вам помогать.',
  fallbackChoices:
    'Вы можете оставить свои контакты, и мы с вами свяжемся, заказать обратный звонок или продолжить переписку со мной.',
  offline: 'Сейчас наша команда не в сети.',
  offlineUntil: (when, timezone) => `Сейчас наша команда не в сети — мы вернёмся ${when} (${timezone}).`,
  nobodyOnline: 'Сейчас никого из нашей команды нет в сети.',
  nobodyFrom: (department) => `Сейчас никого из отдела «${department}» нет в сети.`,
  nobodySpeaks: (language) => `Сейчас в сети нет сотрудников, говорящих ${speaking(language)}.`,
  longWait: (wait) => `Сейчас время ожидания — ${wait}.`,
  wait: {
    underMinute: 'меньше минуты',
    minute: 'около минуты',
    minutes: (n) => about(n, 'минуты', 'минут'),
    hour: 'около часа',
    hours: (n) => about(n, 'часа', 'часов'),
  },
  opening: {
    today: (clock) => `сегодня в ${clock}`,
    tomorrow: (clock) => `завтра в ${clock}`,
    on: (day, clock) => `${onDay(day)} в ${clock}`,
  },
  searching: 'Ищу ответ в наших справочных статьях…',
};
