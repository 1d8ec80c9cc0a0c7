import { z } from 'zod';
import { Fallback, QueueInfo } from './routing';

/**
 * Who wrote a transcript entry. `note` is an internal note: agents only, never the visitor.
 * `action` is a bot tool step: agents see the call and its result, visitors a friendly line.
 */
export const MessageKind = z.enum(['visitor', 'bot', 'agent', 'system', 'note', 'action']);
export type MessageKind = z.infer<typeof MessageKind>;

/** Who holds the conversation. See worker/conversation/state.ts for the transitions. */
export const ConversationStatus = z.enum(['bot', 'queued', 'offered', 'agent', 'resolved']);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

export const Role = z.enum(['visitor', 'agent']);
export type Role = z.infer<typeof Role>;

export const Citation = z.object({ title: z.string(), url: z.string().nullable() });
export type Citation = z.infer<typeof Citation>;

/** A suggested reply the visitor can tap; tapping sends `value` as their message. */
export const QuickReply = z.object({ label: z.string(), value: z.string() });
export type QuickReply = z.infer<typeof QuickReply>;

/**
 * The system lines the server writes, by key, so the widget can say them in the visitor's language
 * (the stored body stays English: agents read it). Values are in `vars`; see worker/conversation/state.ts.
 */
export const SystemLineKey = z.enum([
  'agent_joined',
  'agent_joined_from',
  'requeued_no_reply',
  'agent_left',
  'agent_left_unnamed',
  'requeued',
  'handed_back',
  'left_queue',
  'closed',
  'callback_requested',
  'contact_left',
]);
export type SystemLineKey = z.infer<typeof SystemLineKey>;

export const SystemLine = z.object({
  key: SystemLineKey,
  vars: z.record(z.string(), z.string()).optional(),
});
export type SystemLine = z.infer<typeof SystemLine>;

export const MessageData = z.object({
  citations: z.array(Citation).optional(),
  options: z.array(QuickReply).optional(),
  /** On `action` entries: what the bot called and how it went (agents only). */
  action: z.object({ name: z.string(), input: z.string(), ok: z.boolean(), result: z.string() }).optional(),
  /** The bot's confidence in its answer, 0..1 (agents only). */
  confidence: z.number().optional(),
  /** On `system` entries: which line it is, for the widget to translate (the body is the English). */
  system: SystemLine.optional(),
});
export type MessageData = z.infer<typeof MessageData>;

export const Message = z.object({
  seq: z.number().int().nonnegative(),
  clientId: z.string(),
  kind: MessageKind,
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  at: z.number().int(),
  data: MessageData.optional(),
});
export type Message = z.infer<typeof Message>;

export const ConversationState = z.object({
  id: z.string(),
  status: ConversationStatus,
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  lastSeq: z.number().int().nonnegative(),
  /** Highest seq each side has read. */
  readVisitor: z.number().int().nonnegative(),
  readAgent: z.number().int().nonnegative(),
  /** While waiting for a person: live position and honest estimate. */
  queue: QueueInfo.nullable(),
  /** When nobody can come: the honest reason; the widget offers the alternatives. */
  fallback: Fallback.nullable(),
});
export type ConversationState = z.infer<typeof ConversationState>;

/** One row of the console's inbox, pushed live by the workspace object. */
export const ConversationSummary = z.object({
  id: z.string(),
  status: ConversationStatus,
  contactId: z.string(),
  contactName: z.string().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  lastSeq: z.number().int(),
  preview: z.string(),
  /** Predictive escalation score (0..1) after the latest visitor turn; null before any. */
  score: z.number().nullable(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;
