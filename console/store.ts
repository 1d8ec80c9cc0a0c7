import { useEffect, useReducer } from 'preact/hooks';

/** A tiny observable value: models own one, components read it through `useStore`. */
export class Store<T> {
  private listeners = new Set<() => void>();

  constructor(private value: T) {}

  get(): T {
    return this.value;
  }

  set(next: T): void {
    if (Object.is(next, this.value)) return;
    this.value = next;
    for (const fn of [...this.listeners]) fn();
  }

  update(fn: (current: T) => T): void {
    this.set(fn(this.value));
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

/** Re-renders the component whenever the store changes; returns the current value. */
export function useStore<T>(store: Store<T>): T {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const value = store.get();
  useEffect(() => {
    const force = () => bump(undefined);
    const unsubscribe = store.subscribe(force);
    // A change between render and subscription would otherwise be missed.
    if (!Object.is(store.get(), value)) force();
    return unsubscribe;
  }, [store]);
  return value;
}
