import { useEffect } from 'preact/hooks';

/**
 * Sets the tab title; while `alert` is set, alternates it with the alert once a second so an
 * agent on another tab notices (no sound).
 */
export function useDocumentTitle(base: string, alert: string | null): void {
  useEffect(() => {
    document.title = base;
    if (!alert) return;
    let on = true;
    document.title = alert;
    const t = setInterval(() => {
      on = !on;
      document.title = on ? alert : base;
    }, 1000);
    return () => {
      clearInterval(t);
      document.title = base;
    };
  }, [base, alert]);
}
