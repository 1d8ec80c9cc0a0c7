import type { ConversationState, ConversationSummary } from '../worker/protocol';
import { contactLabel, fullDate, initials } from './format';
import { StatusBadge } from './StatusBadge';

/** The customer column. For now: who the contact is and when the conversation started. */
export function Sidebar({
  summary,
  state,
  assigneeName,
}: {
  summary: ConversationSummary | undefined;
  state: ConversationState | null;
  assigneeName: string | null;
}) {
  const name = contactLabel(summary?.contactName, summary?.contactId);
  const status = state?.status ?? summary?.status;
  return (
    <aside class="sidebar" aria-label="Customer details" data-testid="customer-sidebar">
      <div class="sidebar-contact">
        <span class="avatar avatar-large" aria-hidden="true">
          {initials(name)}
        </span>
        <h2>{name}</h2>
      </div>
      <dl class="facts">
        <dt>Contact ID</dt>
        <dd class="mono" data-testid="sidebar-contact-id">
          {summary?.contactId ?? '—'}
        </dd>
        <dt>Status</dt>
        <dd>{status ? <StatusBadge status={status} assigneeName={assigneeName} /> : '—'}</dd>
        <dt>Created</dt>
        <dd data-testid="sidebar-created">{summary ? fullDate(summary.createdAt) : '—'}</dd>
      </dl>
      <p class="muted sidebar-more">Contact details, past conversations and notes will appear here.</p>
    </aside>
  );
}
