import { useEffect, useRef, useState } from 'preact/hooks';

/** The script tag for a host page: the worker serving this console serves the widget too. */
export const embedSnippet = (origin: string, siteKey: string) =>
  `<script async src="${origin}/widget/loader.js" data-site-key="${siteKey}"></script>`;

/** Read-only embed code with a Copy button (for every agent: copying changes nothing). */
export function EmbedCode({ siteKey }: { siteKey: string }) {
  const code = embedSnippet(location.origin, siteKey);
  const box = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);

  useEffect(() => {
    if (copied !== 'yes') return;
    const t = setTimeout(() => setCopied(null), 2500);
    return () => clearTimeout(t);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('yes');
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select it for Ctrl+C instead.
      const range = document.createRange();
      if (box.current) range.selectNodeContents(box.current);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      setCopied('select');
    }
  };

  return (
    <section class="card" aria-labelledby="embed-title">
      <h3 id="embed-title">Embed code</h3>
      <p class="muted">
        Put this on every page of an allowed site, before <code>&lt;/body&gt;</code>.
      </p>
      <div class="embed">
        <pre class="embed-code" ref={box} data-testid="widget-embed">
          {code}
        </pre>
        <button type="button" class="btn btn-secondary btn-small" data-testid="widget-copy" onClick={copy}>
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p class="muted" data-testid="widget-embed-language">
        {copied === 'select' ? (
          <span role="status">Selected: press Ctrl+C (⌘C) to copy. </span>
        ) : (
          copied === 'yes' && (
            <span class="visually-hidden" role="status">
              Copied to the clipboard.
            </span>
          )
        )}
        The widget speaks the visitor's browser language; add <code>data-language="fr"</code> to the tag to
        force one.
      </p>
    </section>
  );
}
