import type { AgentProfile } from '../worker/protocol';
import { ActionsSettings } from './ActionsSettings';
import { AgentsSettings } from './AgentsSettings';
import { RoutingSettings } from './RoutingSettings';
import { formatRoute, type SettingsSection } from './route';
import { WidgetSettings } from './WidgetSettings';

const SECTIONS: { id: SettingsSection; label: string; hint: string }[] = [
  { id: 'routing', label: 'Routing', hint: 'Departments, hours, timeouts, tickets' },
  { id: 'agents', label: 'Agents', hint: 'Departments, languages, capacity' },
  { id: 'widget', label: 'Widget', hint: 'Greeting, colour, sites, embed code' },
  { id: 'actions', label: 'Bot actions', hint: 'What the bot may look up or do' },
];

/** Workspace settings; editable by admins, read-only for agents. */
export function SettingsPage({ me, section }: { me: AgentProfile; section: SettingsSection }) {
  const admin = me.role === 'admin';
  return (
    <div class="settings">
      <nav class="settings-nav" aria-label="Settings">
        <h1 class="settings-title">Settings</h1>
        {SECTIONS.map((s) => (
          <a
            key={s.id}
            href={formatRoute({ page: 'settings', section: s.id })}
            class="settings-link"
            data-testid={`settings-nav-${s.id}`}
            aria-current={s.id === section ? 'page' : undefined}
          >
            <span>{s.label}</span>
            <span class="muted settings-hint">{s.hint}</span>
          </a>
        ))}
      </nav>
      <div class="settings-body">
        {!admin && (
          <p class="readonly-note" data-testid="settings-readonly">
            You can look, but only admins can change settings.
          </p>
        )}
        {section === 'routing' && <RoutingSettings admin={admin} />}
        {section === 'agents' && <AgentsSettings admin={admin} />}
        {section === 'widget' && <WidgetSettings admin={admin} />}
        {section === 'actions' && <ActionsSettings admin={admin} />}
      </div>
    </div>
  );
}
