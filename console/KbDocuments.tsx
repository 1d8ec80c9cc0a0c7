import { fullDate, relativeTime } from './format';
import type { KbDocument } from './knowledgeApi';

interface Props {
  docs: readonly KbDocument[];
  canWrite: boolean;
  busy: ReadonlySet<string>;
  now: number;
  onReindex: (d: KbDocument) => void;
  onDelete: (d: KbDocument) => void;
}

const FORMAT = { markdown: 'Markdown', text: 'Text', html: 'HTML' } as const;

/** The documents with their indexing state; a progress bar while a document indexes. */
export function KbDocuments({ docs, canWrite, busy, now, onReindex, onDelete }: Props) {
  if (docs.length === 0)
    return (
      <p class="empty" data-testid="kb-empty">
        No documents yet. Add your help articles so the bot can answer from them.
      </p>
    );
  return (
    <div class="table-wrap">
      <table class="table" data-testid="kb-documents">
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Status</th>
            <th scope="col" class="num">
              Passages
            </th>
            <th scope="col">Updated</th>
            {canWrite && (
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {docs.map((d) => (
            <tr key={d.id} data-testid="kb-doc" data-doc-id={d.id} data-status={d.status}>
              <td>
                <div class="doc-title">{d.title}</div>
                <div class="muted doc-sub">
                  {FORMAT[d.format]} · {Math.max(1, Math.round(d.sourceChars / 1000))}k chars
                  {d.url && (
                    <>
                      {' · '}
                      <a href={d.url} target="_blank" rel="noopener noreferrer">
                        {d.url}
                      </a>
                    </>
                  )}
                </div>
              </td>
              <td>
                <span class={`status-pill status-${d.status}`} data-testid="kb-doc-status">
                  {d.status === 'indexing' ? 'Indexing' : d.status === 'ready' ? 'Ready' : 'Failed'}
                </span>
                {d.status === 'indexing' && (
                  <div
                    class="progress"
                    role="progressbar"
                    aria-label={`Indexing ${d.title}`}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={Math.round(d.progress * 100)}
                    data-testid="kb-progress"
                  >
                    <span class="progress-fill" style={{ width: `${Math.max(4, d.progress * 100)}%` }} />
                  </div>
                )}
                {d.status === 'indexing' && d.chunksTotal > 0 && (
                  <div class="muted doc-sub">
                    {d.chunksDone} of {d.chunksTotal}
                  </div>
                )}
                {d.status === 'failed' && d.error && <div class="doc-error">{d.error}</div>}
              </td>
              <td class="num">{d.status === 'ready' ? d.chunks : '—'}</td>
              <td>
                <time dateTime={new Date(d.updatedAt).toISOString()} title={fullDate(d.updatedAt)}>
                  {relativeTime(d.updatedAt, now)}
                </time>
              </td>
              {canWrite && (
                <td class="row-actions">
                  <button
                    type="button"
                    class="btn btn-ghost btn-small"
                    data-testid="kb-reindex"
                    disabled={busy.has(d.id) || d.status === 'indexing'}
                    onClick={() => onReindex(d)}
                  >
                    Reindex
                  </button>
                  <button
                    type="button"
                    class="btn btn-ghost btn-small btn-danger-text"
                    data-testid="kb-delete"
                    disabled={busy.has(d.id)}
                    onClick={() => onDelete(d)}
                  >
                    Delete
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
