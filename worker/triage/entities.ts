// Business entities a person needs at a glance: order numbers, emails, phone numbers, money
// amounts, plan tier. Regular expressions compiled once; each runs once per message.

export interface Amount {
  value: number;
  currency: string | null;
  text: string;
}

export interface Entities {
  orderNumbers: string[];
  emails: string[];
  phones: string[];
  amounts: Amount[];
  planTier: string | null;
  urls: string[];
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const URL_RE = /\bhttps?:\/\/[^\s<>"')]+/giu;
// "order #12345", "order number: AB-1234", "pedido 12345", "commande n° 123456", "Bestellnummer 1234"
const ORDER_CONTEXT =
  /\b(?:order|orders|pedido|encomenda|commande|bestellung|bestellnummer|ordine|bestelling|ticket|case|invoice|factura|facture|rechnung|fattura|factuur|booking|reservation|tracking|ref|reference|referencia|référence)\b(?:\s*(?:number|no\.?|nr\.?|n°|nº|num|#|id|número|numéro|nummer|numero|code))?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,24})/giu;
// "#12345" on its own, or an id-looking token mixing letters and 4+ digits ("A1234567", "ORD-2024-118").
const HASH_ID = /(?:^|\s)#([A-Z0-9-]{4,24})\b/giu;
const MIXED_ID = /\b(?=[A-Z0-9-]*\d{4,})(?=[A-Z0-9-]*[A-Z])[A-Z][A-Z0-9]*-?[A-Z0-9-]{3,}\b/gu;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,4}\b/g;

const DATE = /^(\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/;

const CURRENCY_SYMBOL: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  R$: 'BRL',
};
const CURRENCY_WORD: Record<string, string> = {
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  inr: 'INR',
  rs: 'INR',
  rupees: 'INR',
  rupee: 'INR',
  brl: 'BRL',
  reais: 'BRL',
  chf: 'CHF',
  cad: 'CAD',
  aud: 'AUD',
  jpy: 'JPY',
  yen: 'JPY',
  mxn: 'MXN',
  pesos: 'MXN',
};
// A number with thousands separators or decimals in either convention, optionally "k".
const NUM = String.raw`\d{1,3}(?:[.,  ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const AMOUNT_BEFORE = new RegExp(String.raw`(R\$|[$€£¥₹])\s?(${NUM})(k)?\b`, 'giu');
const AMOUNT_AFTER = new RegExp(
  String.raw`\b(${NUM})(k)?\s?(${Object.keys(CURRENCY_WORD).join('|')}|€|\$|£)(?![\p{L}])`,
  'giu',
);
const AMOUNT_CODE_BEFORE = new RegExp(
  String.raw`\b(usd|eur|gbp|inr|rs\.?|chf|cad|aud|brl)\s?(${NUM})(k)?\b`,
  'giu',
);

const PLAN =
  /\b(free|basic|starter|standard|plus|pro|premium|business|enterprise|gold|silver|platinum|team|ultimate)\s+(?:plan|tier|account|subscription|membership|customer|member)\b/iu;

/** "1.234,56" / "1,234.56" / "1 234" / "12,50" → number. */
export function parseNumber(s: string): number {
  const clean = s.replace(/[  ]/g, '');
  const lastSep = Math.max(clean.lastIndexOf('.'), clean.lastIndexOf(','));
  if (lastSep < 0) return Number(clean);
  const decimals = clean.length - lastSep - 1;
  if (decimals === 3) return Number(clean.replace(/[.,]/g, ''));
  const int = clean.slice(0, lastSep).replace(/[.,]/g, '');
  return Number(`${int}.${clean.slice(lastSep + 1)}`);
}

function pushUnique<T>(list: T[], item: T, key: (x: T) => string) {
  if (!list.some((x) => key(x) === key(item))) list.push(item);
}

export function extractEntities(text: string, attributes: Record<string, string> = {}): Entities {
  const out: Entities = { orderNumbers: [], emails: [], phones: [], amounts: [], planTier: null, urls: [] };
  for (const m of text.matchAll(EMAIL)) pushUnique(out.emails, m[0], (x) => x.toLowerCase());
  for (const m of text.matchAll(URL_RE)) pushUnique(out.urls, m[0], (x) => x);
  for (const m of text.matchAll(ORDER_CONTEXT)) {
    const id = m[1]!;
    if (/\d/.test(id)) pushUnique(out.orderNumbers, id.toUpperCase(), (x) => x);
  }
  for (const m of text.matchAll(HASH_ID))
    if (/\d/.test(m[1]!)) pushUnique(out.orderNumbers, m[1]!.toUpperCase(), (x) => x);
  const withoutEmails = text.replace(EMAIL, ' ').replace(URL_RE, ' ');
  for (const m of withoutEmails.matchAll(MIXED_ID))
    pushUnique(out.orderNumbers, m[0].toUpperCase(), (x) => x);
  const amount = (raw: string, k: string | undefined, currency: string | null, whole: string) => {
    const value = parseNumber(raw) * (k ? 1000 : 1);
    if (Number.isFinite(value))
      pushUnique(out.amounts, { value, currency, text: whole.trim() }, (x) => x.text);
  };
  for (const m of text.matchAll(AMOUNT_BEFORE)) amount(m[2]!, m[3], CURRENCY_SYMBOL[m[1]!] ?? null, m[0]);
  for (const m of text.matchAll(AMOUNT_CODE_BEFORE))
    amount(m[2]!, m[3], CURRENCY_WORD[m[1]!.toLowerCase().replace('.', '')] ?? null, m[0]);
  for (const m of text.matchAll(AMOUNT_AFTER)) {
    const unit = m[3]!.toLowerCase();
    amount(m[1]!, m[2], CURRENCY_WORD[unit] ?? CURRENCY_SYMBOL[unit] ?? null, m[0]);
  }
  const amountTexts = out.amounts.map((a) => a.text);
  for (const m of withoutEmails.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15 || DATE.test(m[0].trim())) continue;
    if (amountTexts.some((a) => a.includes(m[0].trim())) || out.orderNumbers.some((o) => o.includes(digits)))
      continue;
    pushUnique(out.phones, m[0].trim(), (x) => x.replace(/\D/g, ''));
  }
  const plan =
    attributes.plan ??
    attributes.planTier ??
    attributes.plan_tier ??
    attributes.tier ??
    attributes.subscription;
  out.planTier = plan ?? PLAN.exec(text)?.[1]?.toLowerCase() ?? null;
  return out;
}

/** Entities of several messages merged, first mention first. */
export function mergeEntities(list: Entities[]): Entities {
  const out: Entities = { orderNumbers: [], emails: [], phones: [], amounts: [], planTier: null, urls: [] };
  for (const e of list) {
    for (const x of e.orderNumbers) pushUnique(out.orderNumbers, x, (v) => v);
    for (const x of e.emails) pushUnique(out.emails, x, (v) => v.toLowerCase());
    for (const x of e.phones) pushUnique(out.phones, x, (v) => v.replace(/\D/g, ''));
    for (const x of e.amounts) pushUnique(out.amounts, x, (v) => v.text);
    for (const x of e.urls) pushUnique(out.urls, x, (v) => v);
    out.planTier ??= e.planTier;
  }
  return out;
}
