import type { QuickReply } from '../protocol';
import { baseLanguage } from '../protocol/language';
import { ar } from './ar';
import { bg } from './bg';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { fa } from './fa';
import { fi } from './fi';
import { fr } from './fr';
import { he } from './he';
import { hi } from './hi';
import { hr } from './hr';
import { hu } from './hu';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { no } from './no';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { ru } from './ru';
import { sk } from './sk';
import { sv } from './sv';
import { th } from './th';
import { tl } from './tl';
import { tr } from './tr';
import type { Lines } from './types';
import { uk } from './uk';
import { vi } from './vi';
import { zh } from './zh';

export { baseLanguage } from '../protocol/language';
export type { Lines } from './types';

/**
 * The languages the bot's own lines are written in: the seven triage reads best and the
 * twenty-six more it has word lists for (`triage/lexicons/other-languages.json`). A conversation
 * in another language (Lithuanian, Swahili…) gets English lines; a model, when configured, answers
 * in any language.
 */
const TABLES: Record<string, Lines> = {
  en,
  es,
  fr,
  de,
  pt,
  it,
  nl,
  ru,
  uk,
  pl,
  cs,
  ro,
  tr,
  sv,
  da,
  no,
  fi,
  id,
  vi,
  ar,
  hi,
  ja,
  zh,
  ko,
  he,
  el,
  hu,
  sk,
  hr,
  bg,
  fa,
  tl,
  th,
};
export const LINE_LANGUAGES = Object.keys(TABLES);

/** The lines for a conversation's language (triage's reading, e.g. "fr", "pt-BR"), else English. */
export function linesFor(language: string | null | undefined): Lines {
  const base = baseLanguage(language);
  return base && Object.hasOwn(TABLES, base) ? TABLES[base]! : en;
}

const PERSON_VALUES = new Set(Object.values(TABLES).map((l) => l.talkToPerson.value));

/** The "talk to a person" choice, in whichever language it was offered. */
export const isPersonChoice = (o: QuickReply) => PERSON_VALUES.has(o.value);

const NOT_IT_VALUES = new Set(Object.values(TABLES).map((l) => l.notIt.value));

/** A way out the bot adds to its answers ("that didn't help", "talk to a person"), not a topic. */
export const isWayOut = (o: QuickReply) => PERSON_VALUES.has(o.value) || NOT_IT_VALUES.has(o.value);
