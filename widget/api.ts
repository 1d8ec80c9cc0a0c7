import type {
  ConversationState,
  WidgetConversationRequest,
  WidgetConversationResponse,
  WidgetCurrentConversationResponse,
} from '../worker/protocol';

/** The widget's REST calls. The iframe is served from the worker's origin, so these are same-origin. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The server's error code (`bad_request`, `not_found`…), when it sent one. */
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

async function call<T>(path: string, token: string, method = 'GET', body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`/api/widget${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    const err = (await res.json().catch(() => null)) as { error?: string; message?: string } | null;
    throw new ApiError(res.status, err?.message ?? res.statusText, err?.error ?? null);
  }
  return (await res.json()) as T;
}

const conv = (id: string) => `/conversations/${encodeURIComponent(id)}`;

/** The visitor's open conversation, or null when there is none. */
export async function currentConversation(token: string): Promise<WidgetConversationResponse | null> {
  const { conversation } = await call<WidgetCurrentConversationResponse>('/conversations/current', token);
  return conversation;
}

/** Starts a conversation; `language` (the visitor's, if known) sets the bot's first lines' language. */
export function createConversation(
  token: string,
  language: string | null,
): Promise<WidgetConversationResponse> {
  const body: WidgetConversationRequest = language ? { language } : {};
  return call<WidgetConversationResponse>('/conversations', token, 'POST', body);
}

/** Stop waiting for a person: the conversation goes back to the bot. */
export function leaveQueue(token: string, id: string): Promise<{ state: ConversationState | null }> {
  return call(`${conv(id)}/leave-queue`, token, 'POST');
}

/**
 * Contact details or a callback request when nobody can come (mirrors `TicketRequest` in
 * worker/api/tickets.ts): callbacks need a phone; contact details an email or a phone.
 */
export interface TicketRequest {
  kind: 'contact' | 'callback';
  name: string;
  email?: string;
  phone?: string;
  message: string;
}

export function createTicket(token: string, id: string, ticket: TicketRequest): Promise<{ id: string }> {
  return call(`${conv(id)}/ticket`, token, 'POST', ticket);
}

/** Satisfaction rating after the conversation closed. Not served yet: see `csatEnabled`. */
export function rateConversation(token: string, id: string, score: number): Promise<unknown> {
  return call(`${conv(id)}/rating`, token, 'POST', { score });
}
