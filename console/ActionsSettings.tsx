import { useState } from 'preact/hooks';
import { ActionForm } from './ActionForm';
import { type BotAction, deleteAction, listActions, updateAction } from './adminApi';
import { failureText } from './api';
import { ConfirmDialog } from './Dialog';
import { useLoad } from './useLoad';

function paramNames(schema: Record<string, unknown>): string[] {
  const props = schema.properties;
  return typeof props === 'object' && props !== null ? Object.keys(props) : [];
}

/** The HTTP actions the bot may call (LLM mode): list, add, edit, switch on/off, delete. */
export function ActionsSettings({ admin }: { admin: boolean }) {
  const actions = useLoad(() => listActions().then((r) => r.actions), 'actions');
  const [editing, setEditing] = useState<BotAction | 'new' | null>(null);
  const [deleting, setDeleting] = useState<BotAction | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const toggle = async (a: BotAction) => {
    setBusy(a.id);
    setError(null);
    try {
      await updateAction(a.id, { enabled: !a.enabled });
      actions.set((list) => list.map((x) => (x.id === a.id ? { ...x, enabled: !a.enabled } : x)));
    } catch (err) {
      setError(failureText(err, 'Could not change it.'));
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    if (!deleting) return;
    setBusy(deleting.id);
    setError(null);
    try {
      await deleteAction(deleting.id);
      const id = deleting.id;
      actions.set((list) => list.filter((x) => x.id !== id));
      setDeleting(null);
    } catch (err) {
      setError(failureText(err, 'Could not delete it.'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="settings-form" data-testid="actions-settings">
      <div class="section-row">
        <div>
          <h2>Bot actions</h2>
          <p class="muted">
            HTTP endpoints the bot may call to look things up or do them. Each call shows in the transcript.
          </p>
        </div>
        {admin && (
          <button
            type="button"
            class="btn btn-primary"
            data-testid="action-add"
            onClick={() => setEditing('new')}
          >
            Add action
          </button>
        )}
      </div>
      {(actions.error || error) && (
        <p class="form-error" role="alert">
          {error ?? actions.error}
        </p>
      )}
      {actions.data?.length === 0 && (
        <p class="empty" data-testid="actions-empty">
          No actions yet.
        </p>
      )}
      <ul class="action-cards">
        {actions.data?.map((a) => (
          <li
            key={a.id}
            class={`card action-card${a.enabled ? '' : ' action-off'}`}
            data-testid="action-row"
            data-action-id={a.id}
            data-enabled={a.enabled ? 'true' : 'false'}
          >
            <div class="action-card-head">
              <code class="action-card-name">{a.name}</code>
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  aria-checked={a.enabled}
                  checked={a.enabled}
                  disabled={!admin || busy === a.id}
                  data-testid="action-enabled"
                  onChange={() => void toggle(a)}
                />
                <span class="switch-track" aria-hidden="true" />
                {a.enabled ? 'Enabled' : 'Disabled'}
              </label>
            </div>
            <p>{a.description}</p>
            <dl class="action-facts">
              <dt>Endpoint</dt>
              <dd class="mono">{a.url}</dd>
              <dt>Inputs</dt>
              <dd>{paramNames(a.parameters).join(', ') || '—'}</dd>
              <dt>Secret</dt>
              <dd>{a.hasSecret ? `Stored (sent as ${a.secretHeader ?? 'a header'})` : 'None'}</dd>
              {a.visitorText && (
                <>
                  <dt>Customer sees</dt>
                  <dd>{a.visitorText}</dd>
                </>
              )}
            </dl>
            {admin && (
              <div class="form-actions">
                <button
                  type="button"
                  class="btn btn-secondary btn-small"
                  data-testid="action-edit"
                  onClick={() => setEditing(a)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  class="btn btn-ghost btn-small btn-danger-text"
                  data-testid="action-delete"
                  onClick={() => setDeleting(a)}
                >
                  Delete
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {editing && (
        <ActionForm
          action={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void actions.reload();
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete action?"
          message={`The bot can no longer call ${deleting.name}. This cannot be undone.`}
          confirmLabel="Delete"
          busy={busy === deleting.id}
          error={error}
          onConfirm={() => void remove()}
          onClose={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
