import type {
  AgentPresence,
  AgentProfile,
  ApiError,
  ConversationList,
  ConversationState,
  InboxView,
  LoginRequest,
  QueueEntry,
} from '../worker/protocol';
import type { ConversationDetail } from './detailTypes';

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

/** The message to show for any failure: the server's words when it sent some. */
export const failureText = (err: unknown, fallback: string) =>
  err instanceof ApiFailure ? err.message : fallback;

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Same-origin JSON request. Non-2xx answers throw an ApiFailure; 204 resolves to undefined. */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
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
    // Errors come as {error, message}; some answers (a lost pick-up race: 409 {ok, message}) carry only a message.
    const message = (data as { message?: unknown } | null)?.message;
    const err = isApiError(data)
      ? data
      : {
          error: `http_${res.status}`,
          message: typeof message === 'string' && message ? message : `The server answered ${res.status}.`,
        };
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

const conv = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;

/** State, transcript (with notes), brief, contact and their previous conversations. */
export const getConversation = (id: string) => request<ConversationDetail>('GET', conv(id));

export const closeConversation = (id: string) =>
  request<{ state: ConversationState }>('POST', `${conv(id)}/close`);

/** Manual pick-up of a queued or bot-held conversation: 409 when someone else won. */
export const joinConversation = (id: string) =>
  request<{ ok: boolean; message: string }>('POST', `${conv(id)}/join`);

export type TransferTarget = { agentId: string } | { department: string };

/** A warm offer to the target; the conversation stays ours until they accept. */
export const transferConversation = (id: string, target: TransferTarget, note: string) =>
  request<{ ok: boolean; message: string }>('POST', `${conv(id)}/transfer`, { ...target, note });

export const handBack = (id: string) => request<{ state: ConversationState }>('POST', `${conv(id)}/handback`);

export const getTeam = () => request<{ agents: AgentPresence[]; queue: QueueEntry[] }>('GET', '/api/team');

/** Absolute ws(s):// URL for a same-origin path. */
export function socketUrl(path: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path}`;
}
