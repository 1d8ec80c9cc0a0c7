import type { ConversationState, ConversationSummary } from '../worker/protocol';
import { BriefPanel } from './BriefPanel';
import { isBrief } from './briefView';
import type { DetailView } from './conversationDetail';
import { contactLabel, fullDate, initials, relativeTime } from './format';
import { conversationHref } from './route';
import { StatusBadge } from './StatusBadge';

interface Props {
  summary: ConversationSummary | undefined;
  state: ConversationState | null;
  assigneeName: string | null;
  detail: DetailView;
  now: number;
}

/** The context column: the handoff brief first, then who the customer is and their history. */
export function Sidebar({ summary, state, assigneeName, detail, now }: Props) {
  const d = detail.detail;
  const contact = d?.contact ?? null;
  const name = contactLabel(contact?.name ?? summary?.contactName, contact?.id ?? summary?.contactId);
  const status = state?.status ?? summary?.status;
  const brief = d?.brief;
  const language = isBrief(brief) ? brief.customer.language : null;
  const attributes = Object.entries(contact?.attributes ?? {}).filter(
    ([, v]) => v !== null && v !== undefined && v !== '',
  );

  return (
    <aside class="sidebar" aria-label="Conversation details" data-testid="customer-sidebar">
      {d ? (
        <BriefPanel brief={brief} variant="full" testId="brief" now={now} />
      ) : (
        <p class="muted brief-none" data-testid="brief" data-empty="true" aria-busy={detail.loading}>
          {detail.error ?? 'Loading the brief…'}
        </p>
      )}

      <section class="side-section" aria-labelledby="customer-title">
        <div class="sidebar-contact">
          <span class="avatar" aria-hidden="true">
            {initials(name)}
          </span>
          <div>
            <h3 id="customer-title">{name}</h3>
            {contact?.email && (
              <a class="muted side-email" href={`mailto:${contact.email}`} data-testid="sidebar-email">
                {contact.email}
              </a>
            )}
          </div>
        </div>
        <dl class="facts">
          <dt>Status</dt>
          <dd>{status ? <StatusBadge status={status} assigneeName={assigneeName} /> : '—'}</dd>
          {language && (
            <>
              <dt>Language</dt>
              <dd>{language.toUpperCase()}</dd>
            </>
          )}
          <dt>Started</dt>
          <dd data-testid="sidebar-created">{summary ? fullDate(summary.createdAt) : '—'}</dd>
          {contact?.lastSeenAt && (
            <>
              <dt>Last seen</dt>
              <dd>{fullDate(contact.lastSeenAt)}</dd>
            </>
          )}
          <dt>Customer since</dt>
          <dd>{contact ? fullDate(contact.createdAt) : '—'}</dd>
          <dt>Contact ID</dt>
          <dd class="mono" data-testid="sidebar-contact-id">
            {contact?.id ?? summary?.contactId ?? '—'}
          </dd>
        </dl>
      </section>

      {attributes.length > 0 && (
        <section class="side-section" aria-labelledby="attributes-title">
          <h3 id="attributes-title" class="side-title">
            Attributes
          </h3>
          <dl class="attrs" data-testid="sidebar-attributes">
            {attributes.map(([k, v]) => (
              <div key={k} class="attr">
                <dt>{k}</dt>
                <dd>{typeof v === 'string' ? v : JSON.stringify(v)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <section class="side-section" aria-labelledby="previous-title">
        <h3 id="previous-title" class="side-title">
          Previous conversations
        </h3>
        {d && d.previous.length === 0 && <p class="muted">None — this is the first one.</p>}
        {d && d.previous.length > 0 && (
          <ul class="previous" data-testid="sidebar-previous">
            {d.previous.map((p) => (
              <li key={p.id}>
                <a href={conversationHref(p.id)} class="previous-link" data-testid="previous-conversation">
                  <span class="previous-top">
                    <StatusBadge status={p.status} assigneeName={null} />
                    <time class="muted" dateTime={new Date(p.updatedAt).toISOString()}>
                      {relativeTime(p.updatedAt, now)}
                    </time>
                  </span>
                  <span class="previous-preview" dir="auto">
                    {p.preview || '—'}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}
