import type { Citation, QuickReply } from '../protocol';

/** One passage the knowledge base returned for a question. */
export interface Passage {
  chunkId: string;
  documentId: string;
  title: string;
  url: string | null;
  heading: string | null;
  text: string;
  score: number;
}

export interface Retrieval {
  passages: Passage[];
  /** Calibrated probability that the knowledge base covers the question. */
  confidence: number;
  /** Scores are rank-fusion scores (vectors joined), not match strengths to compare. */
  fused?: boolean;
}

export type Retriever = (query: string) => Promise<Retrieval>;

/** A turn of the conversation as the bot sees it (system events and notes are left out). */
export interface Turn {
  role: 'visitor' | 'bot' | 'agent';
  text: string;
}

/** A tool step the bot took, recorded in the transcript for agents. */
export interface ActionStep {
  name: string;
  input: string;
  ok: boolean;
  result: string;
  /** What the visitor is shown instead of the raw call. */
  visitorText: string;
}

/** Things a bot turn reports while it runs; the conversation object streams them out. */
export interface BotSink {
  delta(text: string): void;
  status(text: string): void;
  action(step: ActionStep): void;
}

export interface BotReply {
  text: string;
  citations: Citation[];
  options?: QuickReply[];
  /** How sure the answer is, 0..1. Absent on a notice ("a person is coming"): not an answer. */
  confidence?: number;
  /** Set when the bot decided a person is needed; the conversation's state machine acts on it. */
  handoff?: { reason: string };
  /** LLM mode: the model calls the answer took, and the time spent waiting on them. */
  model?: { calls: number; ms: number };
}
