import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clientWith, type CenClient, type ResourceFactories } from '../config/shared-client.js';

/**
 * Loads one item for a card: aborts the previous request when the id changes or the card leaves
 * the page, and loads again when it comes back. `ResourceItemLoader` (the cards) hands `request`
 * only the resources the element names; `ItemLoader` of `item-loader.ts` the whole client
 * (elements in lazy chunks, kept out of the card bundles).
 */
export class BaseItemLoader<T, C> implements ReactiveController {
  /** The failure of the last load; undefined while loading and after success. */
  error: unknown;
  #id = '';
  #controller: AbortController | undefined;
  #resume = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly client: (el: Element) => C,
    private readonly request: (client: C, id: string, signal: AbortSignal) => Promise<T>,
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
    new Promise<T>((resolve) => resolve(this.request(this.client(this.host), id, controller.signal))).then(
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

/**
 * A card's loader: `request` gets only the resources named in `factories`, so a card's bundle
 * carries nothing else of the SDK.
 *
 * @example
 * #loader = new ResourceItemLoader(this, { products: productsResource }, (client, id, signal) => client.products.load(id, { signal }), settled);
 */
export class ResourceItemLoader<T, K extends keyof CenClient> extends BaseItemLoader<T, Pick<CenClient, K>> {
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    factories: ResourceFactories<K>,
    request: (client: Pick<CenClient, K>, id: string, signal: AbortSignal) => Promise<T>,
    settled: (id: string, item?: T, error?: unknown) => void,
  ) {
    super(host, (el) => clientWith(el, factories), request, settled);
  }
}
