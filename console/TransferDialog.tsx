import { useEffect, useState } from 'preact/hooks';
import type { AgentPresence } from '../worker/protocol';
import { getSettings } from './adminApi';
import { failureText, transferConversation } from './api';
import { Dialog } from './Dialog';
import { PRESENCE_LABEL } from './presence';

interface Props {
  conversationId: string;
  contact: string;
  meId: string;
  agents: readonly AgentPresence[];
  onDone: (message: string) => void;
  onClose: () => void;
}

type Mode = 'agent' | 'department';

/**
 * Warm transfer: pick a teammate (who is online, how loaded) or a department, and write the
 * note they will read on the offer. The conversation stays ours until they accept.
 */
export function TransferDialog({ conversationId, contact, meId, agents, onDone, onClose }: Props) {
  const [mode, setMode] = useState<Mode>('agent');
  const [agentId, setAgentId] = useState<string | null>(null);
  const [department, setDepartment] = useState<string | null>(null);
  const [departments, setDepartments] = useState<string[] | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    getSettings()
      .then((s) => setDepartments(s.settings.departments))
      .catch(() => setDepartments([]));
  }, []);

  const others = agents.filter((a) => a.agentId !== meId);
  const target = mode === 'agent' ? agentId : department;
  const canSubmit = !!target && note.trim().length > 0 && !busy;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!canSubmit) {
      setError(
        !target ? `Choose ${mode === 'agent' ? 'a teammate' : 'a department'}.` : 'Write a note for them.',
      );
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await transferConversation(
        conversationId,
        mode === 'agent' ? { agentId: target } : { department: target },
        note.trim(),
      );
      onDone(r.message);
    } catch (err) {
      setError(failureText(err, 'Could not start the transfer.'));
      setBusy(false);
    }
  };

  const onlineIn = (d: string) =>
    agents.filter((a) => a.agentId !== meId && a.status === 'online' && a.departments.includes(d)).length;

  return (
    <Dialog title={`Transfer ${contact}`} onClose={onClose} testId="transfer-dialog">
      <form class="transfer" onSubmit={submit}>
        <p class="muted">The conversation stays with you until they accept.</p>
        <fieldset class="segmented">
          <legend class="visually-hidden">Transfer to</legend>
          {(['agent', 'department'] as const).map((m) => (
            <label key={m} class={`segment${mode === m ? ' segment-on' : ''}`}>
              <input
                type="radio"
                name="transfer-mode"
                value={m}
                checked={mode === m}
                data-testid={`transfer-mode-${m}`}
                onChange={() => setMode(m)}
              />
              {m === 'agent' ? 'A teammate' : 'A department'}
            </label>
          ))}
        </fieldset>

        {mode === 'agent' ? (
          <fieldset class="choices" data-testid="transfer-agents">
            <legend class="field-label">Teammate</legend>
            {others.length === 0 && <p class="muted">Nobody else is on the team yet.</p>}
            {others.map((a) => {
              const unavailable = a.status !== 'online';
              return (
                <label
                  key={a.agentId}
                  class={`choice${agentId === a.agentId ? ' choice-on' : ''}${unavailable ? ' choice-off' : ''}`}
                >
                  <input
                    type="radio"
                    name="transfer-agent"
                    value={a.agentId}
                    checked={agentId === a.agentId}
                    disabled={unavailable}
                    data-testid="transfer-agent"
                    data-agent-id={a.agentId}
                    onChange={() => setAgentId(a.agentId)}
                  />
                  <span class={`dot dot-${a.status}`} aria-hidden="true" />
                  <span class="choice-main">
                    <span class="choice-name">{a.name}</span>
                    <span class="muted choice-sub">
                      {PRESENCE_LABEL[a.status]}
                      {a.departments.length > 0 && ` · ${a.departments.join(', ')}`}
                    </span>
                  </span>
                  <span class={`choice-load${a.active >= a.capacity ? ' choice-full' : ''}`}>
                    {a.active}/{a.capacity}
                    <span class="visually-hidden"> conversations</span>
                  </span>
                </label>
              );
            })}
          </fieldset>
        ) : (
          <fieldset class="choices" data-testid="transfer-departments">
            <legend class="field-label">Department</legend>
            {departments === null && <p class="muted">Loading departments…</p>}
            {departments?.length === 0 && (
              <p class="muted">No departments are set up (Settings → Routing).</p>
            )}
            {departments?.map((d) => (
              <label key={d} class={`choice${department === d ? ' choice-on' : ''}`}>
                <input
                  type="radio"
                  name="transfer-department"
                  value={d}
                  checked={department === d}
                  data-testid="transfer-department"
                  data-department={d}
                  onChange={() => setDepartment(d)}
                />
                <span class="choice-main">
                  <span class="choice-name">{d}</span>
                  <span class="muted choice-sub">{onlineIn(d)} online</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}

        <label class="field">
          <span>Note for them (required)</span>
          <textarea
            data-testid="transfer-note"
            rows={3}
            maxLength={2000}
            required
            placeholder="What they need to know: what you checked, what is left to do…"
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </label>
        {error && (
          <p class="form-error" role="alert" data-testid="transfer-error">
            {error}
          </p>
        )}
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" data-testid="transfer-submit" disabled={busy}>
            {busy ? 'Offering…' : 'Offer transfer'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
