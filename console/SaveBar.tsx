/** How the last save went, said in the save bar. */
export type SaveStatus = { ok: boolean; text: string } | null;

interface Props {
  /** Prefix of the bar's test ids (`<name>-status`, `<name>-save`). */
  name: string;
  status: SaveStatus;
  /** The first thing to fix before saving, shown while there is no status. */
  hint: string | null;
  dirty: boolean;
  busy: boolean;
  onDiscard: () => void;
}

/** A settings form's sticky footer: what happened or what to fix, Discard and Save. */
export function SaveBar({ name, status, hint, dirty, busy, onDiscard }: Props) {
  return (
    <div class="save-bar">
      {status && (
        <span
          class={status.ok ? 'save-ok' : 'form-error'}
          role={status.ok ? 'status' : 'alert'}
          data-testid={`${name}-status`}
        >
          {status.text}
        </span>
      )}
      {!status && hint && <span class="muted">{hint}</span>}
      <button type="button" class="btn btn-secondary" disabled={!dirty || busy} onClick={onDiscard}>
        Discard
      </button>
      <button type="submit" class="btn btn-primary" data-testid={`${name}-save`} disabled={!dirty || busy}>
        {busy ? 'Saving…' : 'Save changes'}
      </button>
    </div>
  );
}
