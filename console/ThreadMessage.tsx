import type { Message } from '../worker/protocol';
import { ActionStep } from './ActionStep';
import type { BotDraft } from './conversationSocket';
import { clockTime, fullDate, initials } from './format';
import type { OutboxItem } from './outbox';

export const NOTE_LABEL = 'Internal note — not visible to the customer';

function Time({ at }: { at: number }) {
  return (
    <time dateTime={new Date(at).toISOString()} title={fullDate(at)}>
      {clockTime(at)}
    </time>
  );
}

/**
 * One transcript line: customer on the left, team (agent, bot) on the right, system lines centred.
 * Each text runs in its own direction (`dir="auto"`): a Hebrew or Arabic message reads right to left.
 */
export function ThreadMessage({
  m,
  contact,
  meId,
  nameOf,
}: {
  m: Message;
  contact: string;
  meId: string;
  nameOf: (agentId: string | null) => string | null;
}) {
  const common = { 'data-testid': 'thread-message', 'data-kind': m.kind, 'data-seq': String(m.seq) };
  if (m.kind === 'action') return <ActionStep m={m} common={common} />;
  if (m.kind !== 'visitor' && m.kind !== 'bot' && m.kind !== 'agent' && m.kind !== 'note') {
    // System lines, and any kind this console does not know yet: a quiet centred line.
    return (
      <li class={`msg msg-system msg-${m.kind}`} {...common}>
        <span>{m.body}</span> <Time at={m.at} />
      </li>
    );
  }
  if (m.kind === 'note') {
    return (
      <li class="msg msg-note" {...common}>
        <div class="bubble">
          <div class="note-label">{NOTE_LABEL}</div>
          <div class="body" dir="auto">
            {m.body}
          </div>
        </div>
        <div class="msg-meta">
          {m.authorId === meId ? 'You' : (m.authorName ?? nameOf(m.authorId) ?? 'Agent')} · <Time at={m.at} />
        </div>
      </li>
    );
  }
  const author =
    m.kind === 'visitor'
      ? contact
      : m.kind === 'bot'
        ? (m.authorName ?? 'Bot')
        : (m.authorName ?? nameOf(m.authorId) ?? 'Agent');
  const side = m.kind === 'visitor' ? 'msg-in' : 'msg-out';
  return (
    <li class={`msg ${side} msg-${m.kind}`} {...common}>
      {m.kind === 'visitor' && (
        <span class="avatar avatar-small" aria-hidden="true">
          {initials(contact)}
        </span>
      )}
      <div class="msg-col">
        <div class="bubble">
          <span class="body" dir="auto">
            {m.body}
          </span>
        </div>
        {m.kind === 'bot' && <BotExtras m={m} />}
        <div class="msg-meta">
          {m.kind === 'bot' && <span class="bot-tag">Bot</span>}
          {m.kind === 'agent' && m.authorId === meId ? 'You' : author} · <Time at={m.at} />
          {m.kind === 'bot' && typeof m.data?.confidence === 'number' && (
            <span class="confidence" title="How sure the bot was of this answer" data-testid="bot-confidence">
              · {Math.round(m.data.confidence * 100)}% sure
            </span>
          )}
        </div>
      </div>
    </li>
  );
}

/** Sources and suggested replies under a bot answer. */
function BotExtras({ m }: { m: Message }) {
  const citations = m.data?.citations ?? [];
  const options = m.data?.options ?? [];
  if (citations.length === 0 && options.length === 0) return null;
  return (
    <div class="bot-extras">
      {citations.length > 0 && (
        <ul class="citations" aria-label="Sources" data-testid="bot-citations">
          {citations.map((c) => (
            <li key={`${c.title}|${c.url ?? ''}`}>
              {c.url && /^(https?:\/\/|\/)/i.test(c.url) ? (
                <a href={c.url} target="_blank" rel="noopener noreferrer" class="citation">
                  {c.title}
                </a>
              ) : (
                <span class="citation">{c.title}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {options.length > 0 && (
        <ul class="options" aria-label="Suggested replies offered">
          {options.map((o) => (
            <li key={o.value} class="option">
              {o.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A bot reply as it is being written (stream frames). */
export function DraftMessage({ draft }: { draft: BotDraft }) {
  return (
    <li class="msg msg-out msg-bot msg-draft" data-testid="bot-draft" aria-busy="true">
      <div class="msg-col">
        <div class="bubble">
          {draft.text ? (
            <span class="body" dir="auto">
              {draft.text}
            </span>
          ) : (
            <span class="muted">{draft.status ?? 'Writing…'}</span>
          )}
          <span class="caret" aria-hidden="true" />
        </div>
        <div class="msg-meta">
          <span class="bot-tag">Bot</span> {draft.text && draft.status ? draft.status : 'writing…'}
        </div>
      </div>
    </li>
  );
}

/** A message of ours the server has not acknowledged: sending, or failed with the server's reason. */
export function PendingMessage(p: {
  item: OutboxItem;
  connected: boolean;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
}) {
  const { item } = p;
  const failed = item.status === 'failed';
  return (
    <li
      class={`msg ${item.internal ? 'msg-note' : 'msg-out msg-agent'} msg-pending${failed ? ' msg-failed' : ''}`}
      data-testid="outbox-message"
      data-status={item.status}
      data-client-id={item.clientId}
    >
      <div class="msg-col">
        <div class="bubble">
          {item.internal && <div class="note-label">{NOTE_LABEL}</div>}
          <span class="body" dir="auto">
            {item.body}
          </span>
        </div>
        {failed ? (
          <div class="msg-meta msg-error" role="alert">
            <span data-testid="outbox-error">Not sent: {item.error}</span>
            <button type="button" class="link-btn" onClick={() => p.onRetry(item.clientId)}>
              Retry
            </button>
            <button type="button" class="link-btn" onClick={() => p.onDiscard(item.clientId)}>
              Discard
            </button>
          </div>
        ) : (
          <div class="msg-meta">{p.connected ? 'Sending…' : 'Waiting for connection…'}</div>
        )}
      </div>
    </li>
  );
}
