import type { AgentProfile } from '../worker/protocol';
import type { FeedStatus } from './inboxFeed';
import { PresenceSwitch } from './PresenceSwitch';
import { usePopover } from './popover';
import type { Route } from './route';
import { useStore } from './store';
import { TeamPanel } from './TeamPanel';
import type { TeamModel } from './teamModel';

interface Props {
  me: AgentProfile;
  route: Route;
  /** Where "Inbox" leads: the last inbox tab and conversation. */
  inboxHref: string;
  feed: FeedStatus;
  team: TeamModel;
  queued: number;
  onLogout: () => void;
}

const FEED_TEXT: Record<FeedStatus, string> = {
  live: 'Live',
  connecting: 'Connecting…',
  offline: 'Offline — reconnecting…',
};

/** Brand, page navigation, team presence, the agent's own availability and logout. */
export function TopBar({ me, route, inboxHref, feed, team, queued, onLogout }: Props) {
  const t = useStore(team.state);
  const pop = usePopover('team-panel');
  const online = t.agents.filter((a) => a.status === 'online').length;
  const links = [
    { page: 'inbox', href: inboxHref, label: 'Inbox', count: queued },
    { page: 'tickets', href: '#/tickets', label: 'Tickets', count: 0 },
    { page: 'knowledge', href: '#/knowledge', label: 'Knowledge', count: 0 },
    { page: 'settings', href: '#/settings/routing', label: 'Settings', count: 0 },
  ] as const;
  return (
    <header class="topbar">
      <div class="topbar-brand">
        <span class="brand-mark" aria-hidden="true">
          B
        </span>
        <span class="topbar-ws">{me.workspaceName}</span>
        <span
          class={`feed-dot feed-${feed}`}
          title={FEED_TEXT[feed]}
          data-testid="inbox-feed-status"
          data-status={feed}
        />
        <span class="visually-hidden">{feed === 'live' ? 'Live updates on' : 'Reconnecting'}</span>
      </div>
      <nav class="topnav" aria-label="Console">
        {links.map((l) => (
          <a
            key={l.page}
            href={l.href}
            class="topnav-link"
            data-testid={`nav-${l.page}`}
            aria-current={route.page === l.page ? 'page' : undefined}
          >
            {l.label}
            {l.count > 0 && (
              <span class="nav-count" title={`${l.count} waiting`}>
                {l.count}
                <span class="visually-hidden"> waiting</span>
              </span>
            )}
          </a>
        ))}
      </nav>
      <div class="topbar-right">
        <div class="popover-anchor" ref={pop.ref}>
          <button
            type="button"
            class="btn btn-ghost btn-small team-btn"
            data-testid="team-open"
            {...pop.buttonProps}
          >
            <span class="dot dot-online" aria-hidden="true" />
            {online} online
          </button>
          {pop.open && (
            <section id="team-panel" class="popover team-panel" data-testid="team-panel" aria-label="Team">
              <h2 class="popover-title">Team</h2>
              <TeamPanel agents={t.agents} meId={me.id} />
            </section>
          )}
        </div>
        <PresenceSwitch value={t.wanted} onChange={(s) => team.setStatus(s)} />
        <span class="topbar-me" title={me.email}>
          <span class="avatar avatar-small" aria-hidden="true">
            {me.name.slice(0, 2).toUpperCase()}
          </span>
          <span class="topbar-name">{me.name}</span>
        </span>
        <button type="button" class="btn btn-ghost btn-small" onClick={onLogout} data-testid="logout">
          Log out
        </button>
      </div>
    </header>
  );
}
