import type { Brief, BriefEntity, BriefMood, HandoffReason } from '../worker/protocol';

/**
 * The brief arrives as plain JSON from `GET /api/conversations/:id`. A brief written by an older
 * or newer server may not match this console's shape: `isBrief` decides whether the typed view
 * can be used, and anything else is shown as generic key/values.
 */
export function isBrief(x: unknown): x is Brief {
  if (typeof x !== 'object' || x === null) return false;
  const b = x as Partial<Brief>;
  return (
    typeof b.headline === 'string' &&
    typeof b.intent === 'string' &&
    typeof b.nextStep === 'string' &&
    Array.isArray(b.tried) &&
    Array.isArray(b.entities) &&
    typeof b.sentiment === 'object' &&
    b.sentiment !== null &&
    typeof b.customer === 'object' &&
    b.customer !== null &&
    typeof b.trigger === 'object' &&
    b.trigger !== null
  );
}

export const REASON_LABEL: Record<HandoffReason, string> = {
  human_request: 'Asked for a person',
  frustration: 'Frustrated customer',
  intent_gap: 'Bot could not answer',
  complexity: 'Complex case',
  rule: 'Routing rule',
};

/** Offer and queue reasons are free text on the wire; known triage codes read better as words. */
export function reasonLabel(reason: string | null | undefined): string | null {
  if (!reason) return null;
  return (REASON_LABEL as Record<string, string>)[reason] ?? humanize(reason);
}

export const MOOD_LABEL: Record<BriefMood, string> = {
  satisfied: 'Satisfied',
  neutral: 'Neutral',
  frustrated: 'Frustrated',
  angry: 'Angry',
};

const ENTITY_LABEL: Record<BriefEntity['type'], string> = {
  order: 'Order',
  email: 'Email',
  phone: 'Phone',
  amount: 'Amount',
  plan: 'Plan',
  url: 'Link',
};
export const entityLabel = (t: string) => (ENTITY_LABEL as Record<string, string>)[t] ?? humanize(t);

/** "nextStep" / "next_step" → "Next step". */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const percent = (x: number) => `${Math.round(Math.max(0, Math.min(1, x)) * 100)}%`;
