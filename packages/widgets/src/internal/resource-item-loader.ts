import type { ReactiveControllerHost } from 'lit';
import { clientWith, type CenClient, type ResourceFactories } from '../config/shared-client.js';
import { LatestRequest } from './latest-request.js';

/**
 * Loads one item for a card: aborts the previous request when the id changes or the card leaves
 * the page, and loads again when it comes back. `ResourceItemLoader` (the cards) hands `request`
 * only the resources the element names; `ItemLoader` of `item-loader.ts` the whole client
 * (elements in lazy chunks, kept out of the card bundles).
 */
export class BaseItemLoader<T, C> {
  /** The failure of the last load; undefined while loading and after success. */
  error: unknown;
  #id = '';
  readonly #request: LatestRequest;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly client: (el: Element) => C,
    private readonly request: (client: C, id: string, signal: AbortSignal) => Promise<T>,
    private readonly settled: (id: string, item?: T, error?: unknown) => void,
  ) {
    this.#request = new LatestRequest(host, () => this.reload());
  }

  load(id: string): void {
    this.cancel();
    this.error = undefined;
    this.#id = id;
    if (!id) return;
    const run = this.#request.begin();
    if (!run) return;
    new Promise<T>((resolve) => resolve(this.request(this.client(this.host), id, run.signal))).then(
      (item) => {
        if (run.settle()) this.settled(id, item);
      },
      (error: unknown) => {
        if (!run.settle()) return;
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
    this.#request.abort();
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
