/**
 * Outgoing "visitor is typing": `on` once when typing starts (repeated every few seconds while it
 * goes on, so the other side's indicator stays fresh), `off` after a few idle seconds or on send.
 */
export class TypingSignal {
  private on = false;
  private lastOnAt = 0;
  private idle: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly send: (on: boolean) => void,
    private readonly idleMs = 3_000,
    private readonly refreshMs = 5_000,
  ) {}

  /** Call on every input; `hasText` false (emptied box) counts as stopping. */
  input(hasText: boolean): void {
    if (!hasText) {
      this.stop();
      return;
    }
    const now = Date.now();
    if (!this.on || now - this.lastOnAt >= this.refreshMs) {
      this.on = true;
      this.lastOnAt = now;
      this.send(true);
    }
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.stop(), this.idleMs);
  }

  stop(): void {
    clearTimeout(this.idle);
    if (!this.on) return;
    this.on = false;
    this.send(false);
  }

  /** Forget the state without telling anyone (the socket dropped: the server already cleared it). */
  reset(): void {
    clearTimeout(this.idle);
    this.on = false;
  }
}
