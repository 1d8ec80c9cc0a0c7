import { useEffect, useRef } from 'preact/hooks';
import { type GreetingRow, languageName, MAX_GREETING, type Problem } from './widgetCheck';

/**
 * The greeting in other languages: one row per language code. `shown` holds the rows whose
 * problems may be shown (left, or after a save attempt), so a half-typed code is not an error yet.
 */
export function GreetingsEditor(p: {
  rows: GreetingRow[];
  problems: Problem[];
  shown: (key: number) => boolean;
  admin: boolean;
  onChange: (rows: GreetingRow[]) => void;
  onAdd: () => void;
  onLeave: (key: number) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  const count = useRef(p.rows.length);
  // A new row: straight to its code.
  useEffect(() => {
    if (p.rows.length > count.current)
      list.current?.querySelector<HTMLInputElement>('li:last-child [data-testid="greeting-code"]')?.focus();
    count.current = p.rows.length;
  }, [p.rows.length]);

  const edit = (key: number, patch: Partial<GreetingRow>) =>
    p.onChange(p.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <div class={p.admin ? 'greetings' : 'greetings greetings-readonly'}>
      {p.rows.length === 0 && (
        <p class="muted" data-testid="greetings-empty">
          None yet: every visitor gets the greeting above.
        </p>
      )}
      {p.rows.length > 0 && (
        <div class="greeting-row greeting-head" aria-hidden="true">
          <span>Language</span>
          <span>Greeting</span>
        </div>
      )}
      <ul class="greeting-rows" ref={list}>
        {p.rows.map((r) => {
          const code = r.code.trim();
          const name = languageName(code);
          const problem = p.shown(r.key) ? p.problems.find((x) => x.row === r.key) : undefined;
          const errorId = `greeting-error-${r.key}`;
          const label = name ?? (code || 'new language');
          return (
            <li key={r.key} class="greeting-row" data-testid="greeting-row" data-language={code}>
              <div class="greeting-lang">
                <input
                  class="mono-input greeting-code"
                  aria-label="Language code"
                  placeholder="fr"
                  maxLength={12}
                  autoComplete="off"
                  spellcheck={false}
                  data-testid="greeting-code"
                  value={r.code}
                  aria-invalid={problem?.part === 'code' ? 'true' : undefined}
                  aria-describedby={problem ? errorId : undefined}
                  onInput={(e) => edit(r.key, { code: e.currentTarget.value })}
                  onBlur={() => p.onLeave(r.key)}
                />
                <span class="muted greeting-name" data-testid="greeting-name">
                  {name ?? (code ? 'Unknown language' : '')}
                </span>
              </div>
              <textarea
                // Tall enough for the text (up to six lines; browsers with field-sizing grow it themselves).
                rows={Math.min(6, Math.max(2, Math.ceil(r.text.length / 80)))}
                class="greeting-text"
                maxLength={MAX_GREETING + 200}
                aria-label={`Greeting in ${label}`}
                data-testid="greeting-text"
                value={r.text}
                aria-invalid={problem?.part === 'text' ? 'true' : undefined}
                aria-describedby={problem ? errorId : undefined}
                onInput={(e) => edit(r.key, { text: e.currentTarget.value })}
                onBlur={() => p.onLeave(r.key)}
              />
              {p.admin && (
                <button
                  type="button"
                  class="btn btn-ghost btn-small btn-danger-text"
                  aria-label={`Remove the greeting in ${label}`}
                  data-testid="greeting-remove"
                  onClick={() => p.onChange(p.rows.filter((x) => x.key !== r.key))}
                >
                  Remove
                </button>
              )}
              {problem && (
                <p class="form-error greeting-error" id={errorId} data-testid="greeting-error">
                  {problem.text}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {p.admin && (
        <button
          type="button"
          class="btn btn-secondary btn-small greetings-add"
          data-testid="greeting-add"
          onClick={p.onAdd}
        >
          Add a language
        </button>
      )}
    </div>
  );
}
