// The only database surface the knowledge base uses, so the same ingestion and retrieval code
// runs on D1 in the worker and on node:sqlite in a CLI (stores/nodeSqlite.ts). Plain SQLite SQL only.

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;
export interface Statement {
  sql: string;
  params?: SqlValue[];
}

export interface SqlStore {
  all<T = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }>;
  /** Runs the statements in order, atomically (one D1 batch / one transaction); each one's rows. */
  batch(statements: Statement[]): Promise<Row[][]>;
}

export const stmt = (sql: string, ...params: SqlValue[]): Statement => ({ sql, params });

// The slice of D1's binding used here, spelled out so Node code importing this module type-checks
// without the Workers types; a real D1Database fits it.
interface D1Statement {
  all<T>(): Promise<{ results: T[] }>;
  run(): Promise<{ meta: { changes: number } }>;
}
export interface D1Like {
  prepare(sql: string): { bind(...values: unknown[]): D1Statement };
  batch(statements: D1Statement[]): Promise<{ results?: unknown[] }[]>;
}

/** A SqlStore over a D1 binding. */
export function d1Store(db: D1Like): SqlStore {
  const prepare = (sql: string, params: SqlValue[] = []) => db.prepare(sql).bind(...params);
  return {
    async all<T>(sql: string, params?: SqlValue[]) {
      return (await prepare(sql, params).all<T>()).results;
    },
    async run(sql, params) {
      return { changes: (await prepare(sql, params).run()).meta.changes };
    },
    async batch(statements) {
      if (statements.length === 0) return [];
      const results = await db.batch(statements.map((s) => prepare(s.sql, s.params)));
      return results.map((r) => (r.results ?? []) as Row[]);
    },
  };
}
