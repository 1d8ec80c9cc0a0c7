import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Message } from '../worker/protocol';
import {
  activeQuickReplies,
  type Citation,
  citationHref,
  citationsOf,
  type Draft,
  isActionLine,
  type QuickReply,
} from './botExtras';
import type { ChatState } from './chat';
import { Linkified } from './linkify';
import { locale, strings, t } from './strings';
import { systemLineText } from './systemLine';
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
  /** Shown after the transcript, in the same scroll (e.g. the fallback card): not part of the live log. */
  children?: ComponentChildren;
}

/**
 * The transcript: server messages by seq, bot replies being written, then the visitor's unsent
 * messages. Until the conversation has messages, the workspace greeting is shown locally.
 */
export function MessageList({ state, onRetry, onQuickReply, children }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const lastOutbox = useRef(state.outbox.length);

  const items: Item[] = state.messages.map((message) => ({ type: 'message', message }));
  const greeting = state.settings?.greeting;
  if (items.length === 0 && greeting) items.push({ type: 'greeting', body: greeting });
  for (const draft of state.drafts) if (draft.text) items.push({ type: 'draft', draft });
  for (const pending of state.outbox) items.push({ type: 'pending', pending });

  // Suggested replies stay under their bot message until the visitor has sent anything after it.
  const offered = activeQuickReplies(
    state.messages,
    state.outbox.length > 0,
    state.status === 'agent' || state.status === 'resolved',
  );

  // Follow new messages while the visitor is at the bottom; always after they send one.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const sent = state.outbox.length > lastOutbox.current;
    lastOutbox.current = state.outbox.length;
    if (stick.current || sent) el.scrollTop = el.scrollHeight;
  });

  const onScroll = () => {
    const el = scroller.current;
    if (el) stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
  };

  let previous: string | null = null;
  const rendered: ComponentChildren[] = [];
  for (const item of items) {
    if (item.type === 'message' && (item.message.kind === 'system' || isActionLine(item.message))) {
      previous = null;
      rendered.push(<Line key={`m${item.message.seq}`} message={item.message} />);
      continue;
    }
    const who = authorOf(item);
    const first = who.key !== previous;
    previous = who.key;
    rendered.push(
      <Bubble
        key={keyOf(item)}
        item={item}
        kind={who.kind}
        label={who.label}
        first={first}
        onRetry={onRetry}
      />,
    );
    if (offered && item.type === 'message' && item.message.seq === offered.seq) {
      rendered.push(<QuickReplies key="replies" replies={offered.replies} onPick={onQuickReply} />);
    }
  }

  return (
    <div ref={scroller} class="scroller" onScroll={onScroll}>
      <div class="log" role="log" aria-live="polite" aria-label={t('messages')}>
        {rendered}
      </div>
      {children}
    </div>
  );
}

/** A system line ("Maya joined the conversation") or a bot step ("Looked up your order"), muted. */
function Line({ message: m }: { message: Message }) {
  const action = isActionLine(m);
  return (
    <div
      class={action ? 'system system--action' : 'system'}
      data-testid="baton-message"
      data-kind={m.kind}
      data-seq={m.seq}
    >
      {action && <StepGlyph />}
      {m.kind === 'system' ? systemLineText(m, strings) : m.body}
    </div>
  );
}

function QuickReplies({ replies, onPick }: { replies: QuickReply[]; onPick: (value: string) => void }) {
  return (
    <fieldset class="replies">
      <legend class="sr-only">{t('suggestedReplies')}</legend>
      {replies.map((r, i) => (
        <button
          key={`${i}:${r.value}`}
          type="button"
          class="reply"
          data-testid="baton-quick-reply"
          onClick={() => onPick(r.value)}
        >
          {r.label}
        </button>
      ))}
    </fieldset>
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
      <div class="bubble" dir="auto" title={at ? formatTime(at) : undefined}>
        <Linkified text={body} />
      </div>
      {citations.length > 0 && <Sources citations={citations} />}
      {item.type === 'pending' && <PendingStatus pending={item.pending} onRetry={onRetry} />}
    </div>
  );
}

function Sources({ citations }: { citations: Citation[] }) {
  return (
    <div class="sources">
      <span class="sources__label">{t('sources')}</span>
      <ul class="sources__list">
        {citations.map((c, i) => {
          const href = citationHref(c.url);
          return (
            <li key={`${c.title}${i}`}>
              {href ? (
                <a class="source" href={href} target="_blank" rel="noopener noreferrer" title={c.title}>
                  <DocGlyph />
                  <span class="source__title">{c.title}</span>
                  <ExternalGlyph />
                  <span class="sr-only"> {t('opensInNewTab')}</span>
                </a>
              ) : (
                <span class="source source--plain" title={c.title}>
                  <DocGlyph />
                  <span class="source__title">{c.title}</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const glyph = (cls: string, d: string) => () => (
  <svg
    class={cls}
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    <path d={d} />
  </svg>
);
const DocGlyph = glyph('source__icon', 'M14 3H6v18h12V7zM14 3v4h4M9 12h6M9 16h6');
const ExternalGlyph = glyph('source__ext', 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6');
const StepGlyph = glyph('system__icon', 'M13 2L4 14h7l-1 8 9-12h-7z');

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
  return new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}
