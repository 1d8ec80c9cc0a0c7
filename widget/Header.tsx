import type { ChatState } from './chat';
import { MinimizeIcon } from './icons';
import { t } from './strings';

/** Who the visitor is talking to: the assistant, or the agent holding the conversation. */
export function Header({ state, onClose }: { state: ChatState; onClose: () => void }) {
  const workspace = state.settings?.workspaceName ?? '';
  const agent = state.status === 'agent' || state.status === 'resolved' ? state.assigneeName : null;
  const waiting = state.status === 'queued' || state.status === 'offered';
  const title = agent ?? t('assistant');
  const subtitle = agent
    ? t('headerAgentSubtitle', { workspace })
    : waiting
      ? t('headerWaitingSubtitle')
      : t('headerBotSubtitle', { workspace });
  return (
    <header class="header" data-testid="baton-header">
      <span class={agent ? 'avatar' : 'avatar avatar--bot'} aria-hidden="true">
        {agent ? initials(agent) : '✦'}
      </span>
      <div class="header__text">
        <h1 id="baton-title" class="header__title">
          {title}
        </h1>
        <p class="header__subtitle">{subtitle}</p>
      </div>
      <button type="button" class="icon-button" aria-label={t('closeChat')} onClick={onClose}>
        <MinimizeIcon />
      </button>
    </header>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}
