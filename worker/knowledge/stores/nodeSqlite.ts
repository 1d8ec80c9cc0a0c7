import type { Row, SqlStore, SqlValue } from '../store';

// Not imported by the worker. The types below are the slice of node:sqlite's DatabaseSync that
// we use, written out so this file type-checks under the worker's tsconfig (no Node types there)
// and any DatabaseSync passes structurally.

interface SyncStatement {
  all(...params: SqlValue[]): unknown[];
  run(...params: SqlValue[]): { changes: number | bigint };
}
export interface SyncDatabase {
  prepare(sql: string): SyncStatement;
  exec(sql: string): void;
}

/** A SqlStore over node:sqlite (`new DatabaseSync(path)`); batches run in one transaction. */
export function nodeSqliteStore(db: SyncDatabase): SqlStore {
  const cache = new Map<string, SyncStatement>();
  const prepare = (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
  return {
    async all<T>(sql: string, params: SqlValue[] = []) {
      return prepare(sql).all(...params) as T[];
    },
    async run(sql, params = []) {
      return { changes: Number(prepare(sql).run(...params).changes) };
    },
    async batch(statements) {
      db.exec('BEGIN');
      try {
        const out = statements.map((s) => prepare(s.sql).all(...(s.params ?? [])) as Row[]);
        db.exec('COMMIT');
        return out;
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      }
    },
  };
}

/**
 * Applies drizzle's migration files (split on its statement breakpoints) to a fresh database,
 * so a CLI gets exactly the worker's schema. Pass the files' texts in order.
 */
export function applyMigrations(db: SyncDatabase, sqlFiles: string[]) {
  db.exec('PRAGMA foreign_keys = ON');
  for (const file of sqlFiles) {
    for (const part of file.split('--> statement-breakpoint')) {
      if (part.trim()) db.exec(part);
    }
  }
}
