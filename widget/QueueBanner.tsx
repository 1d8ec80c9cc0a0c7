import { useState } from 'preact/hooks';
import { focusComposer } from './Composer';
import type { ChatClient, ChatState } from './chat';
import { t } from './strings';
import { queueLine } from './waiting';

/**
 * While the visitor waits for a person: their place in line and an honest estimate (live), the
 * promise that the assistant keeps helping, and a way to stop waiting.
 */
export function QueueBanner({ chat, state }: { chat: ChatClient; state: ChatState }) {
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const leave = () => {
    setLeaving(true);
    setError(null);
    chat.leaveQueue().then(
      () => {
        // The banner (and this button) goes: the visitor carries on typing to the assistant.
        setLeaving(false);
        focusComposer();
      },
      (err: unknown) => {
        setLeaving(false);
        setError(t('leaveQueueFailed', { reason: err instanceof Error ? err.message : '' }));
      },
    );
  };

  return (
    <div class="queue" data-testid="baton-queue" data-position={state.queue?.position ?? undefined}>
      <span class="queue__pulse" aria-hidden="true" />
      <div class="queue__text">
        <p class="queue__line" role="status">
          {queueLine(state.queue)}
        </p>
        <p class="queue__sub">{t('queueHelping')}</p>
        {error && (
          <p class="queue__error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button
        type="button"
        class="queue__leave"
        data-testid="baton-leave-queue"
        onClick={leave}
        disabled={leaving}
      >
        {leaving ? t('leavingQueue') : t('leaveQueue')}
      </button>
    </div>
  );
}
