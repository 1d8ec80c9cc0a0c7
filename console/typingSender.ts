/** Re-announce "typing" at most this often while the agent keeps typing. */
const REPEAT_MS = 3000;
/** Say "stopped" after this long without a keystroke. */
const IDLE_MS = 4000;

/** Throttles the agent's typing frames: one `on` per few seconds of typing, one `off` when idle or sent. */
export class TypingSender {
  private on = false;
  private lastOn = 0;
  private idle: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly send: (on: boolean) => void) {}

  input(): void {
    const now = Date.now();
    if (!this.on || now - this.lastOn >= REPEAT_MS) {
      this.send(true);
      this.on = true;
      this.lastOn = now;
    }
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.stop(), IDLE_MS);
  }

  stop(): void {
    clearTimeout(this.idle);
    if (!this.on) return;
    this.on = false;
    this.send(false);
  }
}
