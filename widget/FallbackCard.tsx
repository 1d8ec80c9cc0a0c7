import type { JSX } from 'preact';
import type { Fallback } from '../worker/protocol';
import type { ChatClient } from './chat';
import { t } from './strings';
import { TicketForm, type TicketKind } from './TicketForm';
import { formatOpening } from './waiting';

interface Props {
  chat: ChatClient;
  fallback: Fallback;
  /** The seq of the bot line that explained why: dismissing hides the card for that line. */
  anchor: number;
  /** The form the visitor opened, if any (kept by the panel so it survives re-renders). */
  form: TicketKind | null;
  onForm: (kind: TicketKind | null) => void;
  initialMessage: string;
  /** The card is gone (dismissed or details sent): the panel moves focus to the composer. */
  onClosed: () => void;
}

/**
 * Nobody can come (closed, nobody online, a long wait): the honest reason and the real
 * alternatives — leave contact details, ask for a callback, or keep going with the assistant.
 */
export function FallbackCard({ chat, fallback, anchor, form, onForm, initialMessage, onClosed }: Props) {
  return (
    <section class="fallback" data-testid="baton-fallback" aria-labelledby="baton-fallback-title">
      <div class="fallback__head">
        <span class="fallback__icon">{REASON_GLYPH[fallback.reason]()}</span>
        <div>
          <h2 id="baton-fallback-title" class="fallback__title">
            {fallback.message}
          </h2>
          {fallback.reason === 'closed' && fallback.opensAt !== null && (
            <p class="fallback__note">{t('fallbackOpensAt', { when: formatOpening(fallback.opensAt) })}</p>
          )}
        </div>
      </div>
      {form ? (
        <TicketForm
          chat={chat}
          kind={form}
          initialMessage={initialMessage}
          onCancel={() => onForm(null)}
          onDone={() => {
            onForm(null);
            onClosed();
          }}
        />
      ) : (
        <div class="fallback__choices">
          <button
            type="button"
            class="choice"
            data-testid="baton-fallback-contact"
            onClick={() => onForm('contact')}
          >
            <MailGlyph />
            {t('fallbackContact')}
          </button>
          <button
            type="button"
            class="choice"
            data-testid="baton-fallback-callback"
            onClick={() => onForm('callback')}
          >
            <PhoneGlyph />
            {t('fallbackCallback')}
          </button>
          <button
            type="button"
            class="choice choice--quiet"
            data-testid="baton-fallback-dismiss"
            onClick={() => {
              chat.dismissFallback(anchor);
              onClosed();
            }}
          >
            <ChatGlyph />
            {t('fallbackKeepChatting')}
          </button>
        </div>
      )}
    </section>
  );
}

const glyph =
  (d: string, cls = 'choice__icon') =>
  () => (
    <svg
      class={cls}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={d} />
    </svg>
  );

const MailGlyph = glyph('M4 6h16v12H4zM4 7l8 6 8-6');
const PhoneGlyph = glyph(
  'M22 16.9v3a2 2 0 01-2.2 2 19.8 19.8 0 01-8.6-3.1 19.5 19.5 0 01-6-6A19.8 19.8 0 012.1 4.2 2 2 0 014.1 2h3a2 2 0 012 1.7c.1.9.4 1.8.7 2.7a2 2 0 01-.5 2.1L8 9.8a16 16 0 006 6l1.3-1.3a2 2 0 012.1-.4c.9.3 1.8.6 2.7.7a2 2 0 011.7 2z',
);
const ChatGlyph = glyph('M21 12a8 8 0 01-11.6 7.1L4 20l1-4.6A8 8 0 1121 12z');

/** Why nobody can come: closed (moon), nobody online (person), a long wait (clock). */
const REASON_GLYPH: Record<Fallback['reason'], () => JSX.Element> = {
  closed: glyph('M21 12.8A9 9 0 1111.2 3a7 7 0 009.8 9.8z', ''),
  no_agents: glyph('M18 20v-1a6 6 0 00-12 0v1M12 11a4 4 0 100-8 4 4 0 000 8z', ''),
  long_wait: glyph('M12 7v5l3 2M21 12a9 9 0 11-18 0 9 9 0 0118 0z', ''),
};
