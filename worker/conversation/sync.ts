import type { ConversationSummary, Message } from '../protocol';
import type { Meta } from './transcript';

/** Rows per D1 batch: stays well under D1's statement limits. */
export const SYNC_BATCH = 200;

/**
 * Writes the conversation's unsynced messages and its index row to D1.
 * Idempotent: messages are keyed by (conversation, seq), so a retried alarm rewrites nothing.
 */
export async function writeToD1(
  db: D1Database,
  meta: Meta,
  pending: Message[],
  preview: string,
): Promise<void> {
  const stmts = pending.map((m) =>
    db
      .prepare(
        `INSERT OR IGNORE INTO messages (conversation_id, seq, workspace_id, client_id, kind, author_id, author_name, body, at, data)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        meta.id,
        m.seq,
        meta.workspaceId,
        m.clientId,
        m.kind,
        m.authorId,
        m.authorName,
        m.body,
        m.at,
        m.data ? JSON.stringify(m.data) : null,
      ),
  );
  stmts.push(indexRowStatement(db, meta, preview));
  await db.batch(stmts);
}

export function indexRowStatement(db: D1Database, meta: Meta, preview: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO conversations (id, workspace_id, contact_id, status, assignee_id, last_seq, preview, created_at, updated_at, closed_at, score)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET status = excluded.status, assignee_id = excluded.assignee_id, score = excluded.score,
         last_seq = MAX(conversations.last_seq, excluded.last_seq), preview = excluded.preview,
         updated_at = MAX(conversations.updated_at, excluded.updated_at), closed_at = excluded.closed_at`,
    )
    .bind(
      meta.id,
      meta.workspaceId,
      meta.contactId,
      meta.status,
      meta.assigneeId,
      meta.lastSeq,
      preview,
      meta.createdAt,
      meta.lastAt,
      meta.status === 'resolved' ? meta.lastAt : null,
      meta.score ?? null,
    );
}

export function summaryOf(meta: Meta, preview: string): ConversationSummary {
  return {
    id: meta.id,
    status: meta.status,
    contactId: meta.contactId,
    contactName: meta.contactName,
    assigneeId: meta.assigneeId,
    assigneeName: meta.assigneeName,
    lastSeq: meta.lastSeq,
    preview,
    score: meta.score ?? null,
    createdAt: meta.createdAt,
    updatedAt: meta.lastAt,
  };
}
