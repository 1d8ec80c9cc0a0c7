import type { Lines } from './types';

const withTeam = 'він побачить усе наше листування.';

const plural = new Intl.PluralRules('uk');
/** After "близько" the count takes the genitive: "близько 21 хвилини", "близько 25 хвилин". */
const about = (n: number, one: string, many: string) =>
  `близько ${n} ${plural.select(n) === 'one' ? one : many}`;

/**
 * "в понеділок", "у вівторок", "в середу", "в пʼятницю, 13 березня,": Intl names the day in the
 * nominative; after "в" it takes the accusative (the days in -а/-я change).
 */
function onDay(day: string): string {
  const [first = day, ...rest] = day.split(', ');
  const accusative = first.replace(/а$/, 'у').replace(/я$/, 'ю');
  const at = /^в/i.test(first) ? 'у' : 'в';
  return rest.length ? `${at} ${accusative}, ${rest.join(', ')},` : `${at} ${accusative}`;
}

/** "французькою" for the usual adjective names; others after a colon ("мовою: гінді"). */
const speaking = (language: string) =>
  /^[\p{L}ʼ’']+ка$/u.test(language) ? language.replace(/а$/, 'ою') : `мовою: ${language}`;

export const uk: Lines = {
  locale: 'uk',
  talkToPerson: { label: 'Поговорити зі співробітником', value: 'Хочу поговорити зі співробітником.' },
  notIt: { label: 'Не допомогло', value: 'Це не допомогло, моє запитання залишилося без відповіді.' },
  moreIn: (titles) => `Докладніше: ${titles}.`,
  hedged: (body, sources) =>
    `Схоже, ви питаєте про це:\n\n${body}\n\n${sources} Якщо ні, спробуйте поставити запитання інакше або поговоріть зі співробітником нашої команди.`,
  unsureRelated:
    'Боюся, у мене немає точної відповіді на це запитання. Ви можете переформулювати його, переглянути ці статті на схожу тему або поговорити зі співробітником нашої команди.',
  noAnswer:
    'На жаль, у мене немає відповіді на це запитання. Ви можете переформулювати його або поговорити зі співробітником нашої команди.',
  whichOne: 'З цим я можу допомогти. Про яку з цих тем ідеться?',
  alternatives:
    'З цим я можу допомогти просто тут і одразу. Ваше запитання стосується однієї з цих тем? Якщо ні, я покличу співробітника нашої команди.',
  upsetApology:
    'Перепрошуємо за незручності. Давайте розберемося — а якщо не вийде, до розмови долучиться співробітник нашої команди.',
  personComing: `Я покличу співробітника нашої команди — ${withTeam} Поки ви чекаєте, я й далі вам допомагатиму.`,
  stillWaiting:
    'Співробітник нашої команди приєднається, щойно звільниться. Поки ви чекаєте, я й далі вам допомагатиму.',
  personOffer: 'Бажаєте поговорити зі співробітником нашої команди? Він побачить усе наше листування.',
  sorry:
    'Вибачте, у мене щось пішло не так, і завершити відповідь не вдалося. Ви можете запитати ще раз або поговорити зі співробітником.',
  handoffBecause: {
    frustration: `Вибачте, що все виявилося так непросто. Я запрошую до чату співробітника нашої команди — ${withTeam}`,
    intent_gap: `З цим вам допоможе співробітник нашої команди. Я запрошую його до чату — ${withTeam}`,
    complexity: `Тут багато деталей, тож я запрошую до чату співробітника нашої команди — ${withTeam}`,
    rule: `Цим питанням займеться співробітник нашої команди — ${withTeam}`,
  },
  keepHelping: 'Поки ви чекаєте, я й далі вам допомагатиму.',
  fallbackChoices:
    'Ви можете залишити свої контакти, і ми з вами звʼяжемося, замовити зворотний дзвінок або продовжити листування зі мною.',
  offline: 'Зараз наша команда не в мережі.',
  offlineUntil: (when, timezone) => `Зараз наша команда не в мережі — ми повернемося ${when} (${timezone}).`,
  nobodyOnline: 'Зараз нікого з нашої команди немає в мережі.',
  nobodyFrom: (department) => `Зараз нікого з відділу «${department}» немає в мережі.`,
  nobodySpeaks: (language) => `Зараз у мережі немає співробітників, які розмовляють ${speaking(language)}.`,
  longWait: (wait) => `Зараз час очікування — ${wait}.`,
  wait: {
    underMinute: 'менше хвилини',
    minute: 'близько хвилини',
    minutes: (n) => about(n, 'хвилини', 'хвилин'),
    hour: 'близько години',
    hours: (n) => about(n, 'години', 'годин'),
  },
  opening: {
    today: (clock) => `сьогодні о ${clock}`,
    tomorrow: (clock) => `завтра о ${clock}`,
    on: (day, clock) => `${onDay(day)} о ${clock}`,
  },
  searching: 'Шукаю відповідь у наших довідкових статтях…',
};
