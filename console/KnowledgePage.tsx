import { useEffect, useState } from 'preact/hooks';
import type { AgentProfile } from '../worker/protocol';
import { failureText } from './api';
import { ConfirmDialog } from './Dialog';
import { KbAddForm } from './KbAddForm';
import { KbDocuments } from './KbDocuments';
import { KbImport } from './KbImport';
import { KbSearch } from './KbSearch';
import { deleteDocument, getDocument, type KbDocument, listDocuments, reindexDocument } from './knowledgeApi';
import { useLoad } from './useLoad';

const POLL_MS = 1500;

/** The bot's knowledge: documents and their indexing, adding and importing, and a test search. */
export function KnowledgePage({ me, now }: { me: AgentProfile; now: number }) {
  const docs = useLoad(() => listDocuments().then((r) => r.documents), 'documents');
  const canWrite = me.role === 'admin';
  const [panel, setPanel] = useState<'add' | 'import' | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [deleting, setDeleting] = useState<KbDocument | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const upsert = (list: readonly KbDocument[]) =>
    docs.set((current) => {
      const byId = new Map(current.map((d) => [d.id, d]));
      for (const d of list) byId.set(d.id, d);
      return [...byId.values()].sort((a, b) => b.updatedAt - a.updatedAt);
    });
  const mark = (id: string, on: boolean) =>
    setBusy((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  // While anything indexes, poll those documents (the GET also resumes a stalled job server-side).
  const indexing = (docs.data ?? []).filter((d) => d.status === 'indexing').map((d) => d.id);
  const indexingKey = indexing.join(',');
  useEffect(() => {
    if (!indexingKey) return;
    const t = setInterval(() => {
      for (const id of indexingKey.split(','))
        getDocument(id)
          .then((r) => upsert([r.document]))
          .catch(() => {});
    }, POLL_MS);
    return () => clearInterval(t);
  }, [indexingKey]);

  const reindex = async (d: KbDocument) => {
    mark(d.id, true);
    setError(null);
    try {
      upsert([(await reindexDocument(d.id)).document]);
    } catch (err) {
      setError(failureText(err, 'Could not reindex.'));
    } finally {
      mark(d.id, false);
    }
  };

  const confirmDelete = async () => {
    const d = deleting;
    if (!d) return;
    mark(d.id, true);
    setDeleteError(null);
    try {
      await deleteDocument(d.id);
      docs.set((list) => list.filter((x) => x.id !== d.id));
      setDeleting(null);
    } catch (err) {
      setDeleteError(failureText(err, 'Could not delete it.'));
    } finally {
      mark(d.id, false);
    }
  };

  return (
    <section class="page-body page-wide" aria-labelledby="kb-page-title">
      <header class="page-head">
        <div>
          <h1 id="kb-page-title">Knowledge base</h1>
          <p class="muted">
            {docs.data ? `${docs.data.length} documents` : 'Documents'} the bot answers from, with sources.
            {!canWrite && ' Only admins can change them.'}
          </p>
        </div>
        {canWrite && (
          <div class="page-tools">
            <button
              type="button"
              class="btn btn-secondary"
              data-testid="kb-import-open"
              aria-expanded={panel === 'import'}
              onClick={() => setPanel(panel === 'import' ? null : 'import')}
            >
              Import pages
            </button>
            <button
              type="button"
              class="btn btn-primary"
              data-testid="kb-add-open"
              aria-expanded={panel === 'add'}
              onClick={() => setPanel(panel === 'add' ? null : 'add')}
            >
              Add document
            </button>
          </div>
        )}
      </header>

      {panel === 'add' && (
        <KbAddForm
          onCancel={() => setPanel(null)}
          onAdded={(d) => {
            upsert([d]);
            setPanel(null);
          }}
        />
      )}
      {panel === 'import' && (
        <KbImport
          onCancel={() => setPanel(null)}
          onImported={(list) => {
            upsert(list);
            setPanel(null);
          }}
        />
      )}

      <div class="kb-layout">
        <div class="kb-main">
          {(docs.error || error) && (
            <p class="form-error" role="alert">
              {error ?? docs.error}
            </p>
          )}
          {docs.loading && !docs.data && <p class="empty">Loading…</p>}
          {docs.data && (
            <KbDocuments
              docs={docs.data}
              canWrite={canWrite}
              busy={busy}
              now={now}
              onReindex={(d) => void reindex(d)}
              onDelete={(d) => {
                setDeleteError(null);
                setDeleting(d);
              }}
            />
          )}
        </div>
        <KbSearch />
      </div>
      {deleting && (
        <ConfirmDialog
          title="Delete document?"
          message={`“${deleting.title}” and its passages will be removed. The bot stops citing it at once.`}
          confirmLabel="Delete"
          busy={busy.has(deleting.id)}
          error={deleteError}
          onConfirm={() => void confirmDelete()}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
