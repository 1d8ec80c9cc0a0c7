import { z } from 'zod';
import { ConversationSummary, Message } from './model';

/** POST /api/widget/session — the loader trades the site key (and a remembered visitor key) for a token. */
export const WidgetSessionRequest = z.object({
  siteKey: z.string().min(8).max(128),
  visitorKey: z.string().min(16).max(128).optional(),
  name: z.string().trim().max(120).optional(),
  email: z.email().max(254).optional(),
});
export type WidgetSessionRequest = z.infer<typeof WidgetSessionRequest>;

export const WidgetSettings = z.object({
  workspaceName: z.string(),
  greeting: z.string(),
  color: z.string(),
});
export type WidgetSettings = z.infer<typeof WidgetSettings>;

export const WidgetSessionResponse = z.object({
  token: z.string(),
  expiresAt: z.number().int(),
  visitorKey: z.string(),
  visitorId: z.string(),
  settings: WidgetSettings,
});
export type WidgetSessionResponse = z.infer<typeof WidgetSessionResponse>;

/**
 * Starting a conversation. `language`: the visitor's own (the host page's choice, else the
 * browser's first), so the bot's first lines are in it before a message says otherwise.
 */
export const WidgetConversationRequest = z.object({
  language: z
    .string()
    .max(35)
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'a language tag such as "fr" or "pt-BR"')
    .optional(),
});
export type WidgetConversationRequest = z.infer<typeof WidgetConversationRequest>;
export const WidgetConversationResponse = z.object({ id: z.string(), status: z.string() });
export type WidgetConversationResponse = z.infer<typeof WidgetConversationResponse>;
/** The visitor's open conversation, if any (null on a first visit). */
export const WidgetCurrentConversationResponse = z.object({
  conversation: WidgetConversationResponse.nullable(),
});
export type WidgetCurrentConversationResponse = z.infer<typeof WidgetCurrentConversationResponse>;

export const LoginRequest = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const AgentProfile = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(['agent', 'admin']),
  workspaceId: z.string(),
  workspaceName: z.string(),
});
export type AgentProfile = z.infer<typeof AgentProfile>;

export const InboxView = z.enum(['open', 'mine', 'closed', 'all']);
export type InboxView = z.infer<typeof InboxView>;

export const ConversationList = z.object({ conversations: z.array(ConversationSummary) });
export type ConversationList = z.infer<typeof ConversationList>;

export const MessageList = z.object({ messages: z.array(Message) });
export type MessageList = z.infer<typeof MessageList>;

export const ApiError = z.object({ error: z.string(), message: z.string() });
export type ApiError = z.infer<typeof ApiError>;
