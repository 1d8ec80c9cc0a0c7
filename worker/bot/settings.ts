import type { LanguageModelV3 } from '@ai-sdk/provider';
import { db } from '../db/client';
import type { Env } from '../env';
import { loadRules, type Rule } from '../triage';
import { ActionDefinition } from './actions';
import { openAiModel } from './llm';
import type { BotPersona } from './prompt';

export interface BotSettings {
  persona: BotPersona;
  actions: ActionDefinition[];
  model: LanguageModelV3 | null;
  /** The workspace's triage rules (always hand off, route, prioritise, keep the bot out). */
  rules: Rule[];
}

/** LLM mode when a key is set (any OpenAI-compatible server via OPENAI_BASE_URL); else knowledge-base mode. */
export function modelFromEnv(env: Env): LanguageModelV3 | null {
  if (!env.OPENAI_API_KEY) return null;
  return openAiModel({
    apiKey: env.OPENAI_API_KEY,
    baseURL: env.OPENAI_BASE_URL || undefined,
    model: env.OPENAI_MODEL || 'gpt-4o-mini',
  });
}

export async function loadBotSettings(env: Env, workspaceId: string): Promise<BotSettings> {
  const ws = await env.DB.prepare('SELECT name, greeting FROM workspaces WHERE id = ?')
    .bind(workspaceId)
    .first<{ name: string; greeting: string }>();
  const rows = await env.DB.prepare(
    `SELECT name, description, parameters, url, secret_header AS secretHeader, secret_value AS secretValue,
            visitor_text AS visitorText FROM bot_actions WHERE workspace_id = ? AND enabled = 1`,
  )
    .bind(workspaceId)
    .all<Record<string, unknown>>();
  // A malformed stored action is skipped, never fed to the model.
  const actions = rows.results.flatMap((r) => {
    const parsed = ActionDefinition.safeParse({ ...r, parameters: JSON.parse(String(r.parameters)) });
    return parsed.success ? [parsed.data] : [];
  });
  return {
    persona: { workspaceName: ws?.name ?? 'our team', greeting: ws?.greeting ?? '', language: null },
    actions,
    model: modelFromEnv(env),
    rules: await loadRules(db(env.DB), workspaceId),
  };
}

const SETTINGS_TTL_MS = 30_000;
const cache = new Map<string, { at: number; value: Promise<BotSettings> }>();

/**
 * Bot settings per workspace, cached at module level: conversations of one workspace that share
 * an isolate share one copy, so a new conversation's first answer does not wait on D1 for them.
 */
export function cachedBotSettings(env: Env, workspaceId: string): Promise<BotSettings> {
  const hit = cache.get(workspaceId);
  if (hit && Date.now() - hit.at < SETTINGS_TTL_MS) return hit.value;
  const value = loadBotSettings(env, workspaceId);
  cache.set(workspaceId, { at: Date.now(), value });
  // A failed load is not remembered.
  value.catch(() => cache.delete(workspaceId));
  return value;
}
