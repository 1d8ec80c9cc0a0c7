import { baseLanguage } from '../lines';

/**
 * The greeting a new conversation opens with: the workspace's in the visitor's language when it
 * wrote one ("fr" for "fr-CA"), else its default greeting.
 */
export function greetingFor(
  greeting: string,
  greetings: Readonly<Record<string, string>> | null | undefined,
  language: string | null | undefined,
): string {
  const base = baseLanguage(language);
  return (base && greetings && Object.hasOwn(greetings, base) && greetings[base]) || greeting;
}
