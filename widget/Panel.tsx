import { useEffect, useState } from 'preact/hooks';
import { Composer, focusComposer } from './Composer';
import type { ChatClient, ChatState } from './chat';
import { FallbackCard } from './FallbackCard';
import { Header } from './Header';
import { MessageList } from './MessageList';
import { QueueBanner } from './QueueBanner';
import { csatEnabled, Rating } from './Rating';
import { t } from './strings';
import type { TicketKind } from './TicketForm';
import { fallbackAnchor, fallbackVisible, isWaiting, lastVisitorText } from './waiting';

/**
 * The open chat: header, connection and waiting banners, transcript (then the fallback card, when
 * nobody can come), typing line and composer — or "ended" with the optional rating.
 */
export function Panel({ chat, state, onClose }: { chat: ChatClient; state: ChatState; onClose: () => void }) {
  const ended = state.status === 'resolved';
  const [form, setForm] = useState<TicketKind | null>(null);
  const { fallback } = state;
  useEffect(() => {
    if (!fallback) setForm(null);
  }, [fallback]);
  // The card shows until dismissed or until the visitor moves on; a form they are filling in stays.
  const card =
    fallbackVisible(fallback, state.fallbackDismissed, state.messages, state.outbox) ??
    (fallback && form ? { anchor: fallbackAnchor(state.messages, fallback) } : null);
  // Someone typing, or the bot working on a reply ("Looking up your order…").
  const draft = state.drafts.at(-1);
  const activity = state.peerTyping
    ? t('isTyping', { name: state.peerTyping })
    : draft
      ? (draft.status ?? (draft.text ? null : t('isTyping', { name: t('assistant') })))
      : null;
  return (
    <section class="panel" data-testid="baton-panel" role="dialog" aria-labelledby="baton-title">
      <Header state={state} onClose={onClose} />
      {state.connection === 'down' && (
        <div class="banner" role="status">
          {t('reconnecting')}
        </div>
      )}
      {state.phase === 'error' && !state.conversationId && (
        <div class="banner banner--error" role="status">
          {t('unavailable')}
        </div>
      )}
      {isWaiting(state.status) && <QueueBanner chat={chat} state={state} />}
      <MessageList state={state} onRetry={(id) => chat.retry(id)} onQuickReply={(value) => chat.send(value)}>
        {fallback && card && !ended && (
          <FallbackCard
            chat={chat}
            fallback={fallback}
            anchor={card.anchor}
            form={form}
            onForm={setForm}
            initialMessage={lastVisitorText(state.messages)}
            onClosed={focusComposer}
          />
        )}
      </MessageList>
      <div class="typing">
        {activity && (
          <span class="typing__line" data-testid="baton-typing">
            <span class="typing__dots" aria-hidden="true">
              <i />
              <i />
              <i />
            </span>
            {activity}
          </span>
        )}
      </div>
      {ended ? (
        <div class="ended">
          <p class="ended__text">{t('ended')}</p>
          {csatEnabled(state.settings) && <Rating chat={chat} rated={state.rated} />}
          <button type="button" class="button" onClick={() => chat.startNew()}>
            {t('startNew')}
          </button>
        </div>
      ) : (
        <Composer chat={chat} />
      )}
    </section>
  );
}
