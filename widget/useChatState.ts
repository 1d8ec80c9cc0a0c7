import { useEffect, useState } from 'preact/hooks';
import type { ChatClient, ChatState } from './chat';

/** The chat's current state; re-renders on every change. */
export function useChatState(chat: ChatClient): ChatState {
  const [state, setState] = useState(chat.state);
  useEffect(() => {
    setState(chat.state);
    return chat.subscribe(setState);
  }, [chat]);
  return state;
}
