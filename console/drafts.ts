/** Unsent composer text per conversation, kept while the agent switches threads. */
export interface Draft {
  text: string;
  note: boolean;
}

const drafts = new Map<string, Draft>();

export const getDraft = (id: string): Draft => drafts.get(id) ?? { text: '', note: false };

export function saveDraft(id: string, draft: Draft): void {
  if (!draft.text && !draft.note) drafts.delete(id);
  else drafts.set(id, draft);
}

export const clearDrafts = () => drafts.clear();
