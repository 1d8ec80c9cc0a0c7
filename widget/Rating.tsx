import { useState } from 'preact/hooks';
import type { WidgetSettings } from '../worker/protocol';
import type { ChatClient } from './chat';
import { type StringKey, t } from './strings';

/**
 * CSAT is shown only when the server says it takes ratings (`settings.csat === true`, not part of
 * WidgetSettings yet): until `POST /api/widget/conversations/:id/rating` exists the widget asks nothing.
 */
export const csatEnabled = (settings: WidgetSettings | null) =>
  (settings as (WidgetSettings & { csat?: unknown }) | null)?.csat === true;

const SCORES = [1, 2, 3, 4, 5] as const;

/** "How did we do?" 1–5, once, when the conversation has been closed. */
export function Rating({ chat, rated }: { chat: ChatClient; rated: number | null }) {
  const [sending, setSending] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  if (rated !== null) {
    return (
      <p class="csat__thanks" data-testid="baton-csat-thanks" role="status">
        {t('csatThanks')}
      </p>
    );
  }

  const rate = (score: number) => {
    setSending(score);
    setFailed(false);
    chat.rate(score).then(
      () => setSending(null),
      () => {
        setSending(null);
        setFailed(true);
      },
    );
  };

  return (
    <fieldset class="csat" data-testid="baton-csat" disabled={sending !== null}>
      <legend class="csat__question">{t('csatQuestion')}</legend>
      <div class="csat__scores">
        {SCORES.map((score) => {
          const label = t(`csat${score}` as StringKey);
          return (
            <button
              key={score}
              type="button"
              class="csat__score"
              data-testid="baton-csat-score"
              data-score={score}
              aria-label={t('csatScore', { score, label })}
              aria-pressed={sending === score}
              onClick={() => rate(score)}
            >
              <span aria-hidden="true">{score}</span>
            </button>
          );
        })}
      </div>
      <div class="csat__ends" aria-hidden="true">
        <span>{t('csat1')}</span>
        <span>{t('csat5')}</span>
      </div>
      {failed && (
        <p class="csat__error" role="alert">
          {t('csatFailed')}
        </p>
      )}
    </fieldset>
  );
}
