// The knowledge base's public surface: ingestion, retrieval, and the SQL store they run on.
// Pure TypeScript over SqlStore, so a Node CLI can use it against node:sqlite
// (stores/nodeSqlite.ts) exactly as the worker does against D1.

export { type Chunk, type ChunkOptions, chunkDocument, type DocFormat } from './chunk';
export { type Features, GAP_THRESHOLD } from './confidence';
export { DEMO_QUESTIONS, OFF_TOPIC_QUESTIONS } from './demo/questions';
export { demoDocumentId, seedDemoKnowledge } from './demo/seed';
export {
  createDocument,
  type DocStatus,
  type DocumentInput,
  deleteDocument,
  findDocumentByUrl,
  getDocument,
  type KbDocument,
  listDocuments,
  reindexDocument,
  updateDocument,
} from './documents';
export { reciprocalRankFusion } from './fuse';
export {
  INDEX_FORMAT,
  type IngestOptions,
  ingestDocument,
  resumeIfStalled,
  runIngestion,
  updateAndIngest,
} from './ingest';
export { buildMatch } from './query';
export { type Passage, type Retrieval, type RetrieveOptions, retrieve } from './retrieve';
export { unmarked } from './segment';
export { d1Store, type SqlStore } from './store';
export { resumeStalled, upgradeOutdated } from './upgrade';
export {
  type Embed,
  type KnowledgeBindings,
  openAiEmbed,
  type VectorConfig,
  type VectorIndex,
  vectorFromEnv,
  workersAiEmbed,
} from './vector';
