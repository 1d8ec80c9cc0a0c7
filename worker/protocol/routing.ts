import { z } from 'zod';

/** An agent's explicit availability; `offline` also when their console has been gone past the grace period. */
export const PresenceStatus = z.enum(['online', 'away', 'offline']);
export type PresenceStatus = z.infer<typeof PresenceStatus>;

export const Priority = z.enum(['low', 'normal', 'high', 'urgent']);
export type Priority = z.infer<typeof Priority>;

export const AgentPresence = z.object({
  agentId: z.string(),
  name: z.string(),
  status: PresenceStatus,
  /** Conversations the agent holds now. */
  active: z.number().int().nonnegative(),
  capacity: z.number().int().positive(),
  departments: z.array(z.string()),
  languages: z.array(z.string()),
});
export type AgentPresence = z.infer<typeof AgentPresence>;

/** What the visitor sees while waiting for a person. */
export const QueueInfo = z.object({
  position: z.number().int().positive(),
  /** Estimated seconds until a person joins; null when it cannot be estimated honestly. */
  etaSeconds: z.number().int().nonnegative().nullable(),
});
export type QueueInfo = z.infer<typeof QueueInfo>;

/** Why nobody can come, told to the visitor with real alternatives. */
export const Fallback = z.object({
  reason: z.enum(['closed', 'no_agents', 'long_wait']),
  message: z.string(),
  /** When the team is back, for `closed` (epoch ms). */
  opensAt: z.number().int().nullable(),
});
export type Fallback = z.infer<typeof Fallback>;

/** A private offer to one agent: accept before the customer is connected. */
export const Offer = z.object({
  id: z.string(),
  conversationId: z.string(),
  kind: z.enum(['handoff', 'transfer']),
  contactName: z.string().nullable(),
  priority: Priority,
  department: z.string().nullable(),
  language: z.string().nullable(),
  reason: z.string().nullable(),
  /** The transferring agent's private note. */
  note: z.string().nullable(),
  fromAgentName: z.string().nullable(),
  expiresAt: z.number().int(),
});
export type Offer = z.infer<typeof Offer>;

export const QueueEntry = z.object({
  conversationId: z.string(),
  contactName: z.string().nullable(),
  priority: Priority,
  department: z.string().nullable(),
  language: z.string().nullable(),
  reason: z.string().nullable(),
  position: z.number().int().positive(),
  waitingSince: z.number().int(),
  /** The agent it is offered to right now, if any. */
  offeredTo: z.string().nullable(),
});
export type QueueEntry = z.infer<typeof QueueEntry>;
