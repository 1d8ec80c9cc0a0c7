import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AgentProfile, ConversationSummary, Message } from '../worker/protocol';
import { ApiFailure, closeConversation } from './api';
import { Composer } from './Composer';
import type { Connection } from './conversationSocket';
import { contactLabel, dayLabel, initials } from './format';
import { Sidebar } from './Sidebar';
import { StatusBadge } from './StatusBadge';
import { useStore } from './store';
import { PendingMessage, ThreadMessage } from './ThreadMessage';
import { acquireThread, releaseThread } from './threads';

interface Props {
  id: string;
  me: AgentProfile;
  summary: ConversationSummary | undefined;
  nameOf: (agentId: string | null) => string | null;
  now: number;
  pageVisible: boolean;
  onBack: () => void;
}

const CONNECTION_TEXT: Record<Connection, string | null> = {
  connecting: 'Connecting…',
  syncing: 'Syncing…',
  live: null,
  offline: 'Offline — reconnecting…',
  gone: 'This conversation is not available.',
};

/** The thread and its customer sidebar. Mount with `key={id}`: one socket per mounted thread. */
export function Thread({ id, me, summary, nameOf, now, pageVisible, onBack }: Props) {
  const [socket] = useState(() => acquireThread(id, me));
  useEffect(() => () => releaseThread(id), [id]);
  const view = useStore(socket.view);
  const { state, messages, outbox } = view;

  const contact = contactLabel(summary?.contactName, summary?.contactId);
  const status = state?.status ?? summary?.status;
  const assigneeId = state?.assigneeId ?? summary?.assigneeId ?? null;
  const assigneeName = state?.assigneeName ?? nameOf(assigneeId);

  // ── Scrolling: stay pinned to the newest message unless the agent scrolled up ──
  const scroller = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const onScroll = () => {
    const el = scroller.current;
    if (el) pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
  };
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [messages.length, outbox.length, view.typing]);
  // The window or the composer changing size must not unpin the newest message either.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => {
      if (pinned.current) el.scrollTop = el.scrollHeight;
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // ── Read marks: the highest seq that has been on screen while the page is visible ──
  const onScreen = useRef(0);
  const visibleRef = useRef(pageVisible);
  visibleRef.current = pageVisible;
  const observer = useRef<IntersectionObserver | null>(null);
  useEffect(() => {
    const io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (!e.isIntersecting) continue;
          onScreen.current = Math.max(onScreen.current, Number((e.target as HTMLElement).dataset.seq ?? 0));
        }
        if (visibleRef.current && onScreen.current > 0) socket.markRead(onScreen.current);
      },
      { root: scroller.current },
    );
    observer.current = io;
    return () => io.disconnect();
  }, [socket]);
  useEffect(() => {
    const io = observer.current;
    if (!io || !scroller.current) return;
    for (const el of scroller.current.querySelectorAll('[data-seq]')) io.observe(el);
  }, [messages]);
  useEffect(() => {
    if (pageVisible && onScreen.current > 0) socket.markRead(onScreen.current);
  }, [pageVisible, socket]);

  // ── Closing ──
  const [closing, setClosing] = useState(false);
  const [closeError, setCloseError] = useState<string | null>(null);
  const close = async () => {
    setClosing(true);
    setCloseError(null);
    try {
      socket.applyState((await closeConversation(id)).state);
    } catch (err) {
      setCloseError(err instanceof ApiFailure ? err.message : 'Could not close the conversation.');
    } finally {
      setClosing(false);
    }
  };

  const connectionText = CONNECTION_TEXT[view.connection];
  const typingName = view.typing ? (view.typing.name ?? contact) : null;

  return (
    <>
      <section class="thread" aria-label={`Conversation with ${contact}`}>
        <header class="thread-header" data-testid="thread-header" data-status={status ?? ''}>
          <button
            type="button"
            class="btn btn-ghost btn-small back"
            onClick={onBack}
            aria-label="Back to inbox"
          >
            ←
          </button>
          <span class="avatar" aria-hidden="true">
            {initials(contact)}
          </span>
          <div class="thread-title">
            <h2>{contact}</h2>
            <div class="thread-sub">
              {status && <StatusBadge status={status} assigneeName={assigneeName} />}
              <span class="muted" data-testid="thread-assignee">
                {assigneeId
                  ? `Assigned to ${assigneeId === me.id ? 'you' : (assigneeName ?? 'an agent')}`
                  : 'Unassigned'}
              </span>
              {connectionText && (
                <span class={`conn conn-${view.connection}`} role="status" data-testid="thread-connection">
                  {connectionText}
                </span>
              )}
            </div>
          </div>
          <button
            type="button"
            class="btn btn-secondary"
            data-testid="close-conversation"
            onClick={close}
            disabled={closing || !state || state.status === 'resolved' || view.connection === 'gone'}
          >
            {state?.status === 'resolved' ? 'Closed' : closing ? 'Closing…' : 'Close conversation'}
          </button>
        </header>

        {(closeError || view.notice) && (
          <div class="banner" role="alert">
            <span>{closeError ?? view.notice}</span>
            <button
              type="button"
              class="link-btn"
              onClick={() => {
                setCloseError(null);
                socket.dismissNotice();
              }}
            >
              Dismiss
            </button>
          </div>
        )}

        <div class="scroller" ref={scroller} onScroll={onScroll}>
          {view.connection === 'gone' ? (
            <p class="empty" data-testid="thread-gone">
              This conversation does not exist or is not in your workspace.
            </p>
          ) : (
            !view.loaded && <p class="empty">Loading conversation…</p>
          )}
          <ol class="messages" aria-label="Messages" aria-live="polite" aria-relevant="additions">
            {withDays(messages, now).map((item) =>
              'day' in item ? (
                <li key={`day-${item.day}`} class="day" aria-hidden="true">
                  <span>{item.day}</span>
                </li>
              ) : (
                <ThreadMessage key={item.seq} m={item} contact={contact} meId={me.id} />
              ),
            )}
            {outbox.map((item) => (
              <PendingMessage
                key={item.clientId}
                item={item}
                connected={view.connection === 'live'}
                onRetry={(c) => socket.retry(c)}
                onDiscard={(c) => socket.discard(c)}
              />
            ))}
          </ol>
          <div class="typing" aria-live="polite" data-testid="typing-indicator">
            {typingName && (
              <>
                <span class="typing-dots" aria-hidden="true">
                  <i />
                  <i />
                  <i />
                </span>
                {typingName} is typing…
              </>
            )}
          </div>
        </div>

        {view.connection !== 'gone' && (
          <Composer conversationId={id} socket={socket} state={state} me={me} contact={contact} />
        )}
      </section>
      <Sidebar summary={summary} state={state} assigneeName={assigneeName} />
    </>
  );
}

/** Interleaves day separators ("Today", "Yesterday", …) into the transcript. */
function withDays(messages: readonly Message[], now: number): (Message | { day: string })[] {
  const out: (Message | { day: string })[] = [];
  let last = '';
  for (const m of messages) {
    const day = dayLabel(m.at, now);
    if (day !== last) out.push({ day });
    last = day;
    out.push(m);
  }
  return out;
}
