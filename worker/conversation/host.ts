import type { Env } from '../env';
import type { ConversationState, Message, MessageData, MessageKind, ServerFrame } from '../protocol';
import type { SocketAttachment } from './identity';
import type { OwnershipEvent, Transition } from './state';
import type { Meta } from './transcript';

/**
 * What the conversation object offers the parts it delegates to (bot runner, handoff):
 * its state and the few operations that write and broadcast. Parts pick what they need.
 */
export interface ConversationHost {
  meta: Meta | null;
  readonly sql: SqlStorage;
  append(
    kind: MessageKind,
    authorId: string | null,
    authorName: string | null,
    body: string,
    key: string,
    clientId: string,
    data?: MessageData,
  ): Message;
  broadcast(frame: ServerFrame, filter?: (who: SocketAttachment, ws: WebSocket) => boolean): void;
  broadcastMessage(msg: Message): void;
  applyEvent(event: OwnershipEvent): Transition;
  stateOf(meta: Meta): ConversationState;
  setReplyDue(at: number | null): void;
  routing(): ReturnType<Env['WORKSPACE']['get']>;
  /**
   * Rewrites the brief from the transcript and the latest triage decision. `force` (a handoff is
   * about to be asked for): resolves once the model's brief is in, or after a bounded wait.
   */
  refreshBrief(force?: boolean): Promise<void>;
  /** True when the conversation now waits for a person; false when routing answered with a fallback. */
  requestHandoff(reason: string): Promise<boolean>;
}
