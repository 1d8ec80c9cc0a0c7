CREATE TABLE `kb_chunks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` text NOT NULL,
	`workspace_id` text NOT NULL,
	`ws` text NOT NULL,
	`version` integer NOT NULL,
	`ord` integer NOT NULL,
	`title` text NOT NULL,
	`heading` text NOT NULL,
	`body` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `kb_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `kb_chunks_doc` ON `kb_chunks` (`document_id`,`version`,`ord`);--> statement-breakpoint
CREATE INDEX `kb_chunks_ws` ON `kb_chunks` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `kb_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`title` text NOT NULL,
	`format` text NOT NULL,
	`url` text,
	`status` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`live_version` integer DEFAULT 0 NOT NULL,
	`live_chunks` integer DEFAULT 0 NOT NULL,
	`chunks_done` integer DEFAULT 0 NOT NULL,
	`chunks_total` integer DEFAULT 0 NOT NULL,
	`source_chars` integer DEFAULT 0 NOT NULL,
	`error` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`indexed_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `kb_documents_ws` ON `kb_documents` (`workspace_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `kb_sources` (
	`document_id` text NOT NULL,
	`part` integer NOT NULL,
	`body` text NOT NULL,
	PRIMARY KEY(`document_id`, `part`),
	FOREIGN KEY (`document_id`) REFERENCES `kb_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `kb_terms` (
	`workspace_id` text NOT NULL,
	`term` text NOT NULL,
	`df` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `term`)
);
--> statement-breakpoint
-- Hand-written (drizzle cannot declare virtual tables): the full-text index over kb_chunks.
-- External content: the text lives once, in kb_chunks; the triggers keep the index in step.
-- `ws` holds the workspace token (bm25 weight 0) so a query can narrow to one tenant inside FTS.
CREATE VIRTUAL TABLE `kb_chunks_fts` USING fts5(
	ws, title, heading, body,
	content='kb_chunks', content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `kb_chunks_ai` AFTER INSERT ON `kb_chunks` BEGIN
	INSERT INTO kb_chunks_fts(rowid, ws, title, heading, body) VALUES (new.id, new.ws, new.title, new.heading, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `kb_chunks_ad` AFTER DELETE ON `kb_chunks` BEGIN
	INSERT INTO kb_chunks_fts(kb_chunks_fts, rowid, ws, title, heading, body) VALUES ('delete', old.id, old.ws, old.title, old.heading, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `kb_chunks_au` AFTER UPDATE ON `kb_chunks` BEGIN
	INSERT INTO kb_chunks_fts(kb_chunks_fts, rowid, ws, title, heading, body) VALUES ('delete', old.id, old.ws, old.title, old.heading, old.body);
	INSERT INTO kb_chunks_fts(rowid, ws, title, heading, body) VALUES (new.id, new.ws, new.title, new.heading, new.body);
END;
