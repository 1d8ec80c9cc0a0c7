import { useState } from 'preact/hooks';
import { failureText } from './api';
import { readText, titleOf } from './fileText';
import { importPages, type KbDocument } from './knowledgeApi';

interface Page {
  name: string;
  url: string;
  html: string;
}

const URL_OK = (u: string) =>
  /^https?:\/\//i.test(u) ? URL.canParse(u) : u.startsWith('/') && !u.startsWith('//');
const slug = (name: string) => name.replace(/\.[^.]+$/, '').replace(/^index$/i, '');

function join(base: string, name: string): string {
  const b = base.trim().replace(/\/+$/, '');
  return `${b}/${slug(name)}`;
}

/**
 * Saved help-centre pages (HTML files) imported in one go. Each page needs the URL it lives at;
 * importing a URL again replaces that page instead of adding a copy.
 */
export function KbImport({
  onImported,
  onCancel,
}: {
  onImported: (d: KbDocument[]) => void;
  onCancel: () => void;
}) {
  const [base, setBase] = useState('/help');
  const [pages, setPages] = useState<Page[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFiles = async (e: Event) => {
    const files = [...((e.currentTarget as HTMLInputElement).files ?? [])].slice(0, 100);
    try {
      const read = await Promise.all(
        files.map(async (f) => ({ name: f.name, url: join(base, f.name), html: await readText(f) })),
      );
      setPages(read);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not read the files.');
    }
  };

  const rebase = (next: string) => {
    setBase(next);
    setPages((ps) => ps.map((p) => ({ ...p, url: join(next, p.name) })));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (pages.length === 0) return setError('Choose one or more HTML files.');
    const bad = pages.find((p) => !URL_OK(p.url.trim()));
    if (bad) return setError(`${bad.name}: the URL must be http(s) or a path starting with /.`);
    setBusy(true);
    setError(null);
    try {
      const { documents } = await importPages(pages.map((p) => ({ url: p.url.trim(), html: p.html })));
      onImported(documents);
    } catch (err) {
      setError(failureText(err, 'Could not import the pages.'));
      setBusy(false);
    }
  };

  return (
    <form
      class="card kb-form"
      onSubmit={submit}
      data-testid="kb-import-form"
      aria-labelledby="kb-import-title"
    >
      <h2 id="kb-import-title">Import help-centre pages</h2>
      <p class="muted">Save the pages as HTML and choose them here. Titles come from each page.</p>
      <div class="form-grid">
        <label class="field">
          <span>Pages live under</span>
          <input data-testid="kb-import-base" value={base} onInput={(e) => rebase(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>HTML files</span>
          <input
            type="file"
            multiple
            accept=".html,.htm,text/html"
            data-testid="kb-import-files"
            onChange={onFiles}
          />
        </label>
      </div>
      {pages.length > 0 && (
        <ul class="import-list" data-testid="kb-import-pages">
          {pages.map((p, i) => (
            <li key={p.name}>
              <span class="import-name">{titleOf(p.name)}</span>
              <input
                aria-label={`URL for ${p.name}`}
                value={p.url}
                onInput={(e) => {
                  const url = e.currentTarget.value;
                  setPages((ps) => ps.map((x, j) => (j === i ? { ...x, url } : x)));
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="btn btn-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          class="btn btn-primary"
          data-testid="kb-import-submit"
          disabled={busy || pages.length === 0}
        >
          {busy ? 'Importing…' : `Import ${pages.length || ''} ${pages.length === 1 ? 'page' : 'pages'}`}
        </button>
      </div>
    </form>
  );
}
