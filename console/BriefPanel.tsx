import type { Brief, BriefStep } from '../worker/protocol';
import { entityLabel, isBrief, MOOD_LABEL, percent, REASON_LABEL } from './briefView';
import { relativeTime } from './format';
import { GenericValue } from './GenericValue';

interface Props {
  brief: unknown;
  /** Sidebar: everything. Offer card: what decides accept / decline. */
  variant: 'full' | 'compact';
  testId: string;
  now: number;
  /** The surrounding card's header already shows the priority and the reason (an offer). */
  inOffer?: boolean;
}

/** The handoff brief: why a person is needed, what was tried, what to do first. */
export function BriefPanel({ brief, variant, testId, now, inOffer = false }: Props) {
  if (brief === null || brief === undefined) {
    return (
      <p class="brief-none muted" data-testid={testId} data-empty="true">
        No brief yet — it is written when the bot hands the conversation over.
      </p>
    );
  }
  if (!isBrief(brief)) {
    return (
      <div class="brief brief-generic" data-testid={testId}>
        <GenericValue value={brief} />
      </div>
    );
  }
  return variant === 'full' ? (
    <FullBrief b={brief} testId={testId} now={now} />
  ) : (
    <CompactBrief b={brief} testId={testId} inOffer={inOffer} />
  );
}

function Tags({ b, inOffer = false }: { b: Brief; inOffer?: boolean }) {
  // (a frustration handoff's mood pill already says "Frustrated": no second pill saying it again)
  const moodSaysIt = b.trigger.reason === 'frustration' && /^(frustrated|angry)$/.test(b.sentiment.mood);
  return (
    <div class="brief-tags">
      {!inOffer && (
        <span class={`pill pill-urgency-${b.urgency}`} data-testid="brief-urgency">
          {`${b.urgency[0]!.toUpperCase()}${b.urgency.slice(1)} urgency`}
        </span>
      )}
      <span class={`pill pill-mood-${b.sentiment.mood}`} title={`Sentiment ${b.sentiment.score.toFixed(2)}`}>
        {MOOD_LABEL[b.sentiment.mood] ?? b.sentiment.mood}
        {/* (words, not arrows: "Frustrated ↗" read as frustration rising when the mood was easing) */}
        {b.sentiment.trend < -0.15 ? ', getting worse' : b.sentiment.trend > 0.15 ? ', easing' : ''}
      </span>
      {b.trigger.reason && !inOffer && !moodSaysIt && (
        <span class="pill">{REASON_LABEL[b.trigger.reason] ?? b.trigger.reason}</span>
      )}
    </div>
  );
}

function Steps({ steps, max }: { steps: readonly BriefStep[]; max?: number }) {
  const shown = max ? steps.slice(-max) : steps;
  return (
    <ul class="brief-steps">
      {shown.map((s, i) => (
        <li key={i} class={`step step-${s.ok === null ? 'unknown' : s.ok ? 'ok' : 'failed'}`}>
          <span class="step-icon" aria-hidden="true">
            {s.ok === null ? '•' : s.ok ? '✓' : '✕'}
          </span>
          <span>
            <span class="visually-hidden">{s.ok === null ? '' : s.ok ? 'Worked: ' : 'Did not work: '}</span>
            {s.kind === 'action' && <span class="step-kind">Action</span>} {s.summary}
            {s.detail && <span class="step-detail">{s.detail}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Entities({ b }: { b: Brief }) {
  if (b.entities.length === 0) return null;
  return (
    <ul class="chips" aria-label="Details mentioned">
      {b.entities.map((e) => (
        <li key={`${e.type}:${e.value}`} class="chip" data-testid="brief-entity" data-type={e.type}>
          <span class="chip-label">{entityLabel(e.type)}</span> {e.value}
        </li>
      ))}
    </ul>
  );
}

function CompactBrief({ b, testId, inOffer }: { b: Brief; testId: string; inOffer: boolean }) {
  return (
    <div class="brief brief-compact" data-testid={testId}>
      <p class="brief-headline">{b.headline}</p>
      <Tags b={b} inOffer={inOffer} />
      {b.tried.length > 0 && <Steps steps={b.tried} max={3} />}
      <p class="brief-next">
        <strong>Next step: </strong>
        {b.nextStep}
      </p>
      <Entities b={b} />
    </div>
  );
}

function FullBrief({ b, testId, now }: { b: Brief; testId: string; now: number }) {
  return (
    <section class="brief" data-testid={testId} aria-labelledby="brief-title">
      <div class="section-head">
        <h3 id="brief-title">Handoff brief</h3>
        <span class="muted brief-meta">
          {b.source === 'llm' ? 'AI' : 'Auto'} · {relativeTime(b.createdAt, now)}
        </span>
      </div>
      <p class="brief-headline" data-testid="brief-headline">
        {b.headline}
      </p>
      <Tags b={b} />
      <div class="brief-next brief-next-box" data-testid="brief-next">
        <span class="brief-label">Recommended next step</span>
        {b.nextStep}
      </div>
      <dl class="brief-dl">
        <dt>Intent</dt>
        <dd data-testid="brief-intent" dir="auto">
          {b.intent}
        </dd>
        <dt>Where it stands</dt>
        <dd>{b.state}</dd>
        {b.tried.length > 0 && (
          <>
            <dt>What was tried</dt>
            <dd>
              <Steps steps={b.tried} />
            </dd>
          </>
        )}
        {b.entities.length > 0 && (
          <>
            <dt>Details</dt>
            <dd>
              <Entities b={b} />
            </dd>
          </>
        )}
        {b.discussed.length > 0 && (
          <>
            <dt>Customer said</dt>
            <dd>
              <ul class="quotes">
                {b.discussed.map((q, i) => (
                  <li key={i} dir="auto">
                    “{q}”
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {b.trigger.evidence.length > 0 && (
          <>
            <dt>Why a person</dt>
            <dd>
              <ul class="evidence">
                {b.trigger.evidence.map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Escalation score</dt>
        <dd class="score" data-testid="brief-score">
          <span class="meter" aria-hidden="true">
            <span class="meter-fill" style={{ width: percent(b.trigger.score) }} />
          </span>
          {percent(b.trigger.score)}
        </dd>
      </dl>
    </section>
  );
}
