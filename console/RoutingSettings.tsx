import { useEffect, useState } from 'preact/hooks';
import { type BusinessHours, getSettings, saveSettings, type WorkspaceSettings } from './adminApi';
import { failureText } from './api';
import { HoursEditor } from './HoursEditor';
import { routingProblems } from './routingCheck';
import { SaveBar, type SaveStatus } from './SaveBar';
import { browserTimeZone } from './timeZones';
import { useLoad } from './useLoad';

const defaultHours = (): BusinessHours => {
  const day = [{ open: '09:00', close: '17:00' }];
  return {
    timezone: browserTimeZone(),
    weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
    holidays: [],
  };
};

function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

/** Departments, business hours, offer / grace / reply timeouts, max wait, ticket webhook. */
export function RoutingSettings({ admin }: { admin: boolean }) {
  const loaded = useLoad(getSettings, 'settings');
  const [form, setForm] = useState<WorkspaceSettings | null>(null);
  const [department, setDepartment] = useState('');
  const [showSecret, setShowSecret] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<SaveStatus>(null);

  useEffect(() => {
    if (loaded.data) setForm(loaded.data.settings);
  }, [loaded.data]);

  if (loaded.error) return <p class="form-error">{loaded.error}</p>;
  if (!form) return <p class="empty">Loading…</p>;

  const set = (p: Partial<WorkspaceSettings>) => {
    setForm({ ...form, ...p });
    setStatus(null);
  };
  const dirty = JSON.stringify(form) !== JSON.stringify(loaded.data?.settings);
  const problems = routingProblems(form);

  const addDepartment = () => {
    const d = department.trim();
    if (!d || form.departments.some((x) => x.toLowerCase() === d.toLowerCase())) return;
    set({ departments: [...form.departments, d] });
    setDepartment('');
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (problems.length) return setStatus({ ok: false, text: problems[0]! });
    setBusy(true);
    try {
      await saveSettings({ settings: form });
      loaded.set((s) => ({ ...s, settings: form }));
      setStatus({ ok: true, text: 'Saved. Routing uses the new settings within half a minute.' });
    } catch (err) {
      setStatus({ ok: false, text: failureText(err, 'Could not save.') });
    } finally {
      setBusy(false);
    }
  };

  const num = (v: string) => (v === '' ? Number.NaN : Number(v));

  return (
    <form
      noValidate
      class="settings-form"
      onSubmit={save}
      data-testid="routing-settings"
      aria-labelledby="routing-title"
    >
      <h2 id="routing-title">Routing</h2>
      <fieldset disabled={!admin} class="plain-fieldset">
        <section class="card" aria-labelledby="departments-title">
          <h3 id="departments-title">Departments</h3>
          <p class="muted">
            Conversations can be routed and transferred to a department; agents belong to some.
          </p>
          <ul class="chips" data-testid="settings-departments">
            {form.departments.length === 0 && (
              <li class="muted">No departments: everyone takes everything.</li>
            )}
            {form.departments.map((d) => (
              <li key={d} class="chip">
                {d}
                {admin && (
                  <button
                    type="button"
                    class="chip-x"
                    aria-label={`Remove ${d}`}
                    onClick={() => set({ departments: form.departments.filter((x) => x !== d) })}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
          {admin && (
            <div class="inline-add">
              <input
                aria-label="New department"
                placeholder="e.g. Billing"
                maxLength={60}
                data-testid="department-input"
                value={department}
                onInput={(e) => setDepartment(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addDepartment();
                  }
                }}
              />
              <button
                type="button"
                class="btn btn-secondary"
                data-testid="department-add"
                onClick={addDepartment}
              >
                Add
              </button>
            </div>
          )}
        </section>

        <section class="card" aria-labelledby="hours-title">
          <h3 id="hours-title">Business hours</h3>
          <p class="muted">
            Outside these hours customers are told when the team is back and can leave details.
          </p>
          <fieldset class="segmented">
            <legend class="visually-hidden">Business hours</legend>
            <label class={`segment${form.hours === null ? ' segment-on' : ''}`}>
              <input
                type="radio"
                name="hours-mode"
                checked={form.hours === null}
                data-testid="hours-always"
                onChange={() => set({ hours: null })}
              />
              Always open
            </label>
            <label class={`segment${form.hours !== null ? ' segment-on' : ''}`}>
              <input
                type="radio"
                name="hours-mode"
                checked={form.hours !== null}
                data-testid="hours-scheduled"
                onChange={() => set({ hours: loaded.data?.settings.hours ?? defaultHours() })}
              />
              Set hours
            </label>
          </fieldset>
          {form.hours && (
            <HoursEditor hours={form.hours} disabled={!admin} onChange={(hours) => set({ hours })} />
          )}
        </section>

        <section class="card" aria-labelledby="timing-title">
          <h3 id="timing-title">Timing</h3>
          <div class="form-grid">
            <label class="field">
              <span>Offer timeout</span>
              <span class="input-unit">
                <input
                  type="number"
                  min={5}
                  max={600}
                  data-testid="offer-timeout"
                  value={form.offerTimeoutSeconds}
                  onInput={(e) => set({ offerTimeoutSeconds: num(e.currentTarget.value) })}
                />
                seconds
              </span>
              <small class="muted">How long an agent has to accept before the next one is asked.</small>
            </label>
            <label class="field">
              <span>Grace period</span>
              <span class="input-unit">
                <input
                  type="number"
                  min={5}
                  max={3600}
                  data-testid="grace-seconds"
                  value={form.graceSeconds}
                  onInput={(e) => set({ graceSeconds: num(e.currentTarget.value) })}
                />
                seconds
              </span>
              <small class="muted">
                A console gone this long makes its agent offline; their chats go back in line.
              </small>
            </label>
            <label class="field">
              <span>Reply timeout</span>
              <span class="input-unit">
                <input
                  type="number"
                  min={0.1}
                  max={240}
                  step="any"
                  data-testid="reply-timeout"
                  value={form.replyTimeoutMinutes}
                  onInput={(e) => set({ replyTimeoutMinutes: num(e.currentTarget.value) })}
                />
                minutes
              </span>
              <small class="muted">
                An assigned agent silent this long: the conversation is offered to someone else.
              </small>
            </label>
            <label class="field">
              <span>Longest wait</span>
              <span class="input-unit">
                <input
                  type="number"
                  min={1}
                  step="any"
                  data-testid="max-wait"
                  value={Math.round((form.maxWaitSeconds / 60) * 10) / 10}
                  onInput={(e) => set({ maxWaitSeconds: Math.round(num(e.currentTarget.value) * 60) })}
                />
                minutes
              </span>
              <small class="muted">
                Above this estimate customers hear about the wait and get alternatives first.
              </small>
            </label>
          </div>
        </section>

        <section class="card" aria-labelledby="webhook-title">
          <h3 id="webhook-title">Ticket webhook</h3>
          <p class="muted">
            Callback and contact requests are POSTed here, signed with the secret (Standard Webhooks).
          </p>
          <div class="form-grid">
            <label class="field field-wide">
              <span>URL</span>
              <input
                type="url"
                placeholder="https://example.com/hooks/baton"
                data-testid="webhook-url"
                value={form.ticketWebhookUrl ?? ''}
                onInput={(e) => set({ ticketWebhookUrl: e.currentTarget.value.trim() || null })}
              />
            </label>
            <label class="field field-wide">
              <span>Signing secret</span>
              <span class="input-with-buttons">
                <input
                  // One input either way, so focus and caret survive Show/Hide.
                  type={(showSecret ? 'text' : 'password') as 'text'}
                  autoComplete="off"
                  data-testid="webhook-secret"
                  value={form.webhookSecret ?? ''}
                  placeholder="whsec_…"
                  onInput={(e) => set({ webhookSecret: e.currentTarget.value.trim() || null })}
                />
                <button
                  type="button"
                  class="btn btn-ghost btn-small"
                  onClick={() => setShowSecret((s) => !s)}
                >
                  {showSecret ? 'Hide' : 'Show'}
                </button>
                {admin && (
                  <button
                    type="button"
                    class="btn btn-secondary btn-small"
                    data-testid="webhook-secret-generate"
                    onClick={() => {
                      set({ webhookSecret: newSecret() });
                      setShowSecret(true);
                    }}
                  >
                    Generate
                  </button>
                )}
              </span>
            </label>
          </div>
        </section>
      </fieldset>

      {admin && (
        <SaveBar
          name="routing"
          status={status}
          hint={problems[0] ?? null}
          dirty={dirty}
          busy={busy}
          onDiscard={() => {
            if (loaded.data) setForm(loaded.data.settings);
            setStatus(null);
          }}
        />
      )}
    </form>
  );
}
