import { Store } from './store';

const KEY = 'baton.agentNames';

function load(): Record<string, string> {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return typeof raw === 'object' && raw !== null ? (raw as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Agent id → display name. Inbox summaries carry only `assigneeId`, so names are learned
 * from what does carry them (the logged-in profile, conversation state, message authors)
 * and remembered across reloads.
 */
export const agentNames = new Store<Record<string, string>>(load());

export function rememberAgent(id: string | null | undefined, name: string | null | undefined): void {
  if (!id || !name || agentNames.get()[id] === name) return;
  agentNames.update((names) => ({ ...names, [id]: name }));
  try {
    localStorage.setItem(KEY, JSON.stringify(agentNames.get()));
  } catch {}
}
