import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LatestRequest } from './latest-request.js';

/** What an element that shows one record reached by a signed token tells its loader. */
export interface TokenRecordOptions<T> {
  /** The page-URL parameter that carries the token when the element has none (`cen_order`, `cen_booking`, `statement`). */
  param: string;
  /** The element's own token (its attribute); empty for none. */
  own: () => string;
  /** Fetches the record; a throw (no configuration, say) counts as a failed load. */
  fetch: (token: string, signal: AbortSignal) => Promise<T>;
  /** The record of the latest load arrived. */
  loaded: (record: T) => void;
  /** The latest load failed. */
  failed: (error: unknown) => void;
  /** Whether the element already shows an outcome: coming back to the page then loads nothing. */
  settled: () => boolean;
  /** A load started (true) or ended, failed or was cancelled (false). */
  busy?: (busy: boolean) => void;
}

/**
 * Loads the record of `<cen-order-status>`, `<cen-booking-status>` and `<cen-mc-stats>`: the token
 * from the element or the page URL, one request at a time (a newer load or an action cancels the
 * one in flight, whose late answer is dropped), aborted when the element leaves the page and
 * loaded again when it comes back without an outcome. The element calls `load()` when its token
 * changes (and for its first render).
 */
export class TokenRecordLoader<T> implements ReactiveController {
  readonly #request: LatestRequest;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    private readonly options: TokenRecordOptions<T>,
  ) {
    host.addController(this);
    // Coming back to the page is decided by `hostConnected` (reload without an outcome), not by what was in flight.
    this.#request = new LatestRequest(host, () => {});
  }

  /** The token in use: the element's own, else the page URL's parameter. */
  get token(): string {
    return this.options.own() || new URL(location.href).searchParams.get(this.options.param) || '';
  }

  /** True when the token comes from the page URL, not the element (a return from a payment page, say). */
  get fromUrl(): boolean {
    return !this.options.own() && !!new URL(location.href).searchParams.get(this.options.param);
  }

  /** True while a load is in flight. */
  get loading(): boolean {
    return this.#request.pending;
  }

  hostConnected(): void {
    if (this.host.hasUpdated && !this.options.settled() && !this.#request.pending) this.load();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Loads the record of `token` (the current one by default); nothing without a token or off the page. */
  load(token = this.token): void {
    this.cancel();
    if (!token || !this.host.isConnected) return;
    const run = this.#request.begin();
    if (!run) return;
    this.options.busy?.(true);
    const settle = (then: () => void) => {
      if (!run.settle()) return;
      this.options.busy?.(false);
      then();
    };
    new Promise<T>((resolve) => resolve(this.options.fetch(token, run.signal))).then(
      (record) => settle(() => this.options.loaded(record)),
      (error: unknown) => settle(() => this.options.failed(error)),
    );
  }

  /** Stops the load in flight (its answer is dropped): before an action whose answer replaces it. */
  cancel(): void {
    if (this.#request.abort()) this.options.busy?.(false);
  }
}
