import { Store } from './store';

export type Tone = 'info' | 'success' | 'error';

export interface Notice {
  id: number;
  text: string;
  tone: Tone;
}

const TTL_MS: Record<Tone, number> = { info: 6000, success: 5000, error: 9000 };

/** Short-lived toasts: claim answers, withdrawn offers, failed transfers. */
export class Notices {
  readonly list = new Store<readonly Notice[]>([]);
  private next = 1;
  private timers = new Map<number, ReturnType<typeof setTimeout>>();

  push(text: string, tone: Tone = 'info'): void {
    const id = this.next++;
    this.list.update((l) => [...l.slice(-3), { id, text, tone }]);
    this.timers.set(
      id,
      setTimeout(() => this.dismiss(id), TTL_MS[tone]),
    );
  }

  dismiss(id: number): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.list.update((l) => l.filter((n) => n.id !== id));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
