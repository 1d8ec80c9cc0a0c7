import { base64url } from '../lib/crypto';

/**
 * Standard Webhooks signatures: `webhook-id`, `webhook-timestamp` and
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. The secret is
 * `whsec_<base64>` (or raw text), as the spec's libraries accept.
 */
export async function signWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const keyBytes = secret.startsWith('whsec_')
    ? fromBase64(secret.slice(6))
    : new TextEncoder().encode(secret);
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  return `v1,${toBase64(new Uint8Array(mac))}`;
}

const RETRY_DELAYS_MS = [0, 1000, 5000];

/** POSTs a signed event; retries twice on failure. Returns 'sent' or the last error. */
export async function deliverWebhook(
  url: string,
  secret: string,
  type: string,
  data: unknown,
  fetcher: typeof fetch = fetch,
): Promise<string> {
  const id = `msg_${base64url(crypto.getRandomValues(new Uint8Array(12)))}`;
  const timestamp = Math.floor(Date.now() / 1000);
  const body = JSON.stringify({ type, timestamp: new Date(timestamp * 1000).toISOString(), data });
  const signature = await signWebhook(secret, id, timestamp, body);
  let last = 'not sent';
  for (const delay of RETRY_DELAYS_MS) {
    if (delay) await new Promise((r) => setTimeout(r, delay));
    try {
      const res = await fetcher(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'webhook-id': id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signature,
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (res.ok) return 'sent';
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
  }
  return last;
}

function toBase64(buf: Uint8Array): string {
  let s = '';
  for (const b of buf) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
