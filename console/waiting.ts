import type { ConversationState } from '../worker/protocol';

/** "~3 min", "<1 min", "~1 h 10 min". */
export function etaText(seconds: number): string {
  if (seconds < 60) return '<1 min';
  const m = Math.round(seconds / 60);
  if (m < 60) return `~${m} min`;
  return `~${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
}

/** Header line for a conversation waiting for a person: "Waiting · #2 · ~3 min". */
export function waitingText(state: ConversationState): string | null {
  if (state.status !== 'queued' && state.status !== 'offered') return null;
  const parts = [state.status === 'offered' ? 'Offered' : 'Waiting'];
  if (state.queue) {
    parts.push(`#${state.queue.position}`);
    if (state.queue.etaSeconds !== null) parts.push(etaText(state.queue.etaSeconds));
  }
  return parts.join(' · ');
}

const FALLBACK_LABEL = {
  closed: 'Outside business hours',
  no_agents: 'Nobody available',
  long_wait: 'Long wait',
} as const;

/** Why nobody can come, for the header: "Outside business hours · back Mon 09:00". */
export function fallbackText(state: ConversationState): string | null {
  const f = state.fallback;
  if (!f) return null;
  const label = FALLBACK_LABEL[f.reason] ?? 'Nobody available';
  if (!f.opensAt) return label;
  const at = new Date(f.opensAt).toLocaleString(undefined, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${label} · back ${at}`;
}
