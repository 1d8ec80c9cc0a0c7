import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  testId?: string;
  wide?: boolean;
}

let counter = 0;

/**
 * A modal on the native <dialog>: focus is trapped and restored by the browser, Escape closes.
 * Mount it to open it; unmount (via onClose) to close.
 */
export function Dialog({ title, onClose, children, testId, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useRef(`dialog-title-${++counter}`).current;
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
    };
  }, []);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: backdrop clicks only; Escape (native) and × cover the keyboard
    <dialog
      ref={ref}
      class={`dialog${wide ? ' dialog-wide' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === ref.current) onClose();
      }}
    >
      <div class="dialog-body">
        <header class="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" class="btn btn-ghost btn-small dialog-x" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}

/** "Are you sure?" with the destructive action named on its button. */
export function ConfirmDialog(p: {
  title: string;
  message: string;
  confirmLabel: string;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={p.title} onClose={p.onClose} testId="confirm-dialog">
      <p>{p.message}</p>
      {p.error && (
        <p class="form-error" role="alert">
          {p.error}
        </p>
      )}
      <div class="dialog-actions">
        <button type="button" class="btn btn-secondary" onClick={p.onClose}>
          Cancel
        </button>
        <button
          type="button"
          class="btn btn-danger"
          data-testid="confirm-ok"
          disabled={p.busy}
          onClick={p.onConfirm}
        >
          {p.busy ? 'Working…' : p.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
