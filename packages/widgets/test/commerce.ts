/**
 * Helpers of the cart, checkout and order tests: the page's cart, reaching into nested shadow
 * roots, filling form fields, and orders placed through the mock API.
 */
import type { CreateOrderRequest, OrderCreated } from '@thecen/schema/browser';
import { createCoreClient } from '@thecen/sdk/core';
import { createMockFetch, mockPayments, type MockFetch } from '@thecen/mocks/fetch';
import { DEMO_CHANNEL, demoCheckoutTerms } from '@thecen/mocks/fixtures';
import { cartStoreFor } from '../src/cart/cart-store-for.js';
import type { CartLine, CartStore } from '../src/cart/cart-store.js';
import { API, mountInStore } from './harness.js';

/**
 * A publishable key of this test file's own. The test files run in parallel pages of one origin,
 * which share `localStorage` and see each other's `storage` events: with the demo key they would
 * share (and sync) one cart.
 */
export const PAGE_KEY = `pk_test_Page${Math.random().toString(36).slice(2, 12).padEnd(10, '0')}`;

/** The mock API answering for the demo channel under `PAGE_KEY`. */
export function commerceFetch(options: Parameters<typeof createMockFetch>[0] = {}): MockFetch {
  return createMockFetch({ baseUrl: API, fixtures: { channels: [{ ...DEMO_CHANNEL, publishableKey: PAGE_KEY }] }, ...options });
}

/** A `<cen-store>` with `PAGE_KEY` on the mock API, `markup` inside. */
export function mountCommerce(markup: string, fetch: typeof globalThis.fetch = commerceFetch()): HTMLElement {
  return mountInStore(markup, fetch, '', PAGE_KEY);
}

/** The cart of the elements inside `store` (a mounted `<cen-store>`), emptied and filled with `lines`. */
export function cartWith(store: Element, lines: CartLine[] = []): CartStore {
  const cart = cartStoreFor(store);
  cart.clear();
  for (const line of lines) cart.add(line);
  return cart;
}

/** Empties the page's cart (the stores are shared per API and key across the tests of a file). */
export function resetCart(): void {
  const holder = mountCommerce('');
  cartStoreFor(holder).clear();
}

/** The text of the `<dd>` after the `<dt>` saying `term`, in `el`'s shadow root. */
export function amountOf(el: Element, term: string): string | undefined {
  const dt = [...el.shadowRoot!.querySelectorAll('dt')].find((d) => d.textContent!.trim() === term);
  return dt?.nextElementSibling?.textContent?.trim();
}

/** `querySelector` through a chain of shadow roots: `deep(card, 'cen-add-to-cart', '[part~=add-button]')`. */
export function deep<T extends Element = HTMLElement>(from: Element, ...selectors: string[]): T | null {
  let el: Element | null | undefined = from;
  for (const selector of selectors) el = el?.shadowRoot?.querySelector(selector);
  return (el as T | null | undefined) ?? null;
}

/** The focused element, inside shadow roots. */
export function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Types into a field of an element's shadow root as a buyer would (value, then an `input` event). */
export function type(el: Element, id: string, value: string): void {
  const field = el.shadowRoot!.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
  if (!field) throw new Error(`no field #${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The requests of a mock fetch to one route. */
export function requestsTo(fetch: MockFetch, method: string, pathname: string | RegExp): Request[] {
  return fetch.requests.filter((r) => r.method === method && (typeof pathname === 'string' ? new URL(r.url).pathname === pathname : pathname.test(new URL(r.url).pathname)));
}

/** A complete order body for the demo mall. */
export function orderBody(lines: CartLine[], overrides: Partial<CreateOrderRequest> = {}): CreateOrderRequest {
  return {
    lines,
    buyer: { name: '김하나', phone: '01012345678', email: 'hana@example.kr' },
    shippingAddress: { recipient: '김하나', phone: '01012345678', postalCode: '04001', road: '서울특별시 마포구 월드컵로 1', detail: '101호' },
    consents: demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: true })),
    receipt: { type: 'none' },
    paymentMethod: 'card',
    returnUrl: location.href,
    ...overrides,
  };
}

/** Places an order through the mock API (as checkout would) and returns it with the payment controls. */
export async function placeOrder(fetch: MockFetch, lines: CartLine[], overrides: Partial<CreateOrderRequest> = {}): Promise<OrderCreated & { payments: ReturnType<typeof mockPayments> }> {
  const client = createCoreClient({ baseUrl: API, publishableKey: PAGE_KEY, fetch });
  const created = await client.orders.create(orderBody(lines, overrides));
  return { ...created, payments: mockPayments(fetch) };
}
