import { useEffect, useRef, useState } from 'preact/hooks';
import { accentVars } from '../widget/color';
import { type AdminSettings, getSettings, saveWidgetSettings } from './adminApi';
import { failureText } from './api';
import { EmbedCode } from './EmbedCode';
import { GreetingsEditor } from './GreetingsEditor';
import { SaveBar, type SaveStatus } from './SaveBar';
import { useLoad } from './useLoad';
import { checkWidget, MAX_GREETING, type WidgetDraft, type WidgetValues, widgetChanges } from './widgetCheck';

const HEX = /^#[0-9a-fA-F]{6}$/;

const savedValues = (s: AdminSettings): WidgetValues => ({
  greeting: s.greeting,
  greetings: s.greetings ?? {},
  color: s.color,
  allowedOrigins: s.allowedOrigins,
});

/** The widget: its greeting (and the same in other languages), colour, the sites that may embed it. */
export function WidgetSettings({ admin }: { admin: boolean }) {
  const loaded = useLoad(getSettings, 'settings');
  const nextKey = useRef(0);
  const [draft, setDraft] = useState<WidgetDraft | null>(null);
  /** Greeting rows left at least once: their problems show; the rest wait for a save attempt. */
  const [left, setLeft] = useState<ReadonlySet<number>>(new Set());
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<SaveStatus>(null);

  const toDraft = (s: AdminSettings): WidgetDraft => ({
    greeting: s.greeting,
    rows: Object.entries(s.greetings ?? {}).map(([code, text]) => ({ key: nextKey.current++, code, text })),
    color: s.color,
    origins: s.allowedOrigins.join('\n'),
  });

  useEffect(() => {
    if (loaded.data) setDraft(toDraft(loaded.data));
  }, [loaded.data]);

  if (loaded.error) return <p class="form-error">{loaded.error}</p>;
  if (!draft || !loaded.data) return <p class="empty">Loading…</p>;

  const saved = savedValues(loaded.data);
  const { values, problems } = checkWidget(draft);
  const changes = widgetChanges(saved, values);
  const dirty = problems.length > 0 || Object.keys(changes).length > 0;
  // A greeting row's problems wait until it is left (or a save is tried): "f" is on its way to "fr".
  const shown = (key: number) => tried || left.has(key);
  const visible = problems.filter((x) => x.row === undefined || shown(x.row));
  const problemOf = (field: 'greeting' | 'color' | 'origins') => visible.find((x) => x.field === field);

  const set = (p: Partial<WidgetDraft>) => {
    setDraft({ ...draft, ...p });
    setStatus(null);
  };

  const discard = () => {
    setDraft(toDraft(loaded.data!));
    setLeft(new Set());
    setTried(false);
    setStatus(null);
  };

  const save = async (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (problems.length) return setStatus({ ok: false, text: problems[0]!.text });
    setBusy(true);
    try {
      await saveWidgetSettings(changes);
      loaded.set((s) => ({ ...s, ...values }));
      setLeft(new Set());
      setTried(false);
      setStatus({
        ok: true,
        text: 'Saved. New chats and page loads use it from now on.',
      });
    } catch (err) {
      setStatus({ ok: false, text: failureText(err, 'Could not save.') });
    } finally {
      setBusy(false);
    }
  };

  const greetingProblem = problemOf('greeting');
  const colorProblem = problemOf('color');
  const originsProblem = problemOf('origins');
  const color = HEX.test(draft.color.trim()) ? draft.color.trim().toLowerCase() : saved.color.toLowerCase();

  return (
    <form
      noValidate
      class="settings-form"
      onSubmit={save}
      data-testid="widget-settings"
      aria-labelledby="widget-title"
    >
      <div>
        <h2 id="widget-title">Widget</h2>
        <p class="muted">The chat on your sites: what it says first, how it looks, where it may appear.</p>
      </div>
      <fieldset disabled={!admin} class="plain-fieldset">
        <section class="card" aria-labelledby="greeting-title">
          <h3 id="greeting-title">Greeting</h3>
          <p class="muted" id="greeting-hint">
            The first message of every new conversation, before the visitor's own. Say who answers and what
            you can help with.
          </p>
          <div class="field">
            <textarea
              rows={3}
              data-testid="widget-greeting"
              value={draft.greeting}
              aria-labelledby="greeting-title"
              aria-describedby="greeting-hint greeting-count"
              aria-invalid={greetingProblem ? 'true' : undefined}
              onInput={(e) => set({ greeting: e.currentTarget.value })}
            />
            <small
              id="greeting-count"
              class={draft.greeting.trim().length > MAX_GREETING ? 'form-error' : 'muted'}
            >
              {draft.greeting.trim().length} / {MAX_GREETING} characters
            </small>
          </div>
          {greetingProblem && <p class="form-error">{greetingProblem.text}</p>}
        </section>

        <section class="card" aria-labelledby="greetings-title" data-testid="widget-greetings">
          <h3 id="greetings-title">Greeting in other languages</h3>
          <p class="muted">
            A visitor whose chat is in one of these languages (the site's <code>data-language</code>, else
            their browser's) gets that greeting; everyone else the one above. Codes are two or three letters:
            fr, pt, nl.
          </p>
          <GreetingsEditor
            rows={draft.rows}
            problems={problems}
            shown={shown}
            admin={admin}
            onChange={(rows) => set({ rows })}
            onAdd={() => set({ rows: [...draft.rows, { key: nextKey.current++, code: '', text: '' }] })}
            onLeave={(key) => {
              if (!left.has(key)) setLeft(new Set([...left, key]));
            }}
          />
        </section>

        <section class="card" aria-labelledby="color-title">
          <h3 id="color-title">Colour</h3>
          <div class="color-row">
            <label class="field">
              <span>Accent colour</span>
              <span class="color-inputs">
                <input
                  type="color"
                  class="color-swatch"
                  aria-label="Pick the accent colour"
                  data-testid="widget-color"
                  value={color}
                  onInput={(e) => set({ color: e.currentTarget.value })}
                />
                <input
                  class="mono-input color-hex"
                  aria-label="Accent colour, hex"
                  maxLength={7}
                  spellcheck={false}
                  autoComplete="off"
                  data-testid="widget-color-hex"
                  value={draft.color}
                  aria-invalid={colorProblem ? 'true' : undefined}
                  onInput={(e) => set({ color: e.currentTarget.value })}
                />
              </span>
              <small class="muted">The launcher, the chat's header and the visitor's messages.</small>
            </label>
            <div class="widget-preview" style={accentVars(color)} aria-hidden="true">
              <span class="widget-preview-header">Chat</span>
              <span class="widget-preview-bubble">Where is my order?</span>
              <span class="widget-preview-launcher" />
            </div>
          </div>
          {colorProblem && <p class="form-error">{colorProblem.text}</p>}
        </section>

        <section class="card" aria-labelledby="origins-title">
          <h3 id="origins-title">Allowed origins</h3>
          <p class="muted" id="origins-hint">
            The sites that may show the widget, one a line: scheme and host, and the port if not the usual
            one. Anywhere else it does not load.
          </p>
          <div class="field">
            <textarea
              rows={4}
              class="code"
              spellcheck={false}
              placeholder={'https://shop.example\nhttps://www.shop.example'}
              data-testid="widget-origins"
              value={draft.origins}
              aria-labelledby="origins-title"
              aria-describedby="origins-hint"
              aria-invalid={originsProblem ? 'true' : undefined}
              onInput={(e) => set({ origins: e.currentTarget.value })}
            />
          </div>
          {originsProblem && <p class="form-error">{originsProblem.text}</p>}
          {!originsProblem && values.allowedOrigins.length === 0 && (
            <p class="muted">No sites: the widget loads nowhere.</p>
          )}
        </section>
      </fieldset>

      <EmbedCode siteKey={loaded.data.siteKey} />

      {admin && (
        <SaveBar
          name="widget"
          status={status}
          hint={visible[0]?.text ?? null}
          dirty={dirty}
          busy={busy}
          onDiscard={discard}
        />
      )}
    </form>
  );
}
