import type { Lines } from './types';

const withTeam = 'כל מה שדיברנו עליו עד עכשיו יועבר יחד עם השיחה.';

/**
 * "ביום שני", "ביום שני, 13 באפריל,": Intl names the day with "יום" ("יום שני"), so "on" is the
 * prefix ב (with a maqaf before anything not in Hebrew letters).
 */
function onDay(day: string): string {
  const on = /^[\u05D0-\u05EA]/.test(day) ? `ב${day}` : `ב־${day}`;
  return day.includes(', ') ? `${on},` : on;
}

/**
 * Hebrew: the bot speaks in forms without gender (future "אמשיך", past "ביקשתי", "אפשר" + infinitive
 * for the visitor), and "we" when it apologises.
 */
export const he: Lines = {
  locale: 'he',
  talkToPerson: { label: 'שיחה עם נציג', value: 'אני רוצה לדבר עם מישהו מהצוות.' },
  notIt: { label: 'זה לא עזר', value: 'זה לא עזר לי.' },
  moreIn: (titles) => `למידע נוסף: ${titles}.`,
  hedged: (body, sources) =>
    `נראה לי שזו התשובה לשאלה שלך:\n\n${body}\n\n${sources} אם לא לזה התכוונת, אפשר לנסח את השאלה אחרת או לדבר עם נציג מהצוות שלנו.`,
  unsureRelated:
    'ייתכן שאין לי את התשובה המדויקת לשאלה הזו. אפשר לנסח אותה מחדש, לעיין במאמרים הקשורים האלה או לדבר עם נציג מהצוות שלנו.',
  noAnswer: 'לצערי, אין לי תשובה לשאלה הזו. אפשר לנסח אותה מחדש או לדבר עם נציג מהצוות שלנו.',
  whichOne: 'אשמח לעזור בזה. באיזה מהנושאים האלה מדובר?',
  alternatives:
    'אוכל לעזור בזה כאן ומיד. האם מדובר באחד מהנושאים האלה? אם לא, אעביר את השיחה לנציג מהצוות שלנו.',
  upsetApology:
    'מתנצלים על אי הנעימות. בואו ננסה לפתור את זה יחד — ואם זה לא יספיק, נציג מהצוות שלנו ימשיך את הטיפול.',
  personComing: `אעביר את השיחה לנציג מהצוות שלנו — ${withTeam} בזמן ההמתנה אמשיך לעזור ככל שאוכל.`,
  stillWaiting: 'נציג מהצוות שלנו יצטרף ברגע שיתפנה. בזמן ההמתנה אמשיך לעזור ככל שאוכל.',
  personOffer: `רוצה לדבר עם נציג מהצוות שלנו? ${withTeam}`,
  sorry: 'סליחה, משהו השתבש אצלי ולא הצלחתי להשלים את התשובה. אפשר לשאול שוב או לדבר עם נציג מהצוות שלנו.',
  handoffBecause: {
    frustration: `מצטערים שזה היה כל כך מתסכל. ביקשתי מנציג מהצוות שלנו להצטרף — ${withTeam}`,
    intent_gap: `כאן נדרשת עזרה של הצוות שלנו, אז ביקשתי מנציג להצטרף — ${withTeam}`,
    complexity: `יש כאן לא מעט פרטים, ולכן ביקשתי מנציג מהצוות שלנו להצטרף — ${withTeam}`,
    rule: `נציג מהצוות שלנו יטפל בפנייה הזו — ${withTeam}`,
  },
  keepHelping: 'בזמן ההמתנה אמשיך לעזור ככל שאוכל.',
  fallbackChoices: 'אפשר להשאיר פרטי קשר ונחזור בהקדם, לבקש שנתקשר בחזרה או להמשיך לשוחח איתי.',
  offline: 'הצוות שלנו אינו זמין כרגע.',
  offlineUntil: (when, timezone) => `הצוות שלנו אינו זמין כרגע — נחזור ${when} (לפי שעון ${timezone}).`,
  nobodyOnline: 'כרגע אין נציגים זמינים מהצוות שלנו.',
  nobodyFrom: (department) => `כרגע אין נציגים זמינים מצוות ${department}.`,
  nobodySpeaks: (language) => `כרגע אין נציגים זמינים שמדברים ${language}.`,
  longWait: (wait) => `זמן ההמתנה כרגע הוא ${wait}.`,
  // "כ־" (about) before a number; 2 takes the dual or "שתי": "כשתי דקות", "כשעתיים".
  wait: {
    underMinute: 'פחות מדקה',
    minute: 'כדקה',
    minutes: (n) => (n === 2 ? 'כשתי דקות' : `כ־${n} דקות`),
    hour: 'כשעה',
    hours: (n) => (n === 2 ? 'כשעתיים' : `כ־${n} שעות`),
  },
  opening: {
    today: (clock) => `היום בשעה ${clock}`,
    tomorrow: (clock) => `מחר בשעה ${clock}`,
    on: (day, clock) => `${onDay(day)} בשעה ${clock}`,
  },
  searching: 'מחפשים תשובה במאמרי העזרה שלנו…',
};
