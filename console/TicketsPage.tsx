import { useEffect, useState } from 'preact/hooks';
import { failureText } from './api';
import { fullDate, relativeTime } from './format';
import { conversationHref } from './route';
import { listTickets, markTicketDone, type Ticket } from './ticketsApi';
import { useLoad } from './useLoad';

type Filter = 'open' | 'done' | 'all';

const REASON: Record<Ticket['reason'], string> = {
  closed: 'Outside hours',
  no_agents: 'Nobody available',
  long_wait: 'Long wait',
  visitor: 'Left by visitor',
};

const POLL_MS = 30_000;

/** Callbacks and contact details left when nobody could come: follow up, then mark done. */
export function TicketsPage({ now }: { now: number }) {
  const tickets = useLoad(() => listTickets().then((r) => r.tickets), 'tickets');
  const [filter, setFilter] = useState<Filter>('open');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const t = setInterval(() => void tickets.reload(), POLL_MS);
    return () => clearInterval(t);
  }, [tickets.reload]);

  const done = async (id: string) => {
    setBusy(id);
    setError(null);
    try {
      await markTicketDone(id);
      tickets.set((list) => list.map((t) => (t.id === id ? { ...t, status: 'done' } : t)));
    } catch (err) {
      setError(failureText(err, 'Could not mark it done.'));
    } finally {
      setBusy(null);
    }
  };

  const all = tickets.data ?? [];
  const shown = all.filter((t) => filter === 'all' || t.status === filter);
  const openCount = all.filter((t) => t.status === 'open').length;

  return (
    <section class="page-body" aria-labelledby="tickets-title">
      <header class="page-head">
        <div>
          <h1 id="tickets-title">Tickets</h1>
          <p class="muted">Callbacks and contact details customers left when nobody could come.</p>
        </div>
        <div class="page-tools">
          <fieldset class="segmented" aria-label="Show">
            {(['open', 'done', 'all'] as const).map((f) => (
              <label key={f} class={`segment${filter === f ? ' segment-on' : ''}`}>
                <input
                  type="radio"
                  name="ticket-filter"
                  checked={filter === f}
                  data-testid={`tickets-filter-${f}`}
                  onChange={() => setFilter(f)}
                />
                {f === 'open' ? `Open${openCount ? ` (${openCount})` : ''}` : f === 'done' ? 'Done' : 'All'}
              </label>
            ))}
          </fieldset>
          <button type="button" class="btn btn-secondary btn-small" onClick={() => void tickets.reload()}>
            Refresh
          </button>
        </div>
      </header>
      {(tickets.error || error) && (
        <p class="form-error" role="alert">
          {error ?? tickets.error}
        </p>
      )}
      {tickets.loading && !tickets.data && <p class="empty">Loading…</p>}
      {tickets.data && shown.length === 0 && (
        <p class="empty" data-testid="tickets-empty">
          {filter === 'open' ? 'Nothing to follow up. 🎉' : 'No tickets here.'}
        </p>
      )}
      <ul class="tickets" data-testid="tickets">
        {shown.map((t) => (
          <li
            key={t.id}
            class={`ticket ticket-${t.status}`}
            data-testid="ticket-row"
            data-ticket-id={t.id}
            data-status={t.status}
          >
            <div class="ticket-main">
              <div class="ticket-top">
                <span class={`pill ${t.kind === 'callback' ? 'pill-urgency-high' : 'pill-plain'}`}>
                  {t.kind === 'callback' ? 'Callback' : 'Contact me'}
                </span>
                <strong class="ticket-name">{t.name}</strong>
                <span class="muted">· {REASON[t.reason] ?? t.reason}</span>
                <time
                  class="muted ticket-time"
                  dateTime={new Date(t.createdAt).toISOString()}
                  title={fullDate(t.createdAt)}
                >
                  {relativeTime(t.createdAt, now)}
                </time>
              </div>
              <div class="ticket-reach">
                {t.phone && (
                  <a href={`tel:${t.phone.replace(/[^\d+]/g, '')}`} data-testid="ticket-phone">
                    {t.phone}
                  </a>
                )}
                {t.email && (
                  <a href={`mailto:${t.email}`} data-testid="ticket-email">
                    {t.email}
                  </a>
                )}
              </div>
              <p class="ticket-message">{t.message}</p>
              <div class="ticket-foot muted">
                <a href={conversationHref(t.conversationId)}>Open conversation</a>
                {t.webhookStatus && (
                  <span class={t.webhookStatus === 'sent' ? '' : 'ticket-webhook-failed'}>
                    · Webhook: {t.webhookStatus}
                  </span>
                )}
              </div>
            </div>
            {t.status === 'open' ? (
              <button
                type="button"
                class="btn btn-secondary btn-small"
                data-testid="ticket-done"
                disabled={busy === t.id}
                onClick={() => void done(t.id)}
              >
                {busy === t.id ? 'Saving…' : 'Mark done'}
              </button>
            ) : (
              <span class="badge badge-resolved">Done</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
