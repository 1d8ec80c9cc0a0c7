import { useState } from 'preact/hooks';
import type { Message } from '../worker/protocol';
import { clockTime, fullDate } from './format';

/** Pretty-prints JSON text; anything else is shown as it is. */
function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** A bot tool call in the transcript: one compact row, expandable to its input and result. */
export function ActionStep({ m, common }: { m: Message; common: Record<string, string> }) {
  const [open, setOpen] = useState(false);
  const a = m.data?.action;
  const id = `action-${m.seq}`;
  if (!a) {
    return (
      <li class="msg msg-system msg-action" {...common}>
        <span>{m.body}</span>
      </li>
    );
  }
  return (
    <li class={`action-row action-${a.ok ? 'ok' : 'failed'}`} {...common} data-ok={a.ok ? 'true' : 'false'}>
      <button
        type="button"
        class="action-summary"
        aria-expanded={open}
        aria-controls={id}
        data-testid="action-toggle"
        onClick={() => setOpen((o) => !o)}
      >
        <span class="action-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span class="action-icon" aria-hidden="true">
          ⚙
        </span>
        <span class="action-name mono">{a.name}</span>
        <span class={`action-status action-status-${a.ok ? 'ok' : 'failed'}`}>{a.ok ? 'ok' : 'failed'}</span>
        <time class="action-time" dateTime={new Date(m.at).toISOString()} title={fullDate(m.at)}>
          {clockTime(m.at)}
        </time>
      </button>
      {open && (
        <div id={id} class="action-detail" data-testid="action-detail">
          <div class="action-label">Input</div>
          <pre class="action-pre">{pretty(a.input)}</pre>
          <div class="action-label">Result</div>
          <pre class="action-pre">{pretty(a.result)}</pre>
        </div>
      )}
    </li>
  );
}
