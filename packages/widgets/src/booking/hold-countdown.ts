import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Minutes left at which the countdown speaks (politely) once each. */
export const HOLD_ANNOUNCE_MINUTES = [5, 1] as const;

export interface HoldCountdownListener {
  /** `minutes` (5 or 1) are left; said once per threshold, and only when the hold began above it. */
  announce(minutes: number): void;
  /** The hold ran out. */
  expired(): void;
}

/**
 * The time left on a hold, read from a clock the element can replace (tests move it): re-renders
 * the host every second, calls `announce` at 5 and 1 minute and `expired` once at zero. Pauses
 * while the host is off the page.
 */
export class HoldCountdown implements ReactiveController {
  #expiresAt: number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: number[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly clock: () => Date,
    private readonly listener: HoldCountdownListener,
  ) {
    host.addController(this);
  }

  /** Starts counting down to `expiresAt` (ISO-8601). */
  start(expiresAt: string): void {
    this.stop();
    this.#expiresAt = Date.parse(expiresAt);
    const left = this.remainingMs;
    this.#pending = HOLD_ANNOUNCE_MINUTES.filter((m) => left > m * 60_000);
    this.#tick();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#expiresAt = undefined;
  }

  /** Whether a hold is being counted down. */
  get running(): boolean {
    return this.#expiresAt !== undefined;
  }

  /** Milliseconds left, at least 0; 0 when nothing runs. */
  get remainingMs(): number {
    return this.#expiresAt === undefined ? 0 : Math.max(0, this.#expiresAt - this.clock().getTime());
  }

  /** Whole seconds left, rounded up (the display never shows 0:00 while time is left). */
  get remainingSeconds(): number {
    return Math.ceil(this.remainingMs / 1000);
  }

  #tick = (): void => {
    clearTimeout(this.#timer);
    if (this.#expiresAt === undefined || !this.host.isConnected) return;
    const left = this.remainingMs;
    const due = this.#pending.filter((m) => left <= m * 60_000);
    if (due.length) {
      this.#pending = this.#pending.filter((m) => !due.includes(m));
      this.listener.announce(Math.min(...due));
    }
    this.host.requestUpdate();
    if (left <= 0) {
      this.#expiresAt = undefined;
      this.listener.expired();
      return;
    }
    // Next tick when the displayed second changes (at most a second away).
    this.#timer = setTimeout(this.#tick, left % 1000 || 1000);
  };

  hostConnected(): void {
    if (this.#expiresAt !== undefined) this.#tick();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
