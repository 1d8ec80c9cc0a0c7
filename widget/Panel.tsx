import { Composer } from './Composer';
import type { ChatClient, ChatState } from './chat';
import { Header } from './Header';
import { MessageList } from './MessageList';
import { t } from './strings';

/** The open chat: header, connection banner, transcript, typing line and composer (or "ended"). */
export function Panel({ chat, state, onClose }: { chat: ChatClient; state: ChatState; onClose: () => void }) {
  const ended = state.status === 'resolved';
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
      <MessageList
        state={state}
        onRetry={(id) => chat.retry(id)}
        onQuickReply={(value) => chat.send(value)}
      />
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
          <p>{t('ended')}</p>
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
