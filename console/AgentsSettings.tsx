import { useState } from 'preact/hooks';
import { type AdminAgent, getSettings, listAgents, saveAgentRouting } from './adminApi';
import { failureText } from './api';
import { initials } from './format';
import { useLoad } from './useLoad';

const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/** Each agent's departments, languages and how many conversations they take at once. */
export function AgentsSettings({ admin }: { admin: boolean }) {
  const agents = useLoad(() => listAgents().then((r) => r.agents), 'agents');
  const settings = useLoad(getSettings, 'settings');
  if (agents.error) return <p class="form-error">{agents.error}</p>;
  if (!agents.data) return <p class="empty">Loading…</p>;
  const departments = settings.data?.settings.departments ?? [];
  return (
    <div class="settings-form" data-testid="agents-settings">
      <h2>Agents</h2>
      <p class="muted">Routing offers a conversation only to agents who cover its department and language.</p>
      <ul class="agent-cards">
        {agents.data.map((a) => (
          <AgentCard
            key={a.id}
            agent={a}
            departments={departments}
            admin={admin}
            onSaved={(next) => agents.set((list) => list.map((x) => (x.id === next.id ? next : x)))}
          />
        ))}
      </ul>
    </div>
  );
}

function AgentCard(p: {
  agent: AdminAgent;
  departments: string[];
  admin: boolean;
  onSaved: (a: AdminAgent) => void;
}) {
  const { agent } = p;
  const [deps, setDeps] = useState<string[]>(agent.departments);
  const [langs, setLangs] = useState(agent.languages.join(', '));
  const [capacity, setCapacity] = useState(String(agent.capacity));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const languages = langs
    .split(/[\s,]+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const cap = Number(capacity);
  const badLang = languages.find((l) => !LANG.test(l));
  const problem = badLang
    ? `“${badLang}” is not a language code (use en, de, pt-BR…).`
    : !Number.isInteger(cap) || cap < 1 || cap > 50
      ? 'Capacity: 1 to 50 conversations.'
      : null;
  const dirty =
    deps.join('|') !== agent.departments.join('|') ||
    languages.join('|') !== agent.languages.join('|') ||
    cap !== agent.capacity;
  // Departments the agent has that the workspace list no longer names stay visible (and removable).
  const all = [...new Set([...p.departments, ...deps])];

  const save = async (e: Event) => {
    e.preventDefault();
    if (problem) return setStatus({ ok: false, text: problem });
    setBusy(true);
    setStatus(null);
    try {
      const body = { departments: deps, languages, capacity: cap };
      await saveAgentRouting(agent.id, body);
      p.onSaved({ ...agent, ...body });
      setStatus({ ok: true, text: 'Saved.' });
    } catch (err) {
      setStatus({ ok: false, text: failureText(err, 'Could not save.') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="card agent-card" data-testid="agent-row" data-agent-id={agent.id}>
      <form onSubmit={save} noValidate>
        <div class="agent-head">
          <span class="avatar" aria-hidden="true">
            {initials(agent.name)}
          </span>
          <div>
            <strong>{agent.name}</strong>
            <div class="muted">
              {agent.email} · {agent.role === 'admin' ? 'Admin' : 'Agent'}
            </div>
          </div>
        </div>
        <fieldset disabled={!p.admin} class="plain-fieldset agent-fields">
          <fieldset class="plain-fieldset">
            <legend class="field-label">Departments</legend>
            {all.length === 0 && <span class="muted">No departments set up.</span>}
            <div class="check-row">
              {all.map((d) => (
                <label key={d} class="check">
                  <input
                    type="checkbox"
                    checked={deps.includes(d)}
                    data-testid="agent-department"
                    data-department={d}
                    onChange={(e) =>
                      setDeps(e.currentTarget.checked ? [...deps, d] : deps.filter((x) => x !== d))
                    }
                  />
                  {d}
                </label>
              ))}
            </div>
          </fieldset>
          <label class="field">
            <span>Languages</span>
            <input
              data-testid="agent-languages"
              value={langs}
              placeholder="en, de"
              onInput={(e) => setLangs(e.currentTarget.value)}
            />
          </label>
          <label class="field field-narrow">
            <span>Capacity</span>
            <input
              type="number"
              min={1}
              max={50}
              data-testid="agent-capacity"
              value={capacity}
              onInput={(e) => setCapacity(e.currentTarget.value)}
            />
          </label>
        </fieldset>
        {p.admin && (
          <div class="form-actions">
            {status && (
              <span class={status.ok ? 'save-ok' : 'form-error'} role={status.ok ? 'status' : 'alert'}>
                {status.text}
              </span>
            )}
            <button
              type="submit"
              class="btn btn-primary btn-small"
              data-testid="agent-save"
              disabled={!dirty || busy}
            >
              {busy ? 'Saving…' : 'Save'}
            </button>
          </div>
        )}
      </form>
    </li>
  );
}
