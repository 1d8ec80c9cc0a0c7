import { request } from './api';

export type DocFormat = 'markdown' | 'text' | 'html';

/** A knowledge-base document as `/api/knowledge/documents` lists it. */
export interface KbDocument {
  id: string;
  title: string;
  format: DocFormat;
  url: string | null;
  status: 'indexing' | 'ready' | 'failed';
  version: number;
  chunks: number;
  chunksDone: number;
  chunksTotal: number;
  /** 0..1 */
  progress: number;
  sourceChars: number;
  error: string | null;
  createdAt: number;
  updatedAt: number;
  indexedAt: number | null;
}

export interface KbPassage {
  chunkId: string;
  documentId: string;
  title: string;
  url: string | null;
  heading: string | null;
  text: string;
  score: number;
}

export interface KbSearchResult {
  passages: KbPassage[];
  /** Calibrated 0..1 that the passages answer the question. */
  confidence: number;
  /** Below the threshold the bot would hand off instead of answering. */
  gap: boolean;
  threshold: number;
}

export interface NewDocument {
  title: string;
  format: DocFormat;
  body: string;
  url?: string;
}

const base = '/api/knowledge/documents';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const listDocuments = () => request<{ documents: KbDocument[] }>('GET', base);

export const getDocument = (id: string) => request<{ document: KbDocument }>('GET', one(id));

export const createDocument = (doc: NewDocument) => request<{ document: KbDocument }>('POST', base, doc);

export const importPages = (pages: { url: string; html: string; title?: string }[]) =>
  request<{ documents: KbDocument[] }>('POST', `${base}/import`, { pages });

export const reindexDocument = (id: string) =>
  request<{ document: KbDocument }>('POST', `${one(id)}/reindex`);

export const deleteDocument = (id: string) => request<void>('DELETE', one(id));

export const searchKnowledge = (q: string, limit = 5) =>
  request<KbSearchResult>('GET', `/api/knowledge/search?q=${encodeURIComponent(q)}&limit=${limit}`);
