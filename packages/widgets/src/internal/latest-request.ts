import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One request begun by `LatestRequest.begin()`. */
export interface RequestRun {
  /** Aborts the request when a newer one begins, `abort()` is called or the element leaves the page. */
  readonly signal: AbortSignal;
  /** True when this request is still the element's latest (it is done now); false when a newer one or an abort replaced it: drop its answer. */
  settle(): boolean;
}

/**
 * An element's one request at a time (a card's item, a list, a record by token): `begin()`
 * aborts the request in flight, whose late answer is then dropped. Leaving the page aborts it,
 * and coming back calls `resume` (the element's own load, again); a load begun while the element
 * is off the page waits for its return the same way.
 */
export class LatestRequest implements ReactiveController {
  #controller: AbortController | undefined;
  #resume = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly resume: () => void,
  ) {
    host.addController(this);
  }

  /** True while a request is in flight. */
  get pending(): boolean {
    return this.#controller !== undefined;
  }

  /** Aborts the request in flight and begins a new one; null while the element is off the page (`resume` runs when it returns). */
  begin(): RequestRun | null {
    this.abort();
    if (!this.host.isConnected) {
      this.#resume = true;
      return null;
    }
    // A load begun now supersedes one waiting to resume.
    this.#resume = false;
    const controller = (this.#controller = new AbortController());
    return {
      signal: controller.signal,
      settle: () => {
        if (controller !== this.#controller) return false;
        this.#controller = undefined;
        return true;
      },
    };
  }

  /** Aborts the request in flight (its answer will be dropped); true when there was one. */
  abort(): boolean {
    if (!this.#controller) return false;
    this.#controller.abort();
    this.#controller = undefined;
    return true;
  }

  hostConnected(): void {
    if (this.#resume) {
      this.#resume = false;
      this.resume();
    }
  }

  hostDisconnected(): void {
    if (this.abort()) this.#resume = true;
  }
}
