import type { AgentProfile, ConversationState, ConversationStatus } from '../worker/protocol';
import type { Connection } from './conversationSocket';
import { initials } from './format';
import { StatusBadge } from './StatusBadge';
import { fallbackText, waitingText } from './waiting';

const CONNECTION_TEXT: Record<Connection, string | null> = {
  connecting: 'Connecting…',
  syncing: 'Syncing…',
  live: null,
  offline: 'Offline — reconnecting…',
  gone: 'This conversation is not available.',
};

interface Props {
  me: AgentProfile;
  contact: string;
  status: ConversationStatus | undefined;
  state: ConversationState | null;
  assigneeId: string | null;
  assigneeName: string | null;
  connection: Connection;
  busy: 'closing' | 'handback' | null;
  onBack: () => void;
  onTransfer: () => void;
  onHandBack: () => void;
  onClose: () => void;
}

/** Who, who holds it, queue / fallback status, and what the holder can do with it. */
export function ThreadHeader(p: Props) {
  const { state, me } = p;
  const holding = state?.status === 'agent' && state.assigneeId === me.id;
  const gone = p.connection === 'gone';
  const waiting = state ? waitingText(state) : null;
  const fallback = state ? fallbackText(state) : null;
  const connectionText = CONNECTION_TEXT[p.connection];
  return (
    <header class="thread-header" data-testid="thread-header" data-status={p.status ?? ''}>
      <button
        type="button"
        class="btn btn-ghost btn-small back"
        onClick={p.onBack}
        aria-label="Back to inbox"
      >
        ←
      </button>
      <span class="avatar" aria-hidden="true">
        {initials(p.contact)}
      </span>
      <div class="thread-title">
        <h2>{p.contact}</h2>
        <div class="thread-sub">
          {p.status && <StatusBadge status={p.status} assigneeName={p.assigneeName} />}
          <span class="muted" data-testid="thread-assignee">
            {p.assigneeId
              ? `Assigned to ${p.assigneeId === me.id ? 'you' : (p.assigneeName ?? 'an agent')}`
              : p.status === 'bot'
                ? 'With the bot'
                : 'Unassigned'}
          </span>
          {waiting && (
            <span class="waiting" data-testid="thread-queue">
              {waiting}
            </span>
          )}
          {fallback && (
            <span class="fallback-tag" data-testid="thread-fallback" title={state?.fallback?.message}>
              {fallback}
            </span>
          )}
          {connectionText && (
            <span class={`conn conn-${p.connection}`} role="status" data-testid="thread-connection">
              {connectionText}
            </span>
          )}
        </div>
      </div>
      <div class="thread-actions">
        {holding && (
          <>
            <button
              type="button"
              class="btn btn-secondary btn-small"
              data-testid="transfer-open"
              onClick={p.onTransfer}
              disabled={gone}
            >
              Transfer
            </button>
            <button
              type="button"
              class="btn btn-secondary btn-small"
              data-testid="handback"
              onClick={p.onHandBack}
              disabled={gone || p.busy !== null}
              title="The bot answers again; you are free for the next conversation"
            >
              {p.busy === 'handback' ? 'Handing back…' : 'Hand back to bot'}
            </button>
          </>
        )}
        <button
          type="button"
          class="btn btn-secondary btn-small"
          data-testid="close-conversation"
          onClick={p.onClose}
          disabled={p.busy !== null || !state || state.status === 'resolved' || gone}
        >
          {state?.status === 'resolved' ? 'Closed' : p.busy === 'closing' ? 'Closing…' : 'Close'}
        </button>
      </div>
    </header>
  );
}
