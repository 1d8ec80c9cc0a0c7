import { and, asc, eq, max } from 'drizzle-orm';
import type { Db } from '../db/client';
import { triageRules } from '../db/schema';
import { Rule, RuleActions, RuleConditions, type RuleInput } from './rules';

// Triage rules in D1 (table triage_rules). The one triage file that does I/O, through the drizzle
// handle it is given; the decisions themselves (rules.ts, assess.ts) stay pure.

/** More than enough for any workspace; keeps evaluation per message trivially cheap. */
export const MAX_RULES_PER_WORKSPACE = 200;

export interface StoredRule extends Rule {
  position: number;
  createdAt: number;
  updatedAt: number;
}

type Row = typeof triageRules.$inferSelect;

/** A row back to a rule; a row that no longer validates (older shape) is skipped, never applied half-read. */
function fromRow(row: Row): StoredRule | null {
  const when = RuleConditions.safeParse(row.conditions);
  const actions = RuleActions.safeParse(row.actions);
  if (!when.success || !actions.success) return null;
  return {
    id: row.id,
    name: row.name,
    enabled: row.enabled,
    when: when.data,
    actions: actions.data,
    position: row.position,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Every rule of the workspace, in evaluation order (disabled ones included). */
export async function listRules(d: Db, workspaceId: string): Promise<StoredRule[]> {
  const rows = await d
    .select()
    .from(triageRules)
    .where(eq(triageRules.workspaceId, workspaceId))
    .orderBy(asc(triageRules.position), asc(triageRules.createdAt));
  return rows.map(fromRow).filter((r): r is StoredRule => r !== null);
}

/** What assessMessage needs: the enabled rules, in order, as plain Rule objects. */
export async function loadRules(d: Db, workspaceId: string): Promise<Rule[]> {
  return (await listRules(d, workspaceId))
    .filter((r) => r.enabled)
    .map(({ id, name, enabled, when, actions }) => Rule.parse({ id, name, enabled, when, actions }));
}

export async function countRules(d: Db, workspaceId: string): Promise<number> {
  return (
    await d.select({ id: triageRules.id }).from(triageRules).where(eq(triageRules.workspaceId, workspaceId))
  ).length;
}

export async function createRule(
  d: Db,
  workspaceId: string,
  input: RuleInput & { position?: number },
  now = Date.now(),
): Promise<StoredRule> {
  let position = input.position;
  if (position === undefined) {
    const [top] = await d
      .select({ p: max(triageRules.position) })
      .from(triageRules)
      .where(eq(triageRules.workspaceId, workspaceId));
    position = (top?.p ?? -1) + 1;
  }
  const row: Row = {
    id: crypto.randomUUID(),
    workspaceId,
    name: input.name,
    enabled: input.enabled,
    position,
    conditions: input.when as Record<string, unknown>,
    actions: input.actions as Record<string, unknown>,
    createdAt: now,
    updatedAt: now,
  };
  await d.insert(triageRules).values(row);
  return fromRow(row)!;
}

/** Replaces a rule (PUT semantics); null when the workspace has no such rule. */
export async function updateRule(
  d: Db,
  workspaceId: string,
  id: string,
  input: RuleInput & { position?: number },
  now = Date.now(),
): Promise<StoredRule | null> {
  const set: Partial<Row> = {
    name: input.name,
    enabled: input.enabled,
    conditions: input.when as Record<string, unknown>,
    actions: input.actions as Record<string, unknown>,
    updatedAt: now,
  };
  if (input.position !== undefined) set.position = input.position;
  const rows = await d
    .update(triageRules)
    .set(set)
    .where(and(eq(triageRules.id, id), eq(triageRules.workspaceId, workspaceId)))
    .returning();
  return rows[0] ? fromRow(rows[0]) : null;
}

export async function deleteRule(d: Db, workspaceId: string, id: string): Promise<boolean> {
  const rows = await d
    .delete(triageRules)
    .where(and(eq(triageRules.id, id), eq(triageRules.workspaceId, workspaceId)))
    .returning({ id: triageRules.id });
  return rows.length > 0;
}
