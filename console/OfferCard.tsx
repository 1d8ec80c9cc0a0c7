import { useState } from 'preact/hooks';
import { BriefPanel } from './BriefPanel';
import { reasonLabel } from './briefView';
import { contactLabel } from './format';
import { useRemaining } from './hooks';
import type { OfferCardState } from './offerModel';
import { TranscriptPreview } from './TranscriptPreview';

interface Props {
  card: OfferCardState;
  now: number;
  onAccept: () => void;
  onDecline: () => void;
}

const PRIORITY_LABEL = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' } as const;

/** One private offer: who, why, the brief, a countdown, Accept / Decline. */
export function OfferCard({ card, now, onAccept, onDecline }: Props) {
  const { offer, phase } = card;
  const [showTranscript, setShowTranscript] = useState(false);
  const left = useRemaining(offer.expiresAt);
  const total = Math.max(1000, offer.expiresAt - card.receivedAt);
  const seconds = Math.ceil(left / 1000);
  const contact = contactLabel(
    offer.contactName ?? card.detail?.contact?.name,
    card.detail?.contact?.id ?? card.detail?.state?.id ?? null,
  );
  const isTransfer = offer.kind === 'transfer';
  const titleId = `offer-title-${offer.id}`;
  const busy = phase !== 'open';
  const transcriptId = `offer-transcript-${offer.id}`;

  return (
    <section
      class={`offer-card offer-${phase} offer-priority-${offer.priority}`}
      data-testid="offer-card"
      data-conversation-id={offer.conversationId}
      data-offer-id={offer.id}
      data-phase={phase}
      aria-labelledby={titleId}
    >
      <div class="offer-timer" aria-hidden="true">
        <span class="offer-timer-fill" style={{ width: `${(left / total) * 100}%` }} />
      </div>
      <header class="offer-head">
        <span class="offer-kind">
          {isTransfer ? `Transfer from ${offer.fromAgentName ?? 'a teammate'}` : 'Incoming chat'}
        </span>
        {phase === 'open' && (
          <span
            class={`offer-countdown${seconds <= 10 ? ' offer-countdown-low' : ''}`}
            data-testid="offer-countdown"
            data-seconds={seconds}
            role="timer"
            aria-label={`${seconds} seconds left to answer`}
          >
            {seconds}s
          </span>
        )}
      </header>
      <h2 id={titleId} class="offer-contact">
        {contact}
      </h2>
      <div class="offer-tags">
        {offer.priority !== 'normal' && (
          <span class={`pill pill-urgency-${offer.priority}`} data-testid="offer-priority">
            {PRIORITY_LABEL[offer.priority]} priority
          </span>
        )}
        {!isTransfer && offer.reason && <span class="pill">{reasonLabel(offer.reason)}</span>}
        {offer.department && <span class="pill pill-plain">{offer.department}</span>}
        {offer.language && <span class="pill pill-plain">{offer.language.toUpperCase()}</span>}
      </div>
      {isTransfer && offer.note && (
        <blockquote class="offer-note" data-testid="offer-note">
          <span class="offer-note-from">{offer.fromAgentName ?? 'Your teammate'} wrote:</span>
          {offer.note}
        </blockquote>
      )}

      {phase === 'closed' ? (
        <p class="offer-closed-note" role="status" data-testid="offer-closed-note">
          {card.note}
        </p>
      ) : (
        <>
          <div class="offer-brief-wrap">
            {card.detail ? (
              <BriefPanel
                brief={card.detail.brief}
                variant="compact"
                testId="offer-brief"
                now={now}
                inOffer={!isTransfer}
              />
            ) : card.detailError ? (
              <p class="muted" data-testid="offer-brief" data-empty="true">
                {card.detailError}
              </p>
            ) : (
              <p class="muted" data-testid="offer-brief" data-empty="true" aria-busy="true">
                Loading the brief…
              </p>
            )}
          </div>
          {card.detail && (
            <>
              <button
                type="button"
                class="link-btn offer-preview-toggle"
                aria-expanded={showTranscript}
                aria-controls={transcriptId}
                data-testid="offer-preview-toggle"
                onClick={() => setShowTranscript((s) => !s)}
              >
                {showTranscript ? 'Hide transcript' : 'Preview transcript'}
              </button>
              {showTranscript && (
                <div id={transcriptId} class="offer-transcript">
                  <TranscriptPreview messages={card.detail.messages} contact={contact} />
                </div>
              )}
            </>
          )}
          <div class="offer-actions">
            <button
              type="button"
              class="btn btn-secondary"
              data-testid="offer-decline"
              disabled={busy}
              onClick={onDecline}
            >
              {phase === 'declining' ? 'Declining…' : 'Decline'}
            </button>
            <button
              type="button"
              class="btn btn-primary"
              data-testid="offer-accept"
              disabled={busy}
              onClick={onAccept}
            >
              {phase === 'accepting' ? 'Joining…' : 'Accept'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
