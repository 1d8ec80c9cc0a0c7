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
import type { Language, Table } from './index';
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
import { uk } from './uk';
import { vi } from './vi';
import { zh } from './zh';

/** Every table at once, for tests and tools; the widget loads only the visitor's (see index.ts). */
export const tables: Record<Language, Table> = {
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
