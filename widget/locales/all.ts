import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Language, Table } from './index';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';

/** Every table at once, for tests and tools; the widget loads only the visitor's (see index.ts). */
export const tables: Record<Language, Table> = { en, es, fr, de, pt, it, nl };
