import type { AgentPresence, ConversationSummary, QueueEntry } from '../worker/protocol';
import { reasonLabel } from './briefView';
import { contactLabel, initials } from './format';
import { useNow } from './hooks';
import { conversationHref } from './route';

interface Props {
  queue: readonly QueueEntry[];
  /** Inbox summaries by conversation id: the contact's label and the latest message. */
  known: ReadonlyMap<string, ConversationSummary>;
  agents: readonly AgentPresence[];
  meId: string;
  selectedId: string | null;
  pickingUp: ReadonlySet<string>;
  loaded: boolean;
  onPickup: (conversationId: string) => void;
}

/** "45s", "4m", "1h 5m". */
function waited(since: number, now: number): string {
  const s = Math.max(0, Math.round((now - since) / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  return `${Math.floor(m / 60)}h ${m % 60}m`;
}

/** Conversations waiting for a person, in service order, each with a Pick up button. */
export function QueueList({ queue, known, agents, meId, selectedId, pickingUp, loaded, onPickup }: Props) {
  const now = useNow(5000);
  const nameOf = (id: string) =>
    id === meId ? 'you' : (agents.find((a) => a.agentId === id)?.name ?? 'someone');
  const online = agents.filter((a) => a.status === 'online');
  const free = online.reduce((n, a) => n + Math.max(0, a.capacity - a.active), 0);
  return (
    <>
      <p class="queue-summary muted" data-testid="queue-summary">
        {queue.length === 0 ? 'Nobody waiting' : `${queue.length} waiting`} · {online.length} online · {free}{' '}
        free {free === 1 ? 'slot' : 'slots'}
      </p>
      {queue.length === 0 && (
        <p class="empty" data-testid="queue-empty">
          {loaded ? 'No one is waiting for a person right now.' : 'Connecting to the queue…'}
        </p>
      )}
      <ul class="rows queue-rows" aria-label="Waiting conversations">
        {queue.map((q) => {
          const summary = known.get(q.conversationId);
          const name = contactLabel(q.contactName ?? summary?.contactName, summary?.contactId);
          const busy = pickingUp.has(q.conversationId);
          const reason = reasonLabel(q.reason);
          return (
            <li
              key={q.conversationId}
              class={`queue-row${q.conversationId === selectedId ? ' row-selected' : ''}`}
              data-testid="queue-row"
              data-conversation-id={q.conversationId}
              data-priority={q.priority}
            >
              <a
                class="queue-open"
                href={conversationHref(q.conversationId, 'queue')}
                aria-label={`Open ${name}'s conversation`}
              >
                <span class="queue-pos">
                  <span class="visually-hidden">Position </span>#{q.position}
                </span>
                <span class="avatar" aria-hidden="true">
                  {initials(name)}
                </span>
                <span class="row-main">
                  <span class="row-top">
                    <span class="row-name">{name}</span>
                    <span class="row-time" title="Waiting for">
                      {waited(q.waitingSince, now)}
                    </span>
                  </span>
                  {summary?.preview && (
                    <span class="row-preview" dir="auto">
                      {summary.preview}
                    </span>
                  )}
                  <span class="queue-tags">
                    {q.priority !== 'normal' && (
                      <span class={`pill pill-urgency-${q.priority}`}>{q.priority}</span>
                    )}
                    {reason && <span class="pill">{reason}</span>}
                    {q.department && <span class="pill pill-plain">{q.department}</span>}
                    {q.language && <span class="pill pill-plain">{q.language.toUpperCase()}</span>}
                  </span>
                  {q.offeredTo && (
                    <span class="queue-offered muted" data-testid="queue-offered">
                      Offered to {nameOf(q.offeredTo)}
                    </span>
                  )}
                </span>
              </a>
              <button
                type="button"
                class="btn btn-primary btn-small queue-pickup"
                data-testid="queue-pickup"
                disabled={busy}
                onClick={() => onPickup(q.conversationId)}
              >
                {busy ? 'Picking up…' : 'Pick up'}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
