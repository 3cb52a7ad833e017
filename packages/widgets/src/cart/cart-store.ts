import { MAX_CART_BOOKINGS, MAX_CART_LINES, MAX_LINE_QUANTITY } from '@thecen/schema/browser';

/** One line of the cart as the browser keeps it: what and how many, and the price the buyer last saw. */
export interface CartLine {
  productId: string;
  /** The option (variant) chosen, for products with options. */
  variantId?: string;
  quantity: number;
  /** Unit price the buyer last saw; the server only compares it (problem `price_changed`). */
  expectedUnitPrice?: number;
}

/**
 * A held service booking waiting in the cart to be paid together with the products. The cart keeps
 * what the drawer shows before the server's quote; checkout sends only the token.
 */
export interface CartBooking {
  /** The signed booking token (`bt_…`) that checkout sends as `bookings: [{ bookingToken }]`. */
  bookingToken: string;
  bookingId: string;
  serviceId: string;
  serviceTitle: string;
  partnerName: string;
  /** ISO-8601 with `+09:00`. */
  slotStart: string;
  slotEnd: string | null;
  partySize: number;
  /** In won, as the server priced the booking; null while unknown. */
  amount: number | null;
  /** When the hold runs out: the booking cannot be paid after it. */
  holdExpiresAt: string | null;
  /** The service comes to the buyer: checkout asks for the address of the visit. */
  visit: boolean;
}

/** Why the cart changed: `lines` (lines or bookings added, removed, quantity), `prices` (seen prices only), `sync` (another tab or a reload). */
export type CartChangeReason = 'lines' | 'prices' | 'sync';

/** What `change` events of a `CartStore` carry. */
export interface CartStoreChange {
  reason: CartChangeReason;
}

/** Identifies a line: product and option. Lines with the same key are merged. */
export function lineKey(line: { productId: string; variantId?: string | null | undefined }): string {
  return `${line.productId}/${line.variantId ?? ''}`;
}

/** Keeps a quantity within 1..MAX_LINE_QUANTITY (99), whole numbers only. */
export function clampQuantity(quantity: number): number {
  return Math.min(MAX_LINE_QUANTITY, Math.max(1, Math.floor(quantity) || 1));
}

/** Drops anything in stored JSON that is not a well-formed line (a hand-edited or foreign value). */
function readLines(json: string | null): CartLine[] {
  let data: unknown;
  try {
    data = JSON.parse(json ?? '[]');
  } catch {
    return [];
  }
  const lines: CartLine[] = [];
  const seen = new Set<string>();
  for (const item of Array.isArray(data) ? data : []) {
    const { productId, variantId, quantity, expectedUnitPrice } = Object(item) as Record<string, unknown>;
    if (typeof productId !== 'string' || !/^prd_\w+$/.test(productId) || typeof quantity !== 'number') continue;
    const line: CartLine = { productId, quantity: clampQuantity(quantity) };
    if (typeof variantId === 'string' && variantId) line.variantId = variantId;
    if (Number.isSafeInteger(expectedUnitPrice) && (expectedUnitPrice as number) >= 0) line.expectedUnitPrice = expectedUnitPrice as number;
    if (seen.has(lineKey(line)) || lines.length >= MAX_CART_LINES) continue;
    seen.add(lineKey(line));
    lines.push(line);
  }
  return lines;
}

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const textOrNull = (v: unknown): v is string | null => v === null || text(v);

/** Drops anything in stored JSON that is not a well-formed booking. */
function readBookings(json: string | null): CartBooking[] {
  let data: unknown;
  try {
    data = JSON.parse(json ?? '[]');
  } catch {
    return [];
  }
  const bookings: CartBooking[] = [];
  for (const item of Array.isArray(data) ? data : []) {
    const b = Object(item) as Record<string, unknown>;
    const { bookingToken, bookingId, serviceId, serviceTitle, partnerName, slotStart, slotEnd, partySize, amount, holdExpiresAt, visit } = b;
    if (!text(bookingToken) || !/^bt_\S+$/.test(bookingToken) || !text(bookingId) || !text(serviceId) || !text(serviceTitle) || typeof partnerName !== 'string' || !text(slotStart)) continue;
    if (!textOrNull(slotEnd) || !textOrNull(holdExpiresAt) || !Number.isSafeInteger(partySize) || !(amount === null || Number.isSafeInteger(amount))) continue;
    if (bookings.some((x) => x.bookingToken === bookingToken) || bookings.length >= MAX_CART_BOOKINGS) continue;
    bookings.push({ bookingToken, bookingId, serviceId, serviceTitle, partnerName, slotStart, slotEnd, partySize: partySize as number, amount: amount as number | null, holdExpiresAt, visit: visit === true });
  }
  return bookings;
}

/**
 * The cart of one mall in this browser: lines, persisted in `localStorage` under
 * `cen:cart:<publishable key>`, and held service bookings, under `cen:cart-bookings:<publishable
 * key>`, kept in step with the other tabs through the `storage` event.
 * When storage is unavailable (private mode, quota, disabled) the cart lives in memory for the
 * page. Dispatches `change` (a `CustomEvent<CartStoreChange>`) after every change; elements turn
 * buyer actions into `cen-cart-change` DOM events.
 */
export class CartStore extends EventTarget {
  /** The `localStorage` key of this cart's lines. */
  readonly storageKey: string;
  /** The `localStorage` key of this cart's bookings. */
  readonly bookingsKey: string;
  #lines: CartLine[] = [];
  #bookings: CartBooking[] = [];
  #storage: Storage | undefined;

  constructor(publishableKey: string, storage?: Storage) {
    super();
    this.storageKey = `cen:cart:${publishableKey}`;
    this.bookingsKey = `cen:cart-bookings:${publishableKey}`;
    try {
      this.#storage = storage ?? globalThis.localStorage;
    } catch {
      // Reading `localStorage` throws when storage is disabled: stay in memory.
    }
    this.#lines = this.#read();
    this.#bookings = this.#readBookings();
    globalThis.addEventListener?.('storage', (event) => {
      if (event.storageArea !== this.#storage) return;
      if (event.key === this.storageKey || event.key === null) this.#lines = readLines(event.newValue);
      if (event.key === this.bookingsKey || event.key === null) this.#bookings = readBookings(event.newValue);
      if (event.key === this.storageKey || event.key === this.bookingsKey || event.key === null) this.#changed('sync');
    });
  }

  /** The lines, oldest first. Treat as read-only: change them through the methods. */
  get lines(): readonly CartLine[] {
    return this.#lines;
  }

  /** The held bookings, oldest first. Treat as read-only: change them through the methods. */
  get bookings(): readonly CartBooking[] {
    return this.#bookings;
  }

  /** Number of lines (products and options) and bookings, the figure shown on the cart button. */
  get count(): number {
    return this.#lines.length + this.#bookings.length;
  }

  /**
   * Adds a line, merging it with a line of the same product and option (quantities add up, at most
   * 99). Returns false when the cart is full (`MAX_CART_LINES` lines).
   */
  add(line: CartLine): boolean {
    const key = lineKey(line);
    const existing = this.#lines.find((l) => lineKey(l) === key);
    if (!existing && this.#lines.length >= MAX_CART_LINES) return false;
    const added: CartLine = { ...line, quantity: clampQuantity(line.quantity + (existing?.quantity ?? 0)) };
    if (!added.variantId) delete added.variantId;
    if (existing?.expectedUnitPrice !== undefined && added.expectedUnitPrice === undefined) added.expectedUnitPrice = existing.expectedUnitPrice;
    this.#write(existing ? this.#lines.map((l) => (l === existing ? added : l)) : [...this.#lines, added], 'lines');
    return true;
  }

  /** Sets the quantity of the line with this key (clamped to 1..99). */
  setQuantity(key: string, quantity: number): void {
    const q = clampQuantity(quantity);
    if (this.#lines.some((l) => lineKey(l) === key && l.quantity !== q)) {
      this.#write(this.#lines.map((l) => (lineKey(l) === key ? { ...l, quantity: q } : l)), 'lines');
    }
  }

  /** Removes the lines with these keys. */
  remove(...keys: string[]): void {
    const kept = this.#lines.filter((l) => !keys.includes(lineKey(l)));
    if (kept.length !== this.#lines.length) this.#write(kept, 'lines');
  }

  /** Empties the cart: lines and bookings. */
  clear(): void {
    if (this.#bookings.length) this.#writeBookings([], !this.#lines.length);
    if (this.#lines.length) this.#write([], 'lines');
  }

  /**
   * Puts a held booking into the cart (replacing one with the same token). Returns false when the
   * cart already holds `MAX_CART_BOOKINGS` bookings.
   */
  addBooking(booking: CartBooking): boolean {
    const others = this.#bookings.filter((b) => b.bookingToken !== booking.bookingToken);
    if (others.length >= MAX_CART_BOOKINGS) return false;
    const index = this.#bookings.findIndex((b) => b.bookingToken === booking.bookingToken);
    this.#writeBookings(index < 0 ? [...others, { ...booking }] : this.#bookings.map((b, i) => (i === index ? { ...booking } : b)));
    return true;
  }

  /** Removes the bookings with these tokens (paid, expired, cancelled, or removed by the buyer). */
  removeBooking(...tokens: string[]): void {
    const kept = this.#bookings.filter((b) => !tokens.includes(b.bookingToken));
    if (kept.length !== this.#bookings.length) this.#writeBookings(kept);
  }

  /**
   * Records the unit prices the buyer now sees (from a quote) as `expectedUnitPrice`, for the lines
   * whose key and quantity still match what was quoted.
   */
  acceptPrices(seen: readonly { productId: string; variantId: string | null; quantity: number; unitPrice: number }[]): void {
    let changed = false;
    const lines = this.#lines.map((line) => {
      const match = seen.find((s) => lineKey(s) === lineKey(line) && s.quantity === line.quantity);
      if (!match || match.unitPrice === line.expectedUnitPrice) return line;
      changed = true;
      return { ...line, expectedUnitPrice: match.unitPrice };
    });
    if (changed) this.#write(lines, 'prices');
  }

  /** Reads the lines and bookings again from storage (after another script changed it in this tab). */
  reload(): void {
    this.#lines = this.#read();
    this.#bookings = this.#readBookings();
    this.#changed('sync');
  }

  #readBookings(): CartBooking[] {
    try {
      return readBookings(this.#storage?.getItem(this.bookingsKey) ?? null);
    } catch {
      return this.#bookings;
    }
  }

  #writeBookings(bookings: CartBooking[], notify = true): void {
    this.#bookings = bookings;
    try {
      if (bookings.length) this.#storage?.setItem(this.bookingsKey, JSON.stringify(bookings));
      else this.#storage?.removeItem(this.bookingsKey);
    } catch {
      // Quota exceeded or storage disabled: the bookings stay for this page.
    }
    if (notify) this.#changed('lines');
  }

  #read(): CartLine[] {
    try {
      return readLines(this.#storage?.getItem(this.storageKey) ?? null);
    } catch {
      return this.#lines;
    }
  }

  #write(lines: CartLine[], reason: CartChangeReason): void {
    this.#lines = lines;
    try {
      if (lines.length) this.#storage?.setItem(this.storageKey, JSON.stringify(lines));
      else this.#storage?.removeItem(this.storageKey);
    } catch {
      // Quota exceeded or storage disabled: the cart still works for this page.
    }
    this.#changed(reason);
  }

  #changed(reason: CartChangeReason): void {
    this.dispatchEvent(new CustomEvent<CartStoreChange>('change', { detail: { reason } }));
  }
}
