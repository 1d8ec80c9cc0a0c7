import type { WidgetConversationResponse } from '../worker/protocol';

/** The widget's REST calls. The iframe is served from the worker's origin, so these are same-origin. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, token: string, method = 'GET'): Promise<T> {
  const res = await fetch(`/api/widget${path}`, { method, headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new ApiError(res.status, body?.message ?? res.statusText);
  }
  return (await res.json()) as T;
}

/** The visitor's open conversation, or null when there is none. */
export async function currentConversation(token: string): Promise<WidgetConversationResponse | null> {
  try {
    return await call<WidgetConversationResponse>('/conversations/current', token);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

export function createConversation(token: string): Promise<WidgetConversationResponse> {
  return call<WidgetConversationResponse>('/conversations', token, 'POST');
}
