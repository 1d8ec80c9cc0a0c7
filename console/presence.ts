import type { PresenceStatus } from '../worker/protocol';

const key = (agentId: string) => `baton.presence.${agentId}`;
const STATUSES: readonly PresenceStatus[] = ['online', 'away', 'offline'];

/** The availability this agent last chose in this browser; online the first time. */
export function loadPresence(agentId: string): PresenceStatus {
  try {
    const v = localStorage.getItem(key(agentId));
    if (v && (STATUSES as readonly string[]).includes(v)) return v as PresenceStatus;
  } catch {}
  return 'online';
}

export function savePresence(agentId: string, status: PresenceStatus): void {
  try {
    localStorage.setItem(key(agentId), status);
  } catch {}
}

export const PRESENCE_LABEL: Record<PresenceStatus, string> = {
  online: 'Online',
  away: 'Away',
  offline: 'Offline',
};
