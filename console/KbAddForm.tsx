import { useState } from 'preact/hooks';
import { failureText } from './api';
import { formatOf, readText, titleOf } from './fileText';
import { createDocument, type DocFormat, type KbDocument } from './knowledgeApi';

const URL_OK = (u: string) =>
  /^https?:\/\//i.test(u) ? URL.canParse(u) : u.startsWith('/') && !u.startsWith('//');

/** A new document: typed or pasted, or read from a .md / .txt / .html file. */
export function KbAddForm({ onAdded, onCancel }: { onAdded: (d: KbDocument) => void; onCancel: () => void }) {
  const [title, setTitle] = useState('');
  const [format, setFormat] = useState<DocFormat>('markdown');
  const [url, setUrl] = useState('');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      setBody(await readText(file));
      setFormat(formatOf(file.name));
      if (!title.trim()) setTitle(titleOf(file.name));
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not read the file.');
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const u = url.trim();
    if (!title.trim()) return setError('Give the document a title.');
    if (!body.trim()) return setError('The document is empty.');
    if (u && !URL_OK(u)) return setError('The link must be an http(s) URL or a path starting with /.');
    setBusy(true);
    setError(null);
    try {
      const { document } = await createDocument({
        title: title.trim(),
        format,
        body,
        ...(u ? { url: u } : {}),
      });
      onAdded(document);
    } catch (err) {
      setError(failureText(err, 'Could not add the document.'));
      setBusy(false);
    }
  };

  return (
    <form class="card kb-form" onSubmit={submit} data-testid="kb-add-form" aria-labelledby="kb-add-title">
      <h2 id="kb-add-title">Add a document</h2>
      <div class="form-grid">
        <label class="field">
          <span>Title</span>
          <input
            data-testid="kb-title"
            value={title}
            maxLength={300}
            required
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>Format</span>
          <select
            data-testid="kb-format"
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value as DocFormat)}
          >
            <option value="markdown">Markdown</option>
            <option value="text">Plain text</option>
            <option value="html">HTML</option>
          </select>
        </label>
        <label class="field field-wide">
          <span>
            Link <span class="muted">(optional — where customers can read it; cited by the bot)</span>
          </span>
          <input
            data-testid="kb-url"
            value={url}
            placeholder="https://help.example.com/returns or /help/returns"
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
      </div>
      <label class="field">
        <span>Content</span>
        <textarea
          data-testid="kb-body"
          rows={10}
          value={body}
          placeholder="Paste the article, or choose a file below."
          onInput={(e) => setBody(e.currentTarget.value)}
        />
      </label>
      <label class="file-field">
        <span>Or read a file (.md, .txt, .html):</span>
        <input
          type="file"
          accept=".md,.markdown,.txt,.html,.htm,text/markdown,text/plain,text/html"
          data-testid="kb-file"
          onChange={onFile}
        />
      </label>
      {error && (
        <p class="form-error" role="alert" data-testid="kb-add-error">
          {error}
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="btn btn-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary" data-testid="kb-add-submit" disabled={busy}>
          {busy ? 'Adding…' : 'Add and index'}
        </button>
      </div>
    </form>
  );
}
