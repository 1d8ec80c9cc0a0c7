import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A disclosure that closes on Escape (focus back to its button) and on a click outside.
 * Spread `buttonProps` on the toggle and render the panel inside `ref`'s element when `open`.
 */
export function usePopover(id: string) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      ref.current?.querySelector<HTMLElement>(`[aria-controls="${id}"]`)?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, id]);
  return {
    open,
    setOpen,
    ref,
    buttonProps: { 'aria-expanded': open, 'aria-controls': id, onClick: () => setOpen((o) => !o) },
  };
}
