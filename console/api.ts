import type {
  AgentProfile,
  ApiError,
  ConversationList,
  ConversationState,
  InboxView,
  LoginRequest,
} from '../worker/protocol';

/** A failed API call, carrying the server's `{error, message}` when it sent one. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Listener = () => void;
const authLostListeners = new Set<Listener>();

/** Called whenever the server says the session is gone (401 unauthorized). */
export function onAuthLost(fn: Listener): () => void {
  authLostListeners.add(fn);
  return () => authLostListeners.delete(fn);
}

function isApiError(data: unknown): data is ApiError {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as ApiError).error === 'string' &&
    typeof (data as ApiError).message === 'string'
  );
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    // Same origin as the API: the HttpOnly session cookie rides along, and the browser adds Origin to POSTs.
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure(0, 'network', 'Cannot reach the server. Check your connection and try again.');
  }
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = isApiError(data)
      ? data
      : { error: `http_${res.status}`, message: `The server answered ${res.status}.` };
    if (res.status === 401 && err.error === 'unauthorized') for (const fn of [...authLostListeners]) fn();
    throw new ApiFailure(res.status, err.error, err.message);
  }
  return data as T;
}

/** The logged-in agent, or null when there is no session. */
export async function getMe(): Promise<AgentProfile | null> {
  try {
    return await request<AgentProfile>('GET', '/api/me');
  } catch (err) {
    if (err instanceof ApiFailure && err.status === 401) return null;
    throw err;
  }
}

export const login = (body: LoginRequest) => request<AgentProfile>('POST', '/api/auth/login', body);

export const logout = () => request<void>('POST', '/api/auth/logout');

export const listConversations = (view: InboxView) =>
  request<ConversationList>('GET', `/api/conversations?view=${encodeURIComponent(view)}`);

/** Used to tell "gone" from "offline" when a conversation socket keeps failing to open. */
export const getConversation = (id: string) =>
  request<{ state: ConversationState }>('GET', `/api/conversations/${encodeURIComponent(id)}`);

export const closeConversation = (id: string) =>
  request<{ state: ConversationState }>('POST', `/api/conversations/${encodeURIComponent(id)}/close`);

/** Absolute ws(s):// URL for a same-origin path. */
export function socketUrl(path: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path}`;
}
