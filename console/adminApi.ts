import { request } from './api';

// Client-side mirrors of the admin API's shapes (worker/api/admin.ts, worker/routing/settings.ts,
// worker/bot/actions.ts). They live outside worker/protocol on the server, and importing them
// would pull zod and the worker's environment types into the console.

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface OpeningInterval {
  open: string;
  close: string;
}

export interface BusinessHours {
  timezone: string;
  weekly: Record<Weekday, OpeningInterval[]>;
  holidays: string[];
}

export interface WorkspaceSettings {
  hours: BusinessHours | null;
  maxWaitSeconds: number;
  offerTimeoutSeconds: number;
  graceSeconds: number;
  replyTimeoutMinutes: number;
  departments: string[];
  ticketWebhookUrl: string | null;
  webhookSecret: string | null;
}

export interface AdminSettings {
  name: string;
  /** The message every new conversation opens with… */
  greeting: string;
  /** …or this one, by language code, for a visitor in that language. */
  greetings: Record<string, string>;
  color: string;
  allowedOrigins: string[];
  siteKey: string;
  settings: WorkspaceSettings;
}

export interface AgentRouting {
  departments: string[];
  languages: string[];
  capacity: number;
}

export interface AdminAgent extends AgentRouting {
  id: string;
  name: string;
  email: string;
  role: 'agent' | 'admin';
}

export interface BotActionInput {
  name: string;
  description: string;
  /** JSON Schema of the input (an object schema). */
  parameters: Record<string, unknown>;
  url: string;
  secretHeader: string | null;
  /** Write-only: the server never sends it back. Left out of an update, the stored one stays. */
  secretValue?: string | null;
  visitorText: string;
}

export interface BotAction extends Omit<BotActionInput, 'secretValue'> {
  id: string;
  enabled: boolean;
  hasSecret: boolean;
  createdAt: number;
}

export const getSettings = () => request<AdminSettings>('GET', '/api/admin/settings');

export const saveSettings = (body: { settings: WorkspaceSettings }) =>
  request<{ ok: true }>('PUT', '/api/admin/settings', body);

/** The widget's fields; any subset (greetings replaces the whole set). */
export const saveWidgetSettings = (body: {
  greeting?: string;
  greetings?: Record<string, string>;
  color?: string;
  allowedOrigins?: string[];
}) => request<{ ok: true }>('PUT', '/api/admin/settings', body);

export const listAgents = () => request<{ agents: AdminAgent[] }>('GET', '/api/admin/agents');

export const saveAgentRouting = (id: string, body: AgentRouting) =>
  request<{ ok: true }>('PUT', `/api/admin/agents/${encodeURIComponent(id)}/routing`, body);

export const listActions = () => request<{ actions: BotAction[] }>('GET', '/api/admin/actions');

export const createAction = (body: BotActionInput) =>
  request<{ id: string }>('POST', '/api/admin/actions', { secretValue: null, ...body });

export const updateAction = (id: string, body: Partial<BotActionInput> & { enabled?: boolean }) =>
  request<{ ok: true }>('PUT', `/api/admin/actions/${encodeURIComponent(id)}`, body);

export const deleteAction = (id: string) =>
  request<void>('DELETE', `/api/admin/actions/${encodeURIComponent(id)}`);
