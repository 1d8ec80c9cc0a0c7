import type { BotMemory } from '../bot/engine';
import type {
  Brief,
  ConversationStatus,
  Fallback,
  Message,
  MessageData,
  MessageKind,
  Priority,
  QueueInfo,
} from '../protocol';
import type { Decision, TriageState } from '../triage';

/** The conversation object's SQLite storage: schema, meta and the message log. */

const MIGRATIONS: string[] = [
  `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE IF NOT EXISTS messages (
     seq INTEGER PRIMARY KEY,
     author_key TEXT NOT NULL,
     client_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     author_id TEXT,
     author_name TEXT,
     body TEXT NOT NULL,
     at INTEGER NOT NULL,
     UNIQUE (author_key, client_id)
   );`,
  'ALTER TABLE messages ADD COLUMN data TEXT',
];

export function migrate(sql: SqlStorage): void {
  sql.exec('CREATE TABLE IF NOT EXISTS _migrations (version INTEGER PRIMARY KEY)');
  const done = sql.exec<{ v: number | null }>('SELECT MAX(version) AS v FROM _migrations').one().v ?? 0;
  MIGRATIONS.forEach((ddl, i) => {
    if (i + 1 <= done) return;
    sql.exec(ddl);
    sql.exec('INSERT INTO _migrations (version) VALUES (?)', i + 1);
  });
}

/** Everything the object keeps about itself besides messages. */
export interface Meta {
  id: string;
  workspaceId: string;
  contactId: string;
  contactName: string | null;
  status: ConversationStatus;
  assigneeId: string | null;
  assigneeName: string | null;
  createdAt: number;
  lastSeq: number;
  lastAt: number;
  readVisitor: number;
  readAgent: number;
  /** Highest seq written to D1. */
  syncedSeq: number;
  /** Bumped when the index row needs rewriting (status, assignee). */
  indexVersion: number;
  syncedIndexVersion: number;
  bot?: BotMemory;
  queue?: QueueInfo | null;
  fallback?: Fallback | null;
  /** When the holding agent must reply by; re-offered after. */
  replyDueAt?: number | null;
  replyTimeoutMs?: number;
  /** Who helped last (offered first to a returning customer). */
  lastAgentId?: string | null;
  priority?: Priority;
  department?: string | null;
  language?: string | null;
  /** Triage across turns, and its latest outputs (shown to agents). */
  triage?: TriageState;
  lastDecision?: Decision;
  score?: number;
  sentiment?: number;
  contactEmail?: string | null;
  /** Why the conversation was handed to a person (triage reason or the bot's words). */
  handoffReason?: string | null;
  contactAttributes?: Record<string, string>;
}

export function loadMeta(sql: SqlStorage): Meta | null {
  const rows = sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'meta'").toArray();
  return rows[0] ? (JSON.parse(rows[0].value) as Meta) : null;
}

export function saveMeta(sql: SqlStorage, meta: Meta): void {
  sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('meta', ?)", JSON.stringify(meta));
}

// The brief (a few KB) lives in its own row: meta is rewritten on every message, the brief is not.
export function loadBrief(sql: SqlStorage): Brief | null {
  const rows = sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'brief'").toArray();
  return rows[0] ? (JSON.parse(rows[0].value) as Brief) : null;
}

export function saveBrief(sql: SqlStorage, brief: Brief): void {
  sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('brief', ?)", JSON.stringify(brief));
}

interface Row extends Record<string, SqlStorageValue> {
  seq: number;
  client_id: string;
  kind: string;
  author_id: string | null;
  author_name: string | null;
  body: string;
  at: number;
  data: string | null;
}

function toMessage(r: Row): Message {
  const m: Message = {
    seq: r.seq,
    clientId: r.client_id,
    kind: r.kind as MessageKind,
    authorId: r.author_id,
    authorName: r.author_name,
    body: r.body,
    at: r.at,
  };
  if (r.data) m.data = JSON.parse(r.data) as MessageData;
  return m;
}

export function findByClientId(sql: SqlStorage, authorKey: string, clientId: string): Message | null {
  const rows = sql
    .exec<Row>('SELECT * FROM messages WHERE author_key = ? AND client_id = ?', authorKey, clientId)
    .toArray();
  return rows[0] ? toMessage(rows[0]) : null;
}

export function insertMessage(sql: SqlStorage, authorKey: string, m: Message): void {
  sql.exec(
    'INSERT INTO messages (seq, author_key, client_id, kind, author_id, author_name, body, at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    m.seq,
    authorKey,
    m.clientId,
    m.kind,
    m.authorId,
    m.authorName,
    m.body,
    m.at,
    m.data ? JSON.stringify(m.data) : null,
  );
}

/** Messages after `afterSeq`, in order; visitors never see internal notes. */
export function messagesAfter(
  sql: SqlStorage,
  afterSeq: number,
  includeNotes: boolean,
  limit = 10_000,
): Message[] {
  const q = includeNotes
    ? 'SELECT * FROM messages WHERE seq > ? ORDER BY seq LIMIT ?'
    : "SELECT * FROM messages WHERE seq > ? AND kind != 'note' ORDER BY seq LIMIT ?";
  return sql.exec<Row>(q, afterSeq, limit).toArray().map(toMessage);
}

export function lastPreview(sql: SqlStorage): string {
  const rows = sql
    .exec<{ body: string }>(
      "SELECT body FROM messages WHERE kind NOT IN ('note', 'action') ORDER BY seq DESC LIMIT 1",
    )
    .toArray();
  return rows[0]?.body.slice(0, 140) ?? '';
}

export function lastOfKind(sql: SqlStorage, kind: MessageKind): Message | null {
  return recentOfKind(sql, kind, 1)[0] ?? null;
}

/** The last `n` messages of a kind, newest first. */
export function recentOfKind(sql: SqlStorage, kind: MessageKind, n: number): Message[] {
  return sql
    .exec<Row>('SELECT * FROM messages WHERE kind = ? ORDER BY seq DESC LIMIT ?', kind, n)
    .toArray()
    .map(toMessage);
}
