import { useState } from 'preact/hooks';
import { type BotAction, type BotActionInput, createAction, updateAction } from './adminApi';
import { failureText } from './api';
import { Dialog } from './Dialog';
import { checkParameters, EXAMPLE_PARAMETERS } from './schemaCheck';

const NAME = /^[a-z][a-z0-9_]{1,63}$/;

interface Props {
  /** null: a new action. */
  action: BotAction | null;
  onSaved: () => void;
  onClose: () => void;
}

/** Add or edit a bot action. The secret is write-only: blank keeps the stored one. */
export function ActionForm({ action, onSaved, onClose }: Props) {
  const [name, setName] = useState(action?.name ?? '');
  const [description, setDescription] = useState(action?.description ?? '');
  const [url, setUrl] = useState(action?.url ?? '');
  const [visitorText, setVisitorText] = useState(action?.visitorText ?? '');
  const [params, setParams] = useState(
    action ? JSON.stringify(action.parameters, null, 2) : EXAMPLE_PARAMETERS,
  );
  const [secretHeader, setSecretHeader] = useState(action?.secretHeader ?? '');
  const [secret, setSecret] = useState('');
  const [removeSecret, setRemoveSecret] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const check = checkParameters(params);

  const problem = (): string | null => {
    if (!NAME.test(name)) return 'Name: lowercase letters, digits and _, starting with a letter (2–64).';
    if (!description.trim())
      return 'Describe what the action does: the model reads it to decide when to call.';
    if (!/^https?:\/\//i.test(url.trim()) || !URL.canParse(url.trim())) return 'URL: an http(s) address.';
    if (!check.ok) return `Parameters: ${check.error}`;
    if (secret && !secretHeader.trim())
      return 'Name the header that carries the secret (e.g. Authorization).';
    return null;
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const p = problem();
    if (p) return setError(p);
    if (!check.ok) return;
    const body: BotActionInput = {
      name,
      description: description.trim(),
      url: url.trim(),
      visitorText: visitorText.trim(),
      parameters: check.schema,
      secretHeader: secretHeader.trim() || null,
    };
    if (secret) body.secretValue = secret;
    else if (removeSecret || !action) body.secretValue = null;
    setBusy(true);
    setError(null);
    try {
      if (action) await updateAction(action.id, body);
      else await createAction(body);
      onSaved();
    } catch (err) {
      setError(failureText(err, 'Could not save the action.'));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={action ? `Edit ${action.name}` : 'New bot action'}
      onClose={onClose}
      testId="action-form"
      wide
    >
      <form class="action-form" onSubmit={submit} noValidate>
        <div class="form-grid">
          <label class="field">
            <span>Name</span>
            <input
              class="mono-input"
              data-testid="action-name"
              value={name}
              placeholder="lookup_order"
              maxLength={64}
              aria-invalid={name !== '' && !NAME.test(name)}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>Customer sees while it runs</span>
            <input
              data-testid="action-visitor-text"
              value={visitorText}
              maxLength={200}
              placeholder="Looking up your order…"
              onInput={(e) => setVisitorText(e.currentTarget.value)}
            />
          </label>
          <label class="field field-wide">
            <span>What it does (the model reads this)</span>
            <textarea
              data-testid="action-description"
              rows={2}
              maxLength={1000}
              value={description}
              onInput={(e) => setDescription(e.currentTarget.value)}
            />
          </label>
          <label class="field field-wide">
            <span>Endpoint URL (called with POST and the input as JSON)</span>
            <input
              type="url"
              data-testid="action-url"
              value={url}
              placeholder="https://api.example.com/orders/lookup"
              onInput={(e) => setUrl(e.currentTarget.value)}
            />
          </label>
          <label class="field field-wide">
            <span>Parameters (JSON Schema)</span>
            <textarea
              class="code"
              data-testid="action-parameters"
              rows={9}
              spellcheck={false}
              value={params}
              aria-invalid={!check.ok}
              aria-describedby="action-params-check"
              onInput={(e) => setParams(e.currentTarget.value)}
            />
            <span
              id="action-params-check"
              class={check.ok ? 'schema-ok' : 'schema-bad'}
              data-testid="action-parameters-check"
              data-ok={check.ok ? 'true' : 'false'}
            >
              {check.ok
                ? check.params.length
                  ? `Inputs: ${check.params.map((p) => `${p.name}${p.required ? '' : '?'}: ${p.type}`).join(', ')}`
                  : 'No inputs.'
                : check.error}
            </span>
          </label>
          <label class="field">
            <span>Secret header</span>
            <input
              data-testid="action-secret-header"
              value={secretHeader}
              placeholder="Authorization"
              maxLength={100}
              onInput={(e) => setSecretHeader(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>Secret value</span>
            <input
              type="password"
              autoComplete="new-password"
              data-testid="action-secret"
              value={secret}
              maxLength={2000}
              disabled={removeSecret}
              placeholder={action?.hasSecret ? 'Stored — leave blank to keep' : 'Bearer …'}
              onInput={(e) => setSecret(e.currentTarget.value)}
            />
            {action?.hasSecret && (
              <label class="check">
                <input
                  type="checkbox"
                  checked={removeSecret}
                  data-testid="action-secret-remove"
                  onChange={(e) => {
                    setRemoveSecret(e.currentTarget.checked);
                    setSecret('');
                  }}
                />
                Remove the stored secret
              </label>
            )}
          </label>
        </div>
        {error && (
          <p class="form-error" role="alert" data-testid="action-error">
            {error}
          </p>
        )}
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" data-testid="action-save" disabled={busy}>
            {busy ? 'Saving…' : action ? 'Save' : 'Add action'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
