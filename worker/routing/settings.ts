import { z } from 'zod';
import type { Env } from '../env';
import { BusinessHours } from './core';

/** Per-workspace handoff settings, stored as JSON on the workspace row and parsed here. */
export const WorkspaceSettings = z.object({
  hours: BusinessHours.nullable().default(null),
  /** Above this estimated wait the visitor is told and offered alternatives before queueing. */
  maxWaitSeconds: z
    .number()
    .int()
    .positive()
    .default(20 * 60),
  offerTimeoutSeconds: z.number().int().min(5).max(600).default(30),
  /** An agent whose console is gone this long is offline; their conversations go back to the queue. */
  graceSeconds: z.number().int().min(5).max(3600).default(60),
  /** An assigned agent who has not replied this long gets the conversation re-offered. */
  replyTimeoutMinutes: z.number().min(0.1).max(240).default(5),
  departments: z.array(z.string().min(1).max(60)).max(50).default([]),
  /** Fallback tickets are POSTed here, signed (Standard Webhooks). */
  ticketWebhookUrl: z.url().nullable().default(null),
  webhookSecret: z.string().nullable().default(null),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>;

export interface RoutingSettings {
  hours: WorkspaceSettings['hours'];
  maxWaitSeconds: number;
  offerTtlMs: number;
  graceMs: number;
  replyTimeoutMs: number;
}

export function parseWorkspaceSettings(raw: unknown): WorkspaceSettings {
  const parsed = WorkspaceSettings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : WorkspaceSettings.parse({});
}

export async function loadWorkspaceSettings(
  env: Env,
  workspaceId: string | null,
): Promise<WorkspaceSettings> {
  if (!workspaceId) return WorkspaceSettings.parse({});
  const row = await env.DB.prepare('SELECT settings FROM workspaces WHERE id = ?')
    .bind(workspaceId)
    .first<{ settings: string | null }>();
  return parseWorkspaceSettings(row?.settings ? JSON.parse(row.settings) : {});
}

export async function loadRoutingSettings(env: Env, workspaceId: string | null): Promise<RoutingSettings> {
  const s = await loadWorkspaceSettings(env, workspaceId);
  return {
    hours: s.hours,
    maxWaitSeconds: s.maxWaitSeconds,
    offerTtlMs: s.offerTimeoutSeconds * 1000,
    graceMs: s.graceSeconds * 1000,
    replyTimeoutMs: s.replyTimeoutMinutes * 60_000,
  };
}

const StringList = z.array(z.string()).catch([]);

export async function loadAgentProfile(env: Env, workspaceId: string, agentId: string) {
  const row = await env.DB.prepare(
    'SELECT id, name, departments, languages, capacity FROM agents WHERE id = ? AND workspace_id = ?',
  )
    .bind(agentId, workspaceId)
    .first<{ id: string; name: string; departments: string; languages: string; capacity: number }>();
  if (!row) return null;
  return {
    agentId: row.id,
    name: row.name,
    departments: StringList.parse(JSON.parse(row.departments || '[]')),
    languages: StringList.parse(JSON.parse(row.languages || '[]')),
    capacity: row.capacity,
  };
}
