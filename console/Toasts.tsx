import type { Notices } from './notices';
import { useStore } from './store';

/** Short notes from the live side (claim answers, failed transfers), bottom of the screen. */
export function Toasts({ notices }: { notices: Notices }) {
  const list = useStore(notices.list);
  return (
    <div class="toasts" role="status" aria-live="polite">
      {list.map((n) => (
        <div key={n.id} class={`toast toast-${n.tone}`} data-testid="toast" data-tone={n.tone}>
          <span>{n.text}</span>
          <button type="button" class="toast-x" aria-label="Dismiss" onClick={() => notices.dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
