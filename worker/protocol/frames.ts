import { z } from 'zod';
import { MAX_BODY_CHARS, MAX_CLIENT_ID_CHARS } from './limits';
import { ConversationState, ConversationSummary, Message, Role } from './model';
import { AgentPresence, Offer, PresenceStatus, QueueEntry } from './routing';

// ── Client → server ──

/** First frame on every socket: nothing else is accepted before it. */
export const HelloFrame = z.object({
  type: z.literal('hello'),
  /** Highest seq the client already has; the server replies with everything after it. */
  lastSeq: z.number().int().nonnegative(),
});

export const SendFrame = z.object({
  type: z.literal('message'),
  clientId: z.string().min(1).max(MAX_CLIENT_ID_CHARS),
  body: z.string().trim().min(1).max(MAX_BODY_CHARS),
  /** Agents only: an internal note, never shown to the visitor. */
  internal: z.boolean().optional(),
});

export type SendFrame = z.infer<typeof SendFrame>;

export const TypingFrame = z.object({ type: z.literal('typing'), on: z.boolean() });
export const ReadFrame = z.object({ type: z.literal('read'), seq: z.number().int().nonnegative() });
export const PingFrame = z.object({ type: z.literal('ping') });

export const ClientFrame = z.discriminatedUnion('type', [
  HelloFrame,
  SendFrame,
  TypingFrame,
  ReadFrame,
  PingFrame,
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

// ── Server → client ──

export const WelcomeFrame = z.object({
  type: z.literal('welcome'),
  you: z.object({ role: Role, id: z.string(), name: z.string().nullable() }),
  state: ConversationState,
  /** Every message after the client's lastSeq that this role may see, in order. */
  messages: z.array(Message),
});

export const MessageFrame = z.object({ type: z.literal('message'), message: Message });
export const AckFrame = z.object({
  type: z.literal('ack'),
  clientId: z.string(),
  seq: z.number().int(),
  at: z.number().int(),
});
export const PeerTypingFrame = z.object({
  type: z.literal('typing'),
  role: Role,
  name: z.string().nullable(),
  on: z.boolean(),
});
/**
 * A bot reply as it is written. The final text arrives as a `message` whose clientId is
 * this `id`; `cancelled` means a person took over and the partial reply must go.
 */
export const StreamFrame = z.object({
  type: z.literal('stream'),
  id: z.string(),
  delta: z.string(),
  /** A friendly line about what the bot is doing ("Looking up your order…"). */
  status: z.string().optional(),
  cancelled: z.boolean().optional(),
});
export const StateFrame = z.object({ type: z.literal('state'), state: ConversationState });
/** Agents only: the handoff brief was rewritten (e.g. the model's version arrived); fetch it again. */
export const BriefFrame = z.object({ type: z.literal('brief'), at: z.number() });
export const PongFrame = z.object({ type: z.literal('pong') });

export const ErrorCode = z.enum([
  'bad_json',
  'bad_frame',
  'too_large',
  'hello_required',
  'forbidden',
  'conversation_closed',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;
export const ErrorFrame = z.object({
  type: z.literal('error'),
  code: ErrorCode,
  message: z.string(),
  /** The clientId of the frame that failed, when there was one. */
  ref: z.string().optional(),
});

export const ServerFrame = z.discriminatedUnion('type', [
  WelcomeFrame,
  MessageFrame,
  AckFrame,
  PeerTypingFrame,
  StreamFrame,
  StateFrame,
  BriefFrame,
  PongFrame,
  ErrorFrame,
]);
export type ServerFrame = z.infer<typeof ServerFrame>;

// ── Inbox feed: the console's socket to its workspace (presence, queue, offers) ──

export const InboxClientFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('status'), status: PresenceStatus }),
  z.object({ type: z.literal('accept'), offerId: z.string().max(64) }),
  z.object({
    type: z.literal('decline'),
    offerId: z.string().max(64),
    reason: z.string().max(200).optional(),
  }),
  /** Manual pick-up from the queue (or jumping into a bot conversation). */
  z.object({ type: z.literal('pickup'), conversationId: z.string().max(64) }),
  z.object({ type: z.literal('ping') }),
]);
export type InboxClientFrame = z.infer<typeof InboxClientFrame>;

export const InboxFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('conversation'), conversation: ConversationSummary }),
  /** Everyone's presence and the queue, sent on connect and whenever either changes. */
  z.object({
    type: z.literal('team'),
    agents: z.array(AgentPresence),
    queue: z.array(QueueEntry),
    you: PresenceStatus,
  }),
  z.object({ type: z.literal('offer'), offer: Offer }),
  z.object({
    type: z.literal('offer_withdrawn'),
    offerId: z.string(),
    conversationId: z.string(),
    reason: z.enum(['timeout', 'declined', 'taken', 'cancelled']),
    byName: z.string().nullable(),
  }),
  /** The answer to accept/pickup: exactly one agent gets ok. */
  z.object({
    type: z.literal('claim_result'),
    /** The offer accepted (absent for a pick-up). */
    offerId: z.string().optional(),
    /** Null when the accepted offer was already gone. */
    conversationId: z.string().nullable(),
    ok: z.boolean(),
    message: z.string(),
  }),
  /** A transfer the agent started was not taken; the conversation stays with them. */
  z.object({ type: z.literal('transfer_failed'), conversationId: z.string(), message: z.string() }),
  z.object({ type: z.literal('error'), code: ErrorCode, message: z.string() }),
  z.object({ type: z.literal('pong') }),
]);
export type InboxFrame = z.infer<typeof InboxFrame>;
