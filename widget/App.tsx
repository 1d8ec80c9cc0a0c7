import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onHostMessage, postToHost } from './bridge';
import type { ChatClient } from './chat';
import { applyAccent } from './color';
import { Launcher } from './Launcher';
import { Panel } from './Panel';
import { useChatState } from './useChatState';

/**
 * The iframe's root: talks to the host page (session, open/close, size) and shows either the
 * launcher bubble (closed) or the chat panel (open). The loader sizes the iframe to match.
 */
export function App({ chat }: { chat: ChatClient }) {
  const state = useChatState(chat);
  const [open, setOpen] = useState(false);
  const launcher = useRef<HTMLButtonElement>(null);
  /** Closed from inside the iframe (button, Escape): focus returns to the launcher. */
  const refocus = useRef(false);

  const toggle = useCallback(
    (next: boolean, fromInside: boolean) => {
      // Size first, so the loader grows the iframe before the panel paints into it.
      postToHost({ baton: 'resize', open: next });
      chat.setVisible(next);
      refocus.current = !next && fromInside;
      setOpen(next);
    },
    [chat],
  );

  useEffect(() => {
    const off = onHostMessage((msg) => {
      if (msg.baton === 'session') {
        chat.setSession({
          token: msg.token,
          expiresAt: msg.expiresAt,
          settings: msg.settings,
          visitorId: msg.visitorId,
        });
      } else if (msg.baton === 'open') toggle(true, false);
      else if (msg.baton === 'close') toggle(false, false);
    });
    postToHost({ baton: 'ready' });
    return off;
  }, [chat, toggle]);

  const color = state.settings?.color;
  useEffect(() => {
    if (color) applyAccent(color);
  }, [color]);

  useEffect(() => {
    if (open) return;
    if (refocus.current) launcher.current?.focus();
    refocus.current = false;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        toggle(false, true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, toggle]);

  if (!state.settings) return null;
  if (open) return <Panel chat={chat} state={state} onClose={() => toggle(false, true)} />;
  const unread = state.messages.filter(
    (m) => (m.kind === 'bot' || m.kind === 'agent') && m.seq > state.readSeq,
  ).length;
  return <Launcher buttonRef={launcher} unread={unread} onOpen={() => toggle(true, true)} />;
}
