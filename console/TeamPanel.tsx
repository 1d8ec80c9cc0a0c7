import type { AgentPresence } from '../worker/protocol';
import { initials } from './format';
import { PRESENCE_LABEL } from './presence';

/** Who is on the team right now: status, load against capacity, departments. */
export function TeamPanel({ agents, meId }: { agents: readonly AgentPresence[]; meId: string }) {
  if (agents.length === 0) return <p class="muted team-empty">Nobody has opened the console yet today.</p>;
  const order = { online: 0, away: 1, offline: 2 } as const;
  const sorted = [...agents].sort(
    (a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name),
  );
  return (
    <ul class="team-list" data-testid="team-list">
      {sorted.map((a) => {
        const full = a.active >= a.capacity;
        return (
          <li
            key={a.agentId}
            class="team-row"
            data-testid="team-agent"
            data-agent-id={a.agentId}
            data-status={a.status}
          >
            <span class="avatar avatar-small" aria-hidden="true">
              {initials(a.name)}
              <span class={`dot dot-${a.status} avatar-dot`} />
            </span>
            <span class="team-main">
              <span class="team-name">
                {a.name}
                {a.agentId === meId && <span class="muted"> (you)</span>}
              </span>
              <span class="team-sub muted">
                {PRESENCE_LABEL[a.status]}
                {a.departments.length > 0 && ` · ${a.departments.join(', ')}`}
              </span>
            </span>
            <span class="load" title={`${a.active} of ${a.capacity} conversations`}>
              <span class="load-text" data-testid="team-load">
                {a.active}/{a.capacity}
              </span>
              <span class="load-bar" aria-hidden="true">
                <span
                  class={`load-fill${full ? ' load-full' : ''}`}
                  style={{ width: `${Math.min(100, (a.active / Math.max(1, a.capacity)) * 100)}%` }}
                />
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
