import { useEffect, useRef, useState } from 'preact/hooks';
import { failureText, getConversation } from './api';
import type { ConversationDetail } from './detailTypes';

export interface DetailView {
  detail: ConversationDetail | null;
  error: string | null;
  loading: boolean;
}

/** Debounce: several visitor messages in a row trigger one refresh. */
const REFRESH_DELAY_MS = 900;

/**
 * Brief, contact and history of a conversation, fetched on open and again whenever `version`
 * changes (the thread passes its status, assignee and latest customer message: the brief is
 * rewritten as those change).
 */
export function useConversationDetail(id: string, version: string): DetailView {
  const [view, setView] = useState<DetailView>({ detail: null, error: null, loading: true });
  const request = useRef(0);
  const first = useRef(true);

  useEffect(() => {
    const load = async () => {
      const req = ++request.current;
      setView((v) => ({ ...v, loading: true }));
      try {
        const detail = await getConversation(id);
        if (req === request.current) setView({ detail, error: null, loading: false });
      } catch (err) {
        if (req === request.current)
          setView((v) => ({ ...v, loading: false, error: failureText(err, 'Could not load details.') }));
      }
    };
    if (first.current) {
      first.current = false;
      void load();
      return;
    }
    const t = setTimeout(() => void load(), REFRESH_DELAY_MS);
    return () => clearTimeout(t);
  }, [id, version]);

  useEffect(
    () => () => {
      request.current += 1;
    },
    [],
  );
  return view;
}
