import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type TicketRequest } from './api';
import type { ChatClient } from './chat';
import { type StringKey, t } from './strings';

export type TicketKind = TicketRequest['kind'];
type Field = 'name' | 'email' | 'phone' | 'message';
type Errors = Partial<Record<Field, string>>;

/** Loose on purpose: the server has the last word, and its message is shown on the field. */
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_RE = /^[+()\d\s.-]{6,30}$/;
const FIELDS: readonly Field[] = ['name', 'email', 'phone', 'message'];

function validate(kind: TicketKind, v: Record<Field, string>): Errors {
  const e: Errors = {};
  if (!v.name) e.name = t('errName');
  if (v.email && !EMAIL_RE.test(v.email)) e.email = t('errEmail');
  if (v.phone && !PHONE_RE.test(v.phone)) e.phone = t('errPhone');
  if (kind === 'callback' && !v.phone) e.phone = t('errPhoneRequired');
  if (kind === 'contact' && !v.email && !v.phone) e.email = t('errEmailOrPhone');
  if (!v.message) e.message = t('errMessage');
  return e;
}

/** "phone: Enter a phone number" (the server's 400) → that field; anything else is for the form. */
function serverError(message: string): { field: Field | null; text: string } {
  const m = /^(name|email|phone|message): (.+)$/s.exec(message);
  return m ? { field: m[1] as Field, text: m[2]! } : { field: null, text: message };
}

/**
 * The inline form for contact details or a callback request: labelled fields, errors tied to
 * them (and announced), focus on the first problem; the server's own validation errors too.
 */
export function TicketForm(props: {
  chat: ChatClient;
  kind: TicketKind;
  initialMessage: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { chat, kind, initialMessage, onCancel, onDone } = props;
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    email: '',
    phone: '',
    message: initialMessage,
  });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const id = `baton-ticket-${kind}`;

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const focusField = (field: Field) => form.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();

  const submit = async () => {
    const v = Object.fromEntries(FIELDS.map((f) => [f, values[f].trim()])) as Record<Field, string>;
    const found = validate(kind, v);
    setErrors(found);
    setFormError(null);
    const first = FIELDS.find((f) => found[f]);
    if (first) {
      focusField(first);
      return;
    }
    setSending(true);
    try {
      await chat.leaveTicket({
        kind,
        name: v.name,
        message: v.message,
        ...(v.email ? { email: v.email } : {}),
        ...(v.phone ? { phone: v.phone } : {}),
      });
      onDone();
    } catch (err) {
      setSending(false);
      const message = err instanceof Error ? err.message : String(err);
      const { field, text } =
        err instanceof ApiError && err.status === 400 ? serverError(message) : { field: null, text: message };
      if (field) {
        setErrors({ [field]: text });
        focusField(field);
      } else setFormError(t('ticketFailed', { reason: text }));
    }
  };

  const field = (
    name: Field,
    label: StringKey,
    opts: { type?: 'text' | 'email' | 'tel'; auto?: string; need?: StringKey },
  ) => {
    const error = errors[name];
    const inputId = `${id}-${name}`;
    const common = {
      id: inputId,
      name,
      class: 'field__input',
      value: values[name],
      'aria-invalid': error ? ('true' as const) : undefined,
      'aria-describedby': error ? `${inputId}-error` : undefined,
      'aria-required': opts.need === 'fieldRequired' ? ('true' as const) : undefined,
      onInput: (e: Event) => {
        const value = (e.currentTarget as HTMLInputElement).value;
        setValues((prev) => ({ ...prev, [name]: value }));
      },
    };
    return (
      <div class="field">
        <label class="field__label" for={inputId}>
          {t(label)}
          {opts.need && <span class="field__need"> ({t(opts.need)})</span>}
        </label>
        {name === 'message' ? (
          <textarea {...common} rows={3} maxLength={2000} />
        ) : (
          // (cast: preact's input typings are a union per `type`, not over a variable one)
          <input
            {...common}
            type={(opts.type ?? 'text') as 'text'}
            autocomplete={opts.auto}
            maxLength={254}
          />
        )}
        {error && (
          <p id={`${inputId}-error`} class="field__error">
            {error}
          </p>
        )}
      </div>
    );
  };

  const callback = kind === 'callback';
  const contactNeed: StringKey = callback ? 'fieldOptional' : 'fieldEmailOrPhone';
  return (
    <form
      ref={form}
      class="ticket"
      data-testid="baton-ticket-form"
      data-kind={kind}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-hint`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!sending) void submit();
      }}
    >
      <h3 id={`${id}-title`} class="ticket__title">
        {t(callback ? 'ticketCallbackTitle' : 'ticketContactTitle')}
      </h3>
      <p id={`${id}-hint`} class="ticket__hint">
        {t(callback ? 'ticketCallbackHint' : 'ticketContactHint')}
      </p>
      {field('name', 'fieldName', { auto: 'name', need: 'fieldRequired' })}
      {callback && field('phone', 'fieldPhone', { type: 'tel', auto: 'tel', need: 'fieldRequired' })}
      {field('email', 'fieldEmail', { type: 'email', auto: 'email', need: contactNeed })}
      {!callback && field('phone', 'fieldPhone', { type: 'tel', auto: 'tel', need: contactNeed })}
      {field('message', 'fieldMessage', { need: 'fieldRequired' })}
      <p class={formError ? 'ticket__error' : 'sr-only'} role="alert">
        {formError ?? errorSummary(errors)}
      </p>
      <div class="ticket__actions">
        <button type="button" class="button button--quiet" onClick={onCancel} disabled={sending}>
          {t('cancel')}
        </button>
        <button type="submit" class="button" data-testid="baton-ticket-submit" disabled={sending}>
          {sending ? t('ticketSending') : t(callback ? 'ticketSubmitCallback' : 'ticketSubmitContact')}
        </button>
      </div>
    </form>
  );
}

/** Announced once per attempt (role=alert); each field shows its own message too. */
function errorSummary(errors: Errors): string {
  return FIELDS.map((f) => errors[f])
    .filter(Boolean)
    .join(' ');
}
