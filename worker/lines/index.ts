import type { QuickReply } from '../protocol';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { Lines } from './types';

export type { Lines } from './types';

/**
 * The languages the bot's own lines are written in (the seven triage reads best). A conversation
 * in another language gets English lines; a model, when configured, answers in any language.
 */
const TABLES: Record<string, Lines> = { en, es, fr, de, pt, it, nl };
export const LINE_LANGUAGES = Object.keys(TABLES);

/** The lines for a conversation's language (triage's reading, e.g. "fr", "pt-BR"), else English. */
export function linesFor(language: string | null | undefined): Lines {
  const base = language?.toLowerCase().split(/[-_]/, 1)[0];
  return (base && TABLES[base]) || en;
}

const PERSON_VALUES = new Set(Object.values(TABLES).map((l) => l.talkToPerson.value));

/** The "talk to a person" choice, in whichever language it was offered. */
export const isPersonChoice = (o: QuickReply) => PERSON_VALUES.has(o.value);
