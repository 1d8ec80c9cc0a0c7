import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Message } from '../worker/protocol';
import { type Citation, citationsOf, type Draft, isActionLine, quickRepliesOf } from './botExtras';
import type { ChatState } from './chat';
import { Linkified } from './linkify';
import { t } from './strings';
import type { Pending } from './timeline';

type Item =
  | { type: 'message'; message: Message }
  | { type: 'greeting'; body: string }
  | { type: 'draft'; draft: Draft }
  | { type: 'pending'; pending: Pending };

type Kind = 'visitor' | 'bot' | 'agent';

interface Props {
  state: ChatState;
  onRetry: (clientId: string) => void;
  onQuickReply: (value: string) => void;
}

/**
 * The transcript: server messages by seq, bot replies being written, then the visitor's unsent
 * messages. Until the conversation has messages, the workspace greeting is shown locally.
 */
export function MessageList({ state, onRetry, onQuickReply }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const lastOutbox = useRef(state.outbox.length);

  const items: Item[] = state.messages.map((message) => ({ type: 'message', message }));
  const greeting = state.settings?.greeting;
  if (items.length === 0 && greeting) items.push({ type: 'greeting', body: greeting });
  for (const draft of state.drafts) if (draft.text) items.push({ type: 'draft', draft });
  for (const pending of state.outbox) items.push({ type: 'pending', pending });

  // Suggested replies belong to the latest bot message, while nothing has happened since.
  const last = state.messages.at(-1);
  const replies =
    last?.kind === 'bot' &&
    state.status !== 'resolved' &&
    state.outbox.length === 0 &&
    state.drafts.length === 0
      ? quickRepliesOf(last)
      : [];

  // Follow new messages while the visitor is at the bottom; always after they send one.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const sent = state.outbox.length > lastOutbox.current;
    lastOutbox.current = state.outbox.length;
    if (stick.current || sent) el.scrollTop = el.scrollHeight;
  });

  const onScroll = () => {
    const el = list.current;
    if (el) stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
  };

  let previous: string | null = null;
  return (
    <div ref={list} class="log" role="log" aria-live="polite" aria-label={t('messages')} onScroll={onScroll}>
      {items.map((item) => {
        if (item.type === 'message' && (item.message.kind === 'system' || isActionLine(item.message))) {
          previous = null;
          const m = item.message;
          return (
            <div
              key={`m${m.seq}`}
              class="system"
              data-testid="baton-message"
              data-kind={m.kind}
              data-seq={m.seq}
            >
              {m.body}
            </div>
          );
        }
        const who = authorOf(item);
        const first = who.key !== previous;
        previous = who.key;
        return (
          <Bubble
            key={keyOf(item)}
            item={item}
            kind={who.kind}
            label={who.label}
            first={first}
            onRetry={onRetry}
          />
        );
      })}
      {replies.length > 0 && (
        <fieldset class="replies">
          <legend class="sr-only">{t('suggestedReplies')}</legend>
          {replies.map((r) => (
            <button
              key={r.value}
              type="button"
              class="reply"
              data-testid="baton-quick-reply"
              onClick={() => onQuickReply(r.value)}
            >
              {r.label}
            </button>
          ))}
        </fieldset>
      )}
    </div>
  );
}

function Bubble(props: {
  item: Item;
  kind: Kind;
  label: string;
  first: boolean;
  onRetry: (clientId: string) => void;
}) {
  const { item, kind, label, first, onRetry } = props;
  const body =
    item.type === 'message'
      ? item.message.body
      : item.type === 'pending'
        ? item.pending.body
        : item.type === 'draft'
          ? item.draft.text
          : item.body;
  const at = item.type === 'message' ? item.message.at : item.type === 'pending' ? item.pending.at : null;
  const citations = item.type === 'message' && kind === 'bot' ? citationsOf(item.message) : [];
  // A reply being written is not announced piece by piece: the finished message is.
  const draft = item.type === 'draft';
  return (
    <div
      class={`msg msg--${kind === 'visitor' ? 'out' : 'in'}${first ? ' msg--first' : ''}`}
      data-testid={draft ? 'baton-draft' : 'baton-message'}
      data-kind={kind}
      data-seq={item.type === 'message' ? item.message.seq : undefined}
      data-status={
        item.type === 'pending' ? item.pending.status : item.type === 'message' ? 'sent' : undefined
      }
      aria-hidden={draft ? 'true' : undefined}
    >
      <span class={first && kind !== 'visitor' ? 'msg__author' : 'sr-only'}>{label}</span>
      <div class="bubble" title={at ? formatTime(at) : undefined}>
        <Linkified text={body} />
      </div>
      {citations.length > 0 && <Sources citations={citations} />}
      {item.type === 'pending' && <PendingStatus pending={item.pending} onRetry={onRetry} />}
    </div>
  );
}

function Sources({ citations }: { citations: Citation[] }) {
  return (
    <p class="sources">
      {t('sources')}{' '}
      {citations.map((c, i) => (
        <span key={`${c.title}${i}`}>
          {i > 0 && ', '}
          {c.url && /^https?:\/\//i.test(c.url) ? (
            <a href={c.url} target="_blank" rel="noopener noreferrer nofollow">
              {c.title}
            </a>
          ) : (
            c.title
          )}
        </span>
      ))}
    </p>
  );
}

function PendingStatus({ pending, onRetry }: { pending: Pending; onRetry: (clientId: string) => void }) {
  if (pending.status === 'sending') return <span class="msg__status">{t('sending')}</span>;
  return (
    <span class="msg__status msg__status--failed" role="alert">
      {t('notSent', { reason: pending.error ?? '' })}
      {pending.retryable !== false && (
        <button type="button" class="link-button" onClick={() => onRetry(pending.clientId)}>
          {t('retry')}
        </button>
      )}
    </span>
  );
}

function keyOf(item: Item): string {
  if (item.type === 'message') return `m${item.message.seq}`;
  if (item.type === 'pending') return `p${item.pending.clientId}`;
  if (item.type === 'draft') return `d${item.draft.id}`;
  return 'greeting';
}

function authorOf(item: Item): { kind: Kind; key: string; label: string } {
  if (item.type === 'pending') return { kind: 'visitor', key: 'visitor', label: t('you') };
  if (item.type !== 'message') return { kind: 'bot', key: 'bot', label: t('assistant') };
  const m = item.message;
  if (m.kind === 'visitor') return { kind: 'visitor', key: 'visitor', label: t('you') };
  if (m.kind === 'agent') {
    return { kind: 'agent', key: `agent:${m.authorId}`, label: m.authorName ?? t('agentFallback') };
  }
  return { kind: 'bot', key: 'bot', label: t('assistant') };
}

function formatTime(at: number): string {
  return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}
