import type { RelayDO } from './bench/RelayDO';
import type { ConversationDO } from './conversation/ConversationDO';
import type { WorkspaceDO } from './routing/WorkspaceDO';

export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  CONVERSATION: DurableObjectNamespace<ConversationDO>;
  WORKSPACE: DurableObjectNamespace<WorkspaceDO>;
  RELAY: DurableObjectNamespace<RelayDO>;
  /** HMAC secret for visitor tokens. A secret (`wrangler secret put TOKEN_SECRET`), never a var. */
  TOKEN_SECRET: string;
  /** "1" enables the demo seed and the bench relay baseline. */
  DEMO_MODE?: string;
  /** Optional LLM mode: any OpenAI-compatible server. Without a key the bot answers from the knowledge base. */
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_MODEL?: string;
  /** Optional semantic retrieval: a Vectorize index plus Workers AI (or OpenAI) embeddings. */
  VECTORIZE?: VectorizeIndex;
  AI?: Ai;
  /** Public origin of this worker, used in the demo page's script tag. */
  PUBLIC_URL?: string;
}
