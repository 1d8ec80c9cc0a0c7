import type { ConversationState, ConversationStatus, Message } from '../worker/protocol';

/** The customer behind a conversation, as `GET /api/conversations/:id` returns it. */
export interface ContactDetail {
  id: string;
  name: string | null;
  email: string | null;
  attributes: Record<string, unknown> | null;
  createdAt: number;
  lastSeenAt: number | null;
}

export interface PreviousConversation {
  id: string;
  status: ConversationStatus;
  preview: string;
  updatedAt: number;
}

/** `GET /api/conversations/:id`. The brief's shape is read defensively (see briefModel.ts). */
export interface ConversationDetail {
  state: ConversationState | null;
  messages: Message[];
  brief: unknown;
  contact: ContactDetail | null;
  previous: PreviousConversation[];
}
