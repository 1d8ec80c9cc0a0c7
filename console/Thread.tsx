import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AgentPresence, AgentProfile, ConversationSummary, Message } from '../worker/protocol';
import { closeConversation, failureText, handBack, joinConversation } from './api';
import { Composer } from './Composer';
import { useConversationDetail } from './conversationDetail';
import { contactLabel, dayLabel } from './format';
import type { Notices } from './notices';
import { Sidebar } from './Sidebar';
import { useStore } from './store';
import { ThreadHeader } from './ThreadHeader';
import { DraftMessage, PendingMessage, ThreadMessage } from './ThreadMessage';
import { TransferDialog } from './TransferDialog';
import { acquireThread, releaseThread } from './threads';

interface Props {
  id: string;
  me: AgentProfile;
  summary: ConversationSummary | undefined;
  nameOf: (agentId: string | null) => string | null;
  agents: readonly AgentPresence[];
  notices: Notices;
  now: number;
  pageVisible: boolean;
  onBack: () => void;
}

/** The thread and its context sidebar. Mount with `key={id}`: one socket per mounted thread. */
export function Thread({ id, me, summary, nameOf, agents, notices, now, pageVisible, onBack }: Props) {
  const [socket] = useState(() => acquireThread(id, me));
  useEffect(() => () => releaseThread(id), [id]);
  const view = useStore(socket.view);
  const { state, messages, outbox } = view;

  const contact = contactLabel(summary?.contactName, summary?.contactId);
  const status = state?.status ?? summary?.status;
  const assigneeId = state?.assigneeId ?? summary?.assigneeId ?? null;
  const assigneeName = state?.assigneeName ?? summary?.assigneeName ?? nameOf(assigneeId);

  // The brief is rewritten as the conversation moves: refetch on status, holder, each customer
  // message and whenever the server says it rewrote it (the model's version arriving).
  let lastVisitorSeq = 0;
  for (let i = messages.length - 1; i >= 0; i--)
    if (messages[i]!.kind === 'visitor') {
      lastVisitorSeq = messages[i]!.seq;
      break;
    }
  const detail = useConversationDetail(id, `${status}|${assigneeId}|${lastVisitorSeq}|${view.briefAt}`);

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
  }, [messages.length, outbox.length, view.typing, view.draft]);
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

  // ── Holder actions: join, transfer, hand back, close ──
  const [busy, setBusy] = useState<'closing' | 'handback' | null>(null);
  const [joining, setJoining] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [transferring, setTransferring] = useState(false);

  const run = async (kind: 'closing' | 'handback') => {
    setBusy(kind);
    setActionError(null);
    try {
      const r = kind === 'closing' ? await closeConversation(id) : await handBack(id);
      socket.applyState(r.state);
    } catch (err) {
      setActionError(
        failureText(
          err,
          kind === 'closing' ? 'Could not close the conversation.' : 'Could not hand it back.',
        ),
      );
    } finally {
      setBusy(null);
    }
  };

  const join = async () => {
    setJoining(true);
    setActionError(null);
    try {
      const r = await joinConversation(id);
      if (!r.ok) setActionError(r.message);
    } catch (err) {
      setActionError(failureText(err, 'Could not join the conversation.'));
    } finally {
      setJoining(false);
    }
  };

  const typingName = view.typing ? (view.typing.name ?? contact) : null;

  return (
    <>
      <section class="thread" aria-label={`Conversation with ${contact}`}>
        <ThreadHeader
          me={me}
          contact={contact}
          status={status}
          state={state}
          assigneeId={assigneeId}
          assigneeName={assigneeName}
          connection={view.connection}
          busy={busy}
          onBack={onBack}
          onTransfer={() => setTransferring(true)}
          onHandBack={() => void run('handback')}
          onClose={() => void run('closing')}
        />

        {(actionError || view.notice) && (
          <div class="banner" role="alert" data-testid="thread-banner">
            <span>{actionError ?? view.notice}</span>
            <button
              type="button"
              class="link-btn"
              onClick={() => {
                setActionError(null);
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
                <ThreadMessage key={item.seq} m={item} contact={contact} meId={me.id} nameOf={nameOf} />
              ),
            )}
            {view.draft && <DraftMessage draft={view.draft} />}
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
          <Composer
            conversationId={id}
            socket={socket}
            state={state}
            me={me}
            contact={contact}
            onJoin={() => void join()}
            joining={joining}
          />
        )}
      </section>
      <Sidebar summary={summary} state={state} assigneeName={assigneeName} detail={detail} now={now} />
      {transferring && (
        <TransferDialog
          conversationId={id}
          contact={contact}
          meId={me.id}
          agents={agents}
          onClose={() => setTransferring(false)}
          onDone={(message) => {
            setTransferring(false);
            notices.push(message, 'info');
          }}
        />
      )}
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
