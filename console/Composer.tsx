import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AgentProfile, ConversationState } from '../worker/protocol';
import { MAX_BODY_CHARS } from '../worker/protocol/limits';
import type { ConversationSocket } from './conversationSocket';
import { getDraft, saveDraft } from './drafts';
import { TypingSender } from './typingSender';

interface Props {
  conversationId: string;
  socket: ConversationSocket;
  state: ConversationState | null;
  me: AgentProfile;
  contact: string;
  /** Take the conversation (replies need it); resolves once the server answered. */
  onJoin: () => void;
  joining: boolean;
}

/**
 * Reply / internal-note composer. Enter sends, Shift+Enter adds a line. Replies need the
 * conversation to be ours: until then the send button is "Join conversation" (notes work anyway).
 */
export function Composer({ conversationId, socket, state, me, contact, onJoin, joining }: Props) {
  const [draft, setDraft] = useState(() => getDraft(conversationId));
  const input = useRef<HTMLTextAreaElement>(null);
  const typing = useMemo(() => new TypingSender((on) => socket.setTyping(on)), [socket]);
  const { text, note } = draft;

  useEffect(() => () => typing.stop(), [typing]);
  useEffect(() => saveDraft(conversationId, draft), [conversationId, draft]);
  // Grow with the text, up to the CSS max-height.
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [text]);

  const closed = state?.status === 'resolved';
  const holding = state?.status === 'agent' && state.assigneeId === me.id;
  const heldByOther = state?.status === 'agent' && state.assigneeId !== me.id;
  // Replying needs the conversation; until it is ours the reply button offers to join.
  const mustJoin = !note && !!state && !closed && !holding;
  // Typing is announced to the customer: never while writing a note, or a reply that will be refused.
  const announcesTyping = !note && holding;
  const tooLong = text.length > MAX_BODY_CHARS;
  const canSend = text.trim().length > 0 && !tooLong && !mustJoin;

  const hint = note
    ? 'Notes are only visible to your team.'
    : closed
      ? 'This conversation is closed: replies are refused, notes still work.'
      : heldByOther
        ? `${state?.assigneeName ?? 'Another agent'} holds this conversation: add a note or ask them to transfer it.`
        : state?.status === 'bot'
          ? 'The bot is handling this conversation. Join to reply; the bot then stops.'
          : state && !holding
            ? 'The customer is waiting for a person. Join to reply.'
            : null;

  const setNote = (next: boolean) => {
    if (next) typing.stop();
    setDraft((d) => ({ ...d, note: next }));
    input.current?.focus();
  };

  const send = () => {
    if (!canSend) return;
    socket.send(text, note);
    typing.stop();
    setDraft((d) => ({ ...d, text: '' }));
    input.current?.focus();
  };

  const onInput = (e: Event) => {
    const value = (e.currentTarget as HTMLTextAreaElement).value;
    setDraft((d) => ({ ...d, text: value }));
    if (announcesTyping && value.trim()) typing.input();
    else typing.stop();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      send();
    }
  };

  const label = note ? 'Internal note' : `Reply to ${contact}`;
  return (
    <form
      class={`composer${note ? ' composer-note' : ''}`}
      data-mode={note ? 'note' : 'reply'}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <fieldset class="composer-modes">
        <legend class="visually-hidden">Message type</legend>
        <button type="button" class="mode" aria-pressed={!note} onClick={() => setNote(false)}>
          Reply
        </button>
        <button
          type="button"
          class="mode mode-note"
          aria-pressed={note}
          data-testid="composer-note-toggle"
          onClick={() => setNote(!note)}
        >
          Note
        </button>
        {hint && (
          <span class="composer-hint" id="composer-hint">
            {hint}
          </span>
        )}
      </fieldset>
      <div class="composer-box">
        <textarea
          ref={input}
          data-testid="composer-input"
          dir="auto"
          aria-label={label}
          aria-describedby={hint ? 'composer-hint' : undefined}
          placeholder={note ? 'Write an internal note…' : `Reply to ${contact}…`}
          rows={2}
          value={text}
          onInput={onInput}
          onKeyDown={onKeyDown}
          onBlur={() => typing.stop()}
        />
        <div class="composer-actions">
          {text.length > MAX_BODY_CHARS - 500 && (
            <span class={`counter${tooLong ? ' counter-over' : ''}`} aria-live="polite">
              {text.length}/{MAX_BODY_CHARS}
            </span>
          )}
          <span class="composer-keys muted" aria-hidden="true">
            Enter to send · Shift+Enter for a new line
          </span>
          {mustJoin ? (
            <button
              type="button"
              class="btn btn-primary"
              data-testid="join-conversation"
              disabled={joining}
              onClick={onJoin}
            >
              {joining ? 'Joining…' : 'Join conversation'}
            </button>
          ) : (
            <button type="submit" class="btn btn-primary" data-testid="composer-send" disabled={!canSend}>
              {note ? 'Add note' : 'Send'}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}
