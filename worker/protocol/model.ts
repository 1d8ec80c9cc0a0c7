import { z } from 'zod';

/** Who wrote a transcript entry. `note` is an internal note: agents only, never the visitor. */
export const MessageKind = z.enum(['visitor', 'bot', 'agent', 'system', 'note']);
export type MessageKind = z.infer<typeof MessageKind>;

/** Who holds the conversation. See worker/conversation/state.ts for the transitions. */
export const ConversationStatus = z.enum(['bot', 'queued', 'offered', 'agent', 'resolved']);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

export const Role = z.enum(['visitor', 'agent']);
export type Role = z.infer<typeof Role>;

export const Message = z.object({
  seq: z.number().int().nonnegative(),
  clientId: z.string(),
  kind: MessageKind,
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  at: z.number().int(),
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
});
export type ConversationState = z.infer<typeof ConversationState>;

/** One row of the console's inbox, pushed live by the workspace object. */
export const ConversationSummary = z.object({
  id: z.string(),
  status: ConversationStatus,
  contactId: z.string(),
  contactName: z.string().nullable(),
  assigneeId: z.string().nullable(),
  lastSeq: z.number().int(),
  preview: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;
