import type { CartQuote } from '@thecen/schema/browser';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clientFor } from '../config/client-for.js';
import type { CartStore, CartStoreChange } from './cart-store.js';
import { cartStoreFor } from './cart-store-for.js';

/** Milliseconds of quiet after a change before the cart is quoted again (stepper clicks, typing). */
export const QUOTE_DEBOUNCE_MS = 250;

/**
 * Keeps a server quote of the page's cart for an element: quotes when the element connects and,
 * debounced, whenever the lines (or the postal code) change; aborts a quote made stale by a newer
 * change. After each quote the cart records the prices the buyer now sees (`expectedUnitPrice`).
 * Quotes only while `active`.
 */
export class QuoteController implements ReactiveController {
  /** The latest quote of the current lines and bookings; undefined before the first and for an empty cart. */
  quote: CartQuote | undefined;
  /** The failure of the latest quote, if it failed. */
  error: unknown;
  /** True from a change until its quote arrived. */
  busy = false;
  #store: CartStore | undefined;
  #active = true;
  #postalCode: string | undefined;
  #quoted = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;
  #waiting: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly listener: { quoted?(quote: CartQuote): void; failed?(error: unknown): void } = {},
    active = true,
  ) {
    this.#active = active;
    host.addController(this);
  }

  /** The page's cart (throws `CenConfigurationError` without a key). */
  get store(): CartStore {
    return (this.#store ??= cartStoreFor(this.host));
  }

  /** Whether to quote at all (the cart quotes only while open). */
  set active(value: boolean) {
    if (value === this.#active) return;
    this.#active = value;
    if (value) this.#schedule(0);
    else {
      clearTimeout(this.#timer);
      this.#controller?.abort();
      this.#controller = undefined;
      this.#settle();
    }
  }

  /** Delivery postal code: Jeju and remote islands cost more to ship. */
  set postalCode(value: string | undefined) {
    if (value !== this.#postalCode) {
      this.#postalCode = value;
      this.#schedule(QUOTE_DEBOUNCE_MS);
    }
  }

  get postalCode(): string | undefined {
    return this.#postalCode;
  }

  /** Quotes again now (the retry button). */
  refresh(): void {
    this.#quoted = '';
    this.#schedule(0);
  }

  /** Shows a quote obtained otherwise (the one a 409 `cart_changed` carries) and records its prices. */
  apply(quote: CartQuote): void {
    this.quote = quote;
    this.error = undefined;
    this.#quoted = this.#signature();
    this.store.acceptPrices(quote.lines);
    this.host.requestUpdate();
  }

  /** Resolves once no quote is pending (at once when none is). */
  settled(): Promise<void> {
    return this.busy ? new Promise((resolve) => this.#waiting.push(resolve)) : Promise.resolve();
  }

  #settle(): void {
    this.busy = false;
    for (const resolve of this.#waiting.splice(0)) resolve();
  }

  /** True when the latest quote is for the current lines and postal code. */
  get current(): boolean {
    return !this.busy && !!this.quote && this.#quoted === this.#signature();
  }

  hostConnected(): void {
    try {
      this.store.addEventListener('change', this.#onChange);
    } catch (error) {
      this.error = error;
      this.listener.failed?.(error);
      return;
    }
    this.#schedule(0);
  }

  hostDisconnected(): void {
    this.#store?.removeEventListener('change', this.#onChange);
    clearTimeout(this.#timer);
    this.#controller?.abort();
    this.#controller = undefined;
    this.#settle();
  }

  #onChange = (event: Event): void => {
    if ((event as CustomEvent<CartStoreChange>).detail.reason !== 'prices' && this.#quoted !== this.#signature()) this.#schedule(QUOTE_DEBOUNCE_MS);
    this.host.requestUpdate();
  };

  /** What a quote depends on: products, options, quantities, bookings and the postal code (not the seen prices). */
  #signature(): string {
    return JSON.stringify([this.#postalCode, this.store.lines.map((l) => [l.productId, l.variantId, l.quantity]), this.store.bookings.map((b) => b.bookingToken)]);
  }

  #schedule(delay: number): void {
    clearTimeout(this.#timer);
    if (!this.#active || !this.host.isConnected) return;
    this.busy = true;
    this.host.requestUpdate();
    this.#timer = setTimeout(() => this.#run(), delay);
  }

  #run(): void {
    this.#controller?.abort();
    const lines = this.store.lines;
    const bookings = this.store.bookings;
    const signature = this.#signature();
    if (!lines.length && !bookings.length) {
      this.quote = undefined;
      this.error = undefined;
      this.#quoted = signature;
      this.#settle();
      this.host.requestUpdate();
      return;
    }
    const controller = (this.#controller = new AbortController());
    const body = {
      lines: lines.map((l) => ({ ...l })),
      ...(bookings.length && { bookings: bookings.map((b) => ({ bookingToken: b.bookingToken })) }),
      ...(this.#postalCode && { postalCode: this.#postalCode }),
    };
    new Promise<CartQuote>((resolve) => resolve(clientFor(this.host).cart.quote(body, { signal: controller.signal }))).then(
      (quote) => {
        if (controller !== this.#controller || signature !== this.#signature()) return;
        this.#controller = undefined;
        this.apply(quote);
        this.listener.quoted?.(quote);
        this.#settle();
      },
      (error: unknown) => {
        if (controller !== this.#controller) return;
        this.#controller = undefined;
        this.error = error;
        this.host.requestUpdate();
        this.listener.failed?.(error);
        this.#settle();
      },
    );
  }
}
