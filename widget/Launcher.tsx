import type { Ref } from 'preact';
import { ChatIcon } from './icons';
import { t } from './strings';

/** The round bubble shown while the chat is closed; it fills the (64×64) iframe. */
export function Launcher(props: { unread: number; onOpen: () => void; buttonRef: Ref<HTMLButtonElement> }) {
  const { unread, onOpen, buttonRef } = props;
  return (
    <button
      ref={buttonRef}
      type="button"
      class="launcher"
      data-testid="baton-launcher"
      aria-label={unread > 0 ? t('openChatUnread', { count: unread }) : t('openChat')}
      onClick={onOpen}
    >
      <ChatIcon />
      {unread > 0 && (
        <span class="launcher__badge" aria-hidden="true">
          {unread > 9 ? '9+' : unread}
        </span>
      )}
    </button>
  );
}
