import type { ComponentChildren } from 'preact';
import type { ConversationSummary } from '../worker/protocol';
import { contactLabel, fullDate, initials, relativeTime } from './format';
import type { InboxState } from './inboxModel';
import type { InboxTab } from './route';
import { StatusBadge } from './StatusBadge';

/** Bot conversations at or above this predicted escalation score show it in the row. */
const SCORE_SHOWN = 0.5;

const TABS: { view: InboxTab; label: string }[] = [
  { view: 'queue', label: 'Queue' },
  { view: 'mine', label: 'Mine' },
  { view: 'open', label: 'Open' },
  { view: 'closed', label: 'Closed' },
  { view: 'all', label: 'All' },
];

interface Props {
  tab: InboxTab;
  inbox: InboxState;
  selectedId: string | null;
  unreadOpen: number;
  queued: number;
  isUnread: (s: ConversationSummary) => boolean;
  nameOf: (agentId: string | null) => string | null;
  now: number;
  onView: (view: InboxTab) => void;
  onSelect: (id: string) => void;
  /** The Queue tab's content (rendered by the caller from the live queue). */
  queue: ComponentChildren;
}

/** The inbox column: tabs (Queue, Mine, Open, Closed, All) and the selected tab's list. */
export function Inbox(p: Props) {
  const { inbox } = p;
  const tab = p.tab;

  // Roving focus between tabs (WAI-ARIA tabs pattern): arrows move, Home/End jump.
  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.view === tab);
    const next =
      e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowLeft'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? -1
              : null;
    if (next === null) return;
    e.preventDefault();
    const to = TABS.at(next % TABS.length)!;
    p.onView(to.view);
    document.getElementById(`tab-${to.view}`)?.focus();
  };

  return (
    <nav class="inbox" aria-label="Inbox">
      <div class="tabs" role="tablist" aria-label="Conversations" onKeyDown={onTabKey}>
        {TABS.map((t) => {
          const selected = t.view === tab;
          return (
            <button
              key={t.view}
              type="button"
              role="tab"
              id={`tab-${t.view}`}
              data-testid={`tab-${t.view}`}
              aria-selected={selected}
              aria-controls="inbox-panel"
              tabIndex={selected ? 0 : -1}
              class="tab"
              onClick={() => p.onView(t.view)}
            >
              {t.label}
              {t.view === 'open' && p.unreadOpen > 0 && (
                <span class="tab-count" role="status" aria-label={`${p.unreadOpen} unread`}>
                  {p.unreadOpen}
                </span>
              )}
              {t.view === 'queue' && p.queued > 0 && (
                <span class="tab-count tab-count-warn" data-testid="queue-count">
                  {p.queued}
                  <span class="visually-hidden"> waiting</span>
                </span>
              )}
            </button>
          );
        })}
      </div>

      <div
        id="inbox-panel"
        class="inbox-panel"
        role="tabpanel"
        aria-labelledby={`tab-${tab}`}
        aria-busy={tab !== 'queue' && inbox.loading}
      >
        {tab === 'queue' ? p.queue : <List {...p} />}
      </div>
    </nav>
  );
}

function List(p: Props) {
  const { inbox } = p;
  // Arrow keys walk the list.
  const onListKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const rows = [
      ...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-testid="inbox-row"]'),
    ];
    const i = rows.indexOf(document.activeElement as HTMLElement);
    const target = rows[Math.min(rows.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (target) {
      e.preventDefault();
      target.focus();
    }
  };
  // The list may still show another tab's rows while this one loads.
  const stale = inbox.view !== p.tab;
  return (
    <>
      {inbox.error && (
        <p class="inbox-error" role="alert">
          {inbox.error}
        </p>
      )}
      {inbox.items.length === 0 && !inbox.loading && !inbox.error && !stale && (
        <p class="empty" data-testid="inbox-empty">
          {inbox.view === 'mine' ? 'Nothing assigned to you.' : 'No conversations here.'}
        </p>
      )}
      {inbox.items.length === 0 && (inbox.loading || stale) && <p class="empty">Loading…</p>}
      <ul class="rows" onKeyDown={onListKey}>
        {(stale ? [] : inbox.items).map((s) => (
          <Row
            key={s.id}
            s={s}
            selected={s.id === p.selectedId}
            unread={s.id !== p.selectedId && p.isUnread(s)}
            assigneeName={s.assigneeName ?? p.nameOf(s.assigneeId)}
            now={p.now}
            onSelect={p.onSelect}
          />
        ))}
      </ul>
    </>
  );
}

function Row(p: {
  s: ConversationSummary;
  selected: boolean;
  unread: boolean;
  assigneeName: string | null;
  now: number;
  onSelect: (id: string) => void;
}) {
  const { s } = p;
  const name = contactLabel(s.contactName, s.contactId);
  const score = typeof s.score === 'number' ? s.score : null;
  return (
    <li>
      <button
        type="button"
        class={`row${p.selected ? ' row-selected' : ''}${p.unread ? ' row-unread' : ''}`}
        data-testid="inbox-row"
        data-conversation-id={s.id}
        data-status={s.status}
        data-unread={p.unread ? 'true' : 'false'}
        aria-current={p.selected ? 'true' : undefined}
        onClick={() => p.onSelect(s.id)}
      >
        <span class="avatar" aria-hidden="true">
          {initials(name)}
        </span>
        <span class="row-main">
          <span class="row-top">
            <span class="row-name">{name}</span>
            <time
              class="row-time"
              dateTime={new Date(s.updatedAt).toISOString()}
              title={fullDate(s.updatedAt)}
            >
              {relativeTime(s.updatedAt, p.now)}
            </time>
          </span>
          <span class="row-bottom">
            <span class="row-preview" dir="auto">
              {s.preview || '—'}
            </span>
            {p.unread && (
              <span class="unread-dot" data-testid="unread-dot">
                <span class="visually-hidden">Unread</span>
              </span>
            )}
          </span>
          <span class="row-meta">
            <StatusBadge status={s.status} assigneeName={p.assigneeName} />
            {s.status === 'bot' && score !== null && score >= SCORE_SHOWN && (
              <span
                class={`risk${score >= 0.75 ? ' risk-high' : ''}`}
                title="Predicted chance this conversation needs a person"
                data-testid="row-score"
              >
                {Math.round(score * 100)}% likely to need a person
              </span>
            )}
          </span>
        </span>
      </button>
    </li>
  );
}
