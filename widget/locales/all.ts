import { ar } from './ar';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { hi } from './hi';
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
import { sv } from './sv';
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
};
