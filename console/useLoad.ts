import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { failureText } from './api';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
  /** Local edits after a successful write, without a refetch. */
  set: (fn: (current: T) => T) => void;
}

/** Loads once on mount (and on `reload`); the latest request wins. */
export function useLoad<T>(load: () => Promise<T>, what: string): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const req = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const reload = useCallback(async () => {
    const mine = ++req.current;
    setLoading(true);
    try {
      const value = await loader.current();
      if (mine !== req.current) return;
      setData(value);
      setError(null);
    } catch (err) {
      if (mine === req.current) setError(failureText(err, `Could not load ${what}.`));
    } finally {
      if (mine === req.current) setLoading(false);
    }
  }, [what]);

  useEffect(() => {
    void reload();
    return () => {
      req.current += 1;
    };
  }, [reload]);

  const set = useCallback((fn: (current: T) => T) => setData((d) => (d === null ? d : fn(d))), []);
  return { data, error, loading, reload, set };
}
