import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clientFor, type CenClient } from '../config/client-for.js';

/**
 * Loads one catalog item for a card: aborts the previous request when the id changes or the card
 * leaves the page, and loads again when it comes back.
 */
export class ItemLoader<T> implements ReactiveController {
  /** The failure of the last load; undefined while loading and after success. */
  error: unknown;
  #id = '';
  #controller: AbortController | undefined;
  #resume = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly request: (client: CenClient, id: string, signal: AbortSignal) => Promise<T>,
    private readonly settled: (id: string, item?: T, error?: unknown) => void,
  ) {
    host.addController(this);
  }

  load(id: string): void {
    this.cancel();
    this.error = undefined;
    this.#id = id;
    if (!id) return;
    if (!this.host.isConnected) {
      this.#resume = true;
      return;
    }
    const controller = (this.#controller = new AbortController());
    new Promise<T>((resolve) => resolve(this.request(clientFor(this.host), id, controller.signal))).then(
      (item) => {
        if (controller !== this.#controller) return;
        this.#controller = undefined;
        this.settled(id, item);
      },
      (error: unknown) => {
        if (controller !== this.#controller) return;
        this.#controller = undefined;
        this.error = error;
        this.host.requestUpdate();
        this.settled(id, undefined, error);
      },
    );
  }

  /** Loads the last id again (the retry button). */
  reload(): void {
    this.load(this.#id);
  }

  cancel(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }

  hostConnected(): void {
    if (this.#resume) {
      this.#resume = false;
      this.reload();
    }
  }

  hostDisconnected(): void {
    if (this.#controller) {
      this.cancel();
      this.#resume = true;
    }
  }
}
