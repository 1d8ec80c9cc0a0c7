import { useState } from 'preact/hooks';
import { failureText } from './api';
import { percent } from './briefView';
import { type KbSearchResult, searchKnowledge } from './knowledgeApi';

/** Ask the knowledge base what the bot would find: passages and the calibrated confidence. */
export function KbSearch() {
  const [q, setQ] = useState('');
  const [result, setResult] = useState<KbSearchResult | null>(null);
  const [asked, setAsked] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const search = async (e: Event) => {
    e.preventDefault();
    const query = q.trim();
    if (!query) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await searchKnowledge(query));
      setAsked(query);
    } catch (err) {
      setError(failureText(err, 'Search failed.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card kb-search" aria-labelledby="kb-search-title">
      <h2 id="kb-search-title">Try a question</h2>
      <form class="search-row" aria-label="Search the knowledge base" onSubmit={search}>
        <input
          type="search"
          data-testid="kb-search-input"
          aria-label="Question"
          placeholder="How do I return a damaged item?"
          value={q}
          maxLength={1000}
          onInput={(e) => setQ(e.currentTarget.value)}
        />
        <button
          type="submit"
          class="btn btn-primary"
          data-testid="kb-search-submit"
          disabled={busy || !q.trim()}
        >
          {busy ? 'Searching…' : 'Search'}
        </button>
      </form>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div class="search-results" data-testid="kb-search-results" aria-live="polite">
          <div
            class={`confidence-row ${result.gap ? 'confidence-gap' : 'confidence-ok'}`}
            data-testid="kb-confidence"
          >
            <span class="meter" aria-hidden="true">
              <span class="meter-fill" style={{ width: percent(result.confidence) }} />
              <span class="meter-mark" style={{ left: percent(result.threshold) }} />
            </span>
            <span>
              <strong>{percent(result.confidence)}</strong> confident ·{' '}
              {result.gap
                ? `below ${percent(result.threshold)}: the bot would hand “${asked}” to a person`
                : 'the bot would answer from these passages'}
            </span>
          </div>
          {result.passages.length === 0 && <p class="muted">Nothing matched.</p>}
          <ol class="passages">
            {result.passages.map((p) => (
              <li key={p.chunkId} class="passage" data-testid="kb-passage">
                <div class="passage-head">
                  {p.url ? (
                    <a href={p.url} target="_blank" rel="noopener noreferrer">
                      {p.title}
                    </a>
                  ) : (
                    <strong>{p.title}</strong>
                  )}
                  {p.heading && <span class="muted"> › {p.heading}</span>}
                </div>
                <p class="passage-text">{p.text}</p>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
