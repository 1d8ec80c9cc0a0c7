import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Every row carries its workspace, so every query can be scoped to one tenant.

export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Public: embedded in the widget's script tag. Useless without an allowed origin. */
  siteKey: text('site_key').notNull().unique(),
  /** JSON array of origins allowed to embed the widget. */
  allowedOrigins: text('allowed_origins', { mode: 'json' }).$type<string[]>().notNull(),
  greeting: text('greeting').notNull(),
  /** The greeting in other languages, by language code ("fr", "pt"): shown to visitors in them. */
  greetings: text('greetings', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
  color: text('color').notNull().default('#4f46e5'),
  /** Handoff settings (hours, waits, timeouts, departments, webhooks): JSON parsed by routing/settings.ts. */
  settings: text('settings', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
  createdAt: integer('created_at').notNull(),
});

export const agents = sqliteTable(
  'agents',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['agent', 'admin'] })
      .notNull()
      .default('agent'),
    /** Routing: departments/skills and languages this agent takes (empty = any), and how many at once. */
    departments: text('departments', { mode: 'json' }).$type<string[]>().notNull().default([]),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull().default([]),
    capacity: integer('capacity').notNull().default(3),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('agents_email').on(t.email)],
);

export const agentSessions = sqliteTable(
  'agent_sessions',
  {
    /** SHA-256 of the cookie value: a leaked table does not leak sessions. */
    tokenHash: text('token_hash').primaryKey(),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id),
    workspaceId: text('workspace_id').notNull(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('agent_sessions_agent').on(t.agentId)],
);

export const contacts = sqliteTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    /** SHA-256 of the visitor key the widget remembers in the host page. */
    visitorKeyHash: text('visitor_key_hash').notNull(),
    name: text('name'),
    email: text('email'),
    attributes: text('attributes', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
  },
  (t) => [uniqueIndex('contacts_visitor_key').on(t.workspaceId, t.visitorKeyHash)],
);

export const conversations = sqliteTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id),
    status: text('status', { enum: ['bot', 'queued', 'offered', 'agent', 'resolved'] }).notNull(),
    assigneeId: text('assignee_id'),
    lastSeq: integer('last_seq').notNull().default(0),
    preview: text('preview').notNull().default(''),
    /** Predictive escalation score after the latest visitor turn (0..1), shown in the inbox. */
    score: real('score'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    closedAt: integer('closed_at'),
  },
  (t) => [
    index('conversations_ws_status').on(t.workspaceId, t.status, t.updatedAt),
    index('conversations_contact').on(t.workspaceId, t.contactId, t.updatedAt),
  ],
);

export const messages = sqliteTable(
  'messages',
  {
    conversationId: text('conversation_id').notNull(),
    seq: integer('seq').notNull(),
    workspaceId: text('workspace_id').notNull(),
    clientId: text('client_id').notNull(),
    kind: text('kind', { enum: ['visitor', 'bot', 'agent', 'system', 'note', 'action'] }).notNull(),
    authorId: text('author_id'),
    authorName: text('author_name'),
    body: text('body').notNull(),
    at: integer('at').notNull(),
    /** Citations, quick replies, bot action details (JSON, protocol MessageData). */
    data: text('data'),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.seq] }), index('messages_ws').on(t.workspaceId, t.at)],
);

// ── Knowledge base ──
// Chunk text is indexed by the FTS5 table `kb_chunks_fts` (external content over kb_chunks,
// kept in sync by triggers); both are created by hand in migrations/0001_knowledge.sql
// because drizzle cannot declare virtual tables.

export const kbDocuments = sqliteTable(
  'kb_documents',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    title: text('title').notNull(),
    format: text('format', { enum: ['markdown', 'text', 'html'] }).notNull(),
    url: text('url'),
    status: text('status', { enum: ['indexing', 'ready', 'failed'] }).notNull(),
    /** Bumped by every edit or re-index; an ingestion job for an older version stops. */
    version: integer('version').notNull().default(1),
    /** The version retrieval serves (0: none yet). The old one stays live while a new one indexes. */
    liveVersion: integer('live_version').notNull().default(0),
    liveChunks: integer('live_chunks').notNull().default(0),
    chunksDone: integer('chunks_done').notNull().default(0),
    chunksTotal: integer('chunks_total').notNull().default(0),
    sourceChars: integer('source_chars').notNull().default(0),
    error: text('error'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    indexedAt: integer('indexed_at'),
    /** INDEX_FORMAT (knowledge/ingest.ts) of the live version: older ones get re-indexed. */
    indexFormat: integer('index_format').notNull().default(0),
  },
  (t) => [index('kb_documents_ws').on(t.workspaceId, t.updatedAt)],
);

/** The document as submitted, in parts: a D1 row holds at most 2 MB. */
export const kbSources = sqliteTable(
  'kb_sources',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => kbDocuments.id, { onDelete: 'cascade' }),
    part: integer('part').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.part] })],
);

export const kbChunks = sqliteTable(
  'kb_chunks',
  {
    /** AUTOINCREMENT: ids are never reused, so a stale vector id can't point at another chunk. */
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: text('document_id')
      .notNull()
      .references(() => kbDocuments.id, { onDelete: 'cascade' }),
    workspaceId: text('workspace_id').notNull(),
    /** The workspace as one FTS token, so a MATCH can be narrowed to one tenant inside the index. */
    ws: text('ws').notNull(),
    version: integer('version').notNull(),
    ord: integer('ord').notNull(),
    title: text('title').notNull(),
    heading: text('heading').notNull(),
    body: text('body').notNull(),
  },
  (t) => [index('kb_chunks_doc').on(t.documentId, t.version, t.ord), index('kb_chunks_ws').on(t.workspaceId)],
);

/**
 * Per-workspace document frequencies of stemmed terms over live chunks, for retrieval's
 * confidence features (an IDF per tenant, read by primary key instead of counted at query time).
 * Reserved rows: term '' holds the workspace's live chunk count; workspace '*' term '' the total.
 */
export const kbTerms = sqliteTable(
  'kb_terms',
  {
    workspaceId: text('workspace_id').notNull(),
    term: text('term').notNull(),
    df: integer('df').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.term] })],
);

/** The bot's HTTP actions (LLM mode): "look up order", "request refund"… */
export const botActions = sqliteTable(
  'bot_actions',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    name: text('name').notNull(),
    description: text('description').notNull(),
    parameters: text('parameters', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    url: text('url').notNull(),
    secretHeader: text('secret_header'),
    secretValue: text('secret_value'),
    visitorText: text('visitor_text').notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('bot_actions_name').on(t.workspaceId, t.name)],
);

/** Fallback requests: a callback or contact details left when nobody could come. */
export const tickets = sqliteTable(
  'tickets',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    conversationId: text('conversation_id').notNull(),
    contactId: text('contact_id').notNull(),
    kind: text('kind', { enum: ['callback', 'contact'] }).notNull(),
    reason: text('reason', { enum: ['closed', 'no_agents', 'long_wait', 'visitor'] }).notNull(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    message: text('message').notNull(),
    status: text('status', { enum: ['open', 'done'] })
      .notNull()
      .default('open'),
    /** Delivery to the workspace's ticket webhook: null (none configured), 'sent', or the last error. */
    webhookStatus: text('webhook_status'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('tickets_ws').on(t.workspaceId, t.createdAt)],
);

// ── Triage rules ──
// Per-workspace business rules (worker/triage/rules.ts): conditions and actions are stored as the
// JSON the API validated with zod, and parsed again when loaded.

export const triageRules = sqliteTable(
  'triage_rules',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    name: text('name').notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    /** Evaluation order, ascending. */
    position: integer('position').notNull(),
    conditions: text('conditions', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    actions: text('actions', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('triage_rules_ws').on(t.workspaceId, t.position)],
);
