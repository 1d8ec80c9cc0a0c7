import type { Message } from '../worker/protocol';
import { clockTime } from './format';

const SHOWN = 12;

/** The last lines of a conversation, read-only and small: enough to decide before accepting. */
export function TranscriptPreview({ messages, contact }: { messages: readonly Message[]; contact: string }) {
  const lines = messages.filter((m) => m.kind !== 'system').slice(-SHOWN);
  if (lines.length === 0) return <p class="muted preview-empty">No messages yet.</p>;
  return (
    <ol class="preview" data-testid="offer-transcript">
      {lines.map((m) => (
        <li key={m.seq} class={`preview-line preview-${m.kind}`}>
          <span class="preview-who">
            {m.kind === 'visitor'
              ? contact
              : m.kind === 'bot'
                ? 'Bot'
                : m.kind === 'action'
                  ? 'Bot action'
                  : m.kind === 'note'
                    ? `Note · ${m.authorName ?? 'Agent'}`
                    : (m.authorName ?? 'Agent')}
            <time class="muted"> {clockTime(m.at)}</time>
          </span>
          <span class="preview-body" dir="auto">
            {m.kind === 'action' && m.data?.action
              ? `${m.data.action.name} — ${m.data.action.ok ? 'ok' : 'failed'}`
              : m.body}
          </span>
        </li>
      ))}
    </ol>
  );
}
