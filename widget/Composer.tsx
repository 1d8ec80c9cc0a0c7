import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_BODY_CHARS } from '../worker/protocol/limits';
import type { ChatClient } from './chat';
import { SendIcon } from './icons';
import { t } from './strings';

const INPUT_ID = 'baton-input';

/** Puts the cursor in the message box (after a card or form that had focus went away). */
export function focusComposer(): void {
  requestAnimationFrame(() => document.getElementById(INPUT_ID)?.focus());
}

/** The message box: Enter sends, Shift+Enter adds a line; it grows with its content. */
export function Composer({ chat }: { chat: ChatClient }) {
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);

  // The panel just opened (or came back after "ended"): the visitor can type right away.
  useEffect(() => {
    input.current?.focus();
  }, []);

  // Grow with the text (up to the CSS max-height); the iframe's width can change under it.
  useEffect(() => {
    const autosize = () => {
      const el = input.current;
      if (!el) return;
      el.style.height = '';
      if (el.value) el.style.height = `${Math.min(el.scrollHeight + 2, 140)}px`;
    };
    autosize();
    addEventListener('resize', autosize);
    return () => removeEventListener('resize', autosize);
  }, [text]);

  const submit = () => {
    if (!text.trim()) return;
    chat.send(text);
    setText('');
    input.current?.focus();
  };

  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <textarea
        ref={input}
        id={INPUT_ID}
        class="composer__input"
        data-testid="baton-input"
        rows={1}
        maxLength={MAX_BODY_CHARS}
        aria-label={t('inputLabel')}
        placeholder={t('inputPlaceholder')}
        value={text}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          chat.input(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <button
        type="submit"
        class="composer__send"
        data-testid="baton-send"
        aria-label={t('send')}
        disabled={!text.trim()}
      >
        <SendIcon />
      </button>
    </form>
  );
}
