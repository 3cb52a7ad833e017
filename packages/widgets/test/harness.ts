/**
 * Helpers of the widgets' browser tests (run by @web/test-runner with mocha): plain assertions,
 * mounting inside a `<cen-store>` wired to the msw mock fetch, waiting, and the axe check.
 */
import axe from 'axe-core';
import { createMockFetch, type MockFetch } from '@thecen/mocks/fetch';
import { DEMO_PUBLISHABLE_KEY } from '@thecen/mocks/fixtures';
import '../src/components/store/store.js';

type Test = (this: unknown) => void | Promise<void>;
interface MochaGlobals {
  describe(name: string, body: () => void): void;
  it(name: string, body: Test): void;
  beforeEach(body: Test): void;
  afterEach(body: Test): void;
}
export const { describe, it, beforeEach, afterEach } = globalThis as unknown as MochaGlobals;

export const API = 'http://localhost:8787';
export const KEY = DEMO_PUBLISHABLE_KEY;

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

export function equal<T>(actual: T, expected: T, message = 'values differ'): void {
  if (!Object.is(actual, expected)) {
    throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function includes(text: string | null | undefined, part: string, message = 'text'): void {
  if (!text?.includes(part)) throw new Error(`${message}: expected ${JSON.stringify(text)} to include ${JSON.stringify(part)}`);
}

const mounted: Element[] = [];

/** Removes what the test mounted; call from `afterEach`. */
export function cleanup(): void {
  for (const el of mounted.splice(0)) el.remove();
  document.documentElement.removeAttribute('lang');
}

/** A `<cen-store>` on the mock API with `markup` inside; `fetch` is set before the widgets connect. */
export function mountInStore(markup: string, fetch: typeof globalThis.fetch = createMockFetch({ baseUrl: API }), attributes = '', key = KEY): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = `<cen-store api="${API}" key="${key}" ${attributes}>${markup}</cen-store>`;
  const store = holder.firstElementChild as HTMLElement & { fetch?: typeof globalThis.fetch };
  store.fetch = fetch;
  document.body.append(store);
  mounted.push(store);
  return store;
}

/** Mounts plain markup (no store). */
export function mount(markup: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  mounted.push(holder);
  return holder;
}

export function mockFetch(options: Parameters<typeof createMockFetch>[0] = {}): MockFetch {
  return createMockFetch({ baseUrl: API, ...options });
}

/** A fetch that waits for `open()` before answering through `inner`. */
export function gatedFetch(inner: typeof globalThis.fetch): typeof globalThis.fetch & { open(): void } {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return Object.assign(async (input: RequestInfo | URL, init?: RequestInit) => {
    await gate;
    return inner(input, init);
  }, { open });
}

/** Resolves with the value of `probe` once it is truthy, checking every animation frame (mocha's timeout bounds it). */
export async function until<T>(probe: () => T): Promise<NonNullable<T>> {
  for (;;) {
    const value = probe();
    if (value) return value as NonNullable<T>;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export function nextEvent<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as HTMLElementEventMap[K]), { once: true }));
}

/** Collects every event of a type fired on `target` from now on. */
export function record<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): HTMLElementEventMap[K][] {
  const events: HTMLElementEventMap[K][] = [];
  target.addEventListener(type, (event) => events.push(event as HTMLElementEventMap[K]));
  return events;
}

/** Runs axe (WCAG 2.x A and AA rules) on an element, shadow roots included; fails listing the violations. */
export async function expectAccessible(el: Element): Promise<void> {
  const result = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  const report = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  equal(report.join('\n'), '', 'axe violations');
}

/** The visible text of a shadow part. */
export function partText(el: Element, part: string): string | undefined {
  return el.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.trim();
}

export function part(el: Element, name: string): HTMLElement | null | undefined {
  return el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The accessible name of an element as axe computes it (shadow DOM included). */
export function accessibleName(el: Element): string {
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(el);
  } finally {
    axe.teardown();
  }
}
