import { MAX_CART_BOOKINGS, MAX_CART_LINES } from '@thecen/schema/browser';
import { mountCommerce, PAGE_KEY } from '../../test/commerce.js';
import { afterEach, assert, cleanup, describe, equal, it } from '../../test/harness.js';
import { cartStoreFor } from './cart-store-for.js';
import { CartStore, lineKey, type CartBooking } from './cart-store.js';

const storageKey = `cen:cart:${PAGE_KEY}`;
const bookingsKey = `cen:cart-bookings:${PAGE_KEY}`;

const held: CartBooking = {
  bookingToken: 'bt_AAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBB',
  bookingId: 'bkg_7f3k2q9x',
  serviceId: 'svc_coparenting02',
  serviceTitle: '숲 놀이 수업',
  partnerName: '공동육아와공동체교육',
  slotStart: '2026-09-11T10:00:00+09:00',
  slotEnd: '2026-09-11T11:30:00+09:00',
  partySize: 2,
  amount: 30000,
  holdExpiresAt: '2026-09-10T09:10:00+09:00',
  visit: false,
};
const stored = () => JSON.parse(localStorage.getItem(storageKey) ?? 'null');

function changesOf(cart: CartStore): CustomEvent<{ reason: string }>[] {
  const changes: CustomEvent<{ reason: string }>[] = [];
  cart.addEventListener('change', (event) => changes.push(event as CustomEvent<{ reason: string }>));
  return changes;
}

/** A Storage whose every call throws, like Safari's private mode or a full quota. */
const brokenStorage = {
  getItem() {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem() {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem() {
    throw new DOMException('denied', 'SecurityError');
  },
} as unknown as Storage;

describe('CartStore', () => {
  afterEach(() => {
    cleanup();
    localStorage.removeItem(storageKey);
    localStorage.removeItem(bookingsKey);
  });

  it('keeps lines only, merges the same product and option, and bounds quantities to 1..99', () => {
    const cart = new CartStore(PAGE_KEY);
    cart.add({ productId: 'prd_wooriwheat01', variantId: '1kg', quantity: 2, expectedUnitPrice: 6500 });
    cart.add({ productId: 'prd_wooriwheat01', variantId: '1kg', quantity: 3 });
    cart.add({ productId: 'prd_wooriwheat01', variantId: '3kg', quantity: 1 });
    equal(cart.count, 2, 'two lines: one per option');
    equal(cart.lines[0]!.quantity, 5, 'merged quantity');
    equal(cart.lines[0]!.expectedUnitPrice, 6500, 'the seen price is kept when merging');
    cart.add({ productId: 'prd_wooriwheat01', variantId: '1kg', quantity: 200 });
    equal(cart.lines[0]!.quantity, 99, 'at most 99');
    cart.setQuantity(lineKey(cart.lines[1]!), 0);
    equal(cart.lines[1]!.quantity, 1, 'at least 1');
    equal(JSON.stringify(Object.keys(stored()[0]).sort()), JSON.stringify(['expectedUnitPrice', 'productId', 'quantity', 'variantId']), 'stored fields');
  });

  it('refuses a line beyond MAX_CART_LINES', () => {
    const cart = new CartStore(PAGE_KEY);
    for (let i = 0; i < MAX_CART_LINES; i++) assert(cart.add({ productId: `prd_filler${String(i).padStart(4, '0')}`, quantity: 1 }), `line ${i}`);
    equal(cart.add({ productId: 'prd_onetoomany1', quantity: 1 }), false, 'refused');
    equal(cart.count, MAX_CART_LINES, 'count');
    equal(cart.add({ productId: 'prd_filler0000', quantity: 1 }), true, 'merging into an existing line still works');
  });

  it('survives a reload: a new store reads the lines from localStorage', () => {
    const before = new CartStore(PAGE_KEY);
    before.add({ productId: 'prd_wooriwheat02', quantity: 2, expectedUnitPrice: 12000 });
    const after = new CartStore(PAGE_KEY);
    equal(JSON.stringify(after.lines), JSON.stringify([{ productId: 'prd_wooriwheat02', quantity: 2, expectedUnitPrice: 12000 }]), 'lines after reload');
    equal(new CartStore('pk_test_AnotherMall0001').count, 0, 'one cart per mall (publishable key)');
  });

  it('drops malformed stored lines', () => {
    localStorage.setItem(storageKey, JSON.stringify([{ productId: 'prd_good00001', quantity: 3 }, { productId: 'bad', quantity: 1 }, 'x', { productId: 'prd_good00002', quantity: 'many' }]));
    equal(JSON.stringify(new CartStore(PAGE_KEY).lines), JSON.stringify([{ productId: 'prd_good00001', quantity: 3 }]), 'only the good line');
    localStorage.setItem(storageKey, '{not json');
    equal(new CartStore(PAGE_KEY).count, 0, 'damaged JSON reads as empty');
  });

  it('follows other tabs through the storage event', () => {
    const cart = new CartStore(PAGE_KEY);
    const changes = changesOf(cart);
    const lines = [{ productId: 'prd_hanjilamp01', quantity: 1 }];
    localStorage.setItem(storageKey, JSON.stringify(lines)); // what the other tab wrote
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: JSON.stringify(lines), storageArea: localStorage }));
    equal(cart.count, 1, 'line from the other tab');
    equal(changes.length, 1, 'one change event');
    equal(changes[0]!.detail.reason, 'sync', 'reason');
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: '[]', storageArea: localStorage }));
    equal(cart.count, 1, 'other keys are ignored');
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    equal(cart.count, 0, 'localStorage.clear() in another tab empties the cart');
  });

  it('works in memory when storage fails', () => {
    const cart = new CartStore(PAGE_KEY, brokenStorage);
    assert(cart.add({ productId: 'prd_wooriwheat02', quantity: 1 }), 'added');
    cart.setQuantity('prd_wooriwheat02/', 4);
    equal(cart.lines[0]!.quantity, 4, 'quantity in memory');
    cart.clear();
    equal(cart.count, 0, 'cleared');
  });

  it('records the prices a quote showed, only for lines that still match', () => {
    const cart = new CartStore(PAGE_KEY);
    cart.add({ productId: 'prd_wooriwheat02', quantity: 2, expectedUnitPrice: 11000 });
    cart.add({ productId: 'prd_hanjilamp01', quantity: 1 });
    const changes = changesOf(cart);
    cart.acceptPrices([
      { productId: 'prd_wooriwheat02', variantId: null, quantity: 2, unitPrice: 12000 },
      { productId: 'prd_hanjilamp01', variantId: null, quantity: 5, unitPrice: 30000 },
    ]);
    equal(cart.lines[0]!.expectedUnitPrice, 12000, 'updated');
    equal(cart.lines[1]!.expectedUnitPrice, undefined, 'the quantity changed since: not updated');
    equal(changes[0]!.detail.reason, 'prices', 'a prices change');
    equal(stored()[0].expectedUnitPrice, 12000, 'persisted');
  });

  it('keeps held bookings next to the lines, persisted and counted, one per token', () => {
    const cart = new CartStore(PAGE_KEY);
    const changes = changesOf(cart);
    cart.add({ productId: 'prd_wooriwheat02', quantity: 1 });
    assert(cart.addBooking(held), 'added');
    assert(cart.addBooking({ ...held, partySize: 3 }), 'the same token replaces');
    equal(cart.bookings.length, 1, 'one booking');
    equal(cart.bookings[0]!.partySize, 3, 'replaced');
    equal(cart.count, 2, 'the cart button counts lines and bookings');
    equal(changes.at(-1)!.detail.reason, 'lines', 'a change of the cart');
    equal(JSON.parse(localStorage.getItem(bookingsKey)!)[0].bookingToken, held.bookingToken, 'persisted under its own key');
    equal(stored().length, 1, 'the lines keep their format');
    const after = new CartStore(PAGE_KEY);
    equal(JSON.stringify(after.bookings), JSON.stringify([{ ...held, partySize: 3 }]), 'survives a reload');
    after.removeBooking(held.bookingToken);
    equal(after.bookings.length, 0, 'removed');
    equal(localStorage.getItem(bookingsKey), null, 'storage cleared');
    for (let i = 0; i < MAX_CART_BOOKINGS; i++) assert(after.addBooking({ ...held, bookingToken: `bt_${i}AAAAAAAAAA.BBBBBBBBBBBBBBBBBBBB` }), `booking ${i}`);
    equal(after.addBooking({ ...held, bookingToken: 'bt_onetoomany.BBBBBBBBBBBBBBBBBBBB' }), false, 'at most MAX_CART_BOOKINGS');
    after.clear();
    equal(after.count, 0, 'clear() empties lines and bookings');
    equal(localStorage.getItem(bookingsKey), null, 'and their storage');
  });

  it('drops malformed stored bookings and follows other tabs', () => {
    localStorage.setItem(bookingsKey, JSON.stringify([held, { ...held, bookingToken: 'nope' }, { ...held, bookingToken: 'bt_other.x', partySize: 'two' }, 'x']));
    const cart = new CartStore(PAGE_KEY);
    equal(JSON.stringify(cart.bookings), JSON.stringify([held]), 'only the good booking');
    const changes = changesOf(cart);
    localStorage.setItem(bookingsKey, '[]');
    window.dispatchEvent(new StorageEvent('storage', { key: bookingsKey, newValue: '[]', storageArea: localStorage }));
    equal(cart.bookings.length, 0, 'removed in another tab');
    equal(changes[0]!.detail.reason, 'sync', 'a sync change');
  });

  it('is shared by every element with the same API and key', () => {
    const store = mountCommerce('<span id="a"></span><span id="b"></span>');
    equal(cartStoreFor(store.querySelector('#a')!), cartStoreFor(store.querySelector('#b')!), 'same store');
  });
});
