import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Product } from '../entities/product.js';
import { CartQuote, CartQuoteRequest } from './cart.js';
import { CreateOrderRequest } from './order-input.js';
import { quoteCart, type PricedBooking } from './quote-cart.js';

const flour = Product.parse({
  id: 'prd_flour01',
  object: 'product',
  partnerId: 'pa_wooriwheat',
  partner: { id: 'pa_wooriwheat', name: '우리밀협동조합', organisationType: 'cooperative', logo: null },
  title: '우리밀 통밀가루',
  summary: '',
  descriptionHtml: '',
  images: [],
  price: 10000,
  listPrice: null,
  variants: [],
  stock: null,
  stockState: 'in_stock',
  shipping: { fee: 3000, freeOver: 30000, bundling: 'per_partner', remoteAreaFee: 3000 },
  category: 'food',
  tags: [],
  status: 'active',
  url: 'http://localhost:8787/products/prd_flour01',
  createdAt: '2026-03-01T09:00:00+09:00',
  updatedAt: '2026-03-01T09:00:00+09:00',
});

function booking(over: Partial<PricedBooking> = {}): PricedBooking {
  return {
    bookingId: 'bkg_class0001',
    serviceId: 'svc_class01',
    title: '목공 교실',
    partnerId: 'pa_wooriwheat',
    partnerName: '우리밀협동조합',
    slotStart: '2026-11-24T10:00:00+09:00',
    slotEnd: '2026-11-24T11:00:00+09:00',
    partySize: 2,
    amount: 30000,
    holdExpiresAt: '2026-11-23T10:10:00+09:00',
    problem: null,
    ...over,
  };
}

function quote(input: Parameters<typeof quoteCart>[0]) {
  const result = quoteCart(input);
  const parsed = CartQuote.safeParse(result);
  assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues));
  return result;
}

describe('bookings in a cart quote', () => {
  test('a booking joins its partner\'s group: in the subtotal, never shipped, not counted toward free shipping', () => {
    const result = quote({ products: new Map([[flour.id, flour]]), lines: [{ productId: flour.id, quantity: 1 }], bookings: [booking()] });
    const { problem: _problem, ...priced } = booking();
    assert.deepEqual(result.bookings, [{ bookingIndex: 0, ...priced, orderable: true }]);
    const [group] = result.groups;
    assert.deepEqual(
      [group!.lineIndexes, group!.bookingIndexes, group!.subtotal, group!.shippingFee, group!.amountToFreeShipping, group!.total],
      [[0], [0], 40000, 3000, 20000, 43000],
    );
    assert.deepEqual([result.subtotal, result.shippingTotal, result.total], [40000, 3000, 43000]);
  });

  test('bookings alone: a group per partner without shipping', () => {
    const other = booking({ bookingId: 'bkg_repair001', partnerId: 'pa_housing', partnerName: '주거복지협동조합', amount: 180000 });
    const result = quote({ products: new Map(), lines: [], bookings: [booking(), other] });
    assert.deepEqual(result.groups.map((g) => [g.partnerId, g.partnerName, g.lineIndexes, g.bookingIndexes, g.subtotal, g.shippingFee, g.total]), [
      ['pa_wooriwheat', '우리밀협동조합', [], [0], 30000, 0, 30000],
      ['pa_housing', '주거복지협동조합', [], [1], 180000, 0, 180000],
    ]);
    assert.equal(result.total, 210000);
  });

  test('an expired or unavailable booking is reported with its index and left out of the totals', () => {
    const result = quote({
      products: new Map(),
      lines: [],
      bookings: [booking({ problem: 'booking_expired' }), booking({ bookingId: 'bkg_gone0001', problem: 'booking_unavailable', slotStart: null, slotEnd: null })],
    });
    assert.deepEqual(result.problems, [
      { code: 'booking_expired', lineIndex: -1, productId: '', variantId: null, bookingIndex: 0, bookingId: 'bkg_class0001' },
      { code: 'booking_unavailable', lineIndex: -1, productId: '', variantId: null, bookingIndex: 1, bookingId: 'bkg_gone0001' },
    ]);
    assert.deepEqual(result.bookings!.map((b) => b.orderable), [false, false]);
    assert.deepEqual([result.groups, result.total], [[], 0]);
  });

  test('without bookings the quote has an empty list of them', () => {
    const result = quote({ products: new Map([[flour.id, flour]]), lines: [{ productId: flour.id, quantity: 1 }] });
    assert.deepEqual(result.bookings, []);
    assert.deepEqual(result.groups[0]!.bookingIndexes, []);
  });
});

describe('requests with bookings', () => {
  const token = 'bt_YmtnX2NsYXNzMDAwMQ.abcdefghijklmnopqrstuvwxyz012345';
  const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    result.success ? [] : result.error!.issues.map((i) => i.path.join('.'));

  test('a cart may hold only bookings; an empty cart is still an error at `lines`', () => {
    assert.deepEqual(paths(CartQuoteRequest.safeParse({ lines: [], bookings: [{ bookingToken: token }] })), []);
    assert.deepEqual(paths(CartQuoteRequest.safeParse({ lines: [] })), ['lines']);
    assert.deepEqual(paths(CartQuoteRequest.safeParse({ lines: [], bookings: [] })), ['lines']);
    assert.deepEqual(paths(CartQuoteRequest.safeParse({ lines: [], bookings: [{ bookingToken: 'ot_nope' }] })), ['bookings.0.bookingToken']);
  });

  test('an order ships an address only when it has products', () => {
    const base = {
      buyer: { name: '김구매', phone: '010-1234-5678', email: 'buyer@example.kr' },
      consents: [],
      receipt: { type: 'none' },
      paymentMethod: 'card',
      returnUrl: 'https://coop.example/done',
    };
    assert.deepEqual(paths(CreateOrderRequest.safeParse({ ...base, lines: [], bookings: [{ bookingToken: token }] })), []);
    assert.deepEqual(paths(CreateOrderRequest.safeParse({ ...base, lines: [{ productId: flour.id, quantity: 1 }] })), ['shippingAddress']);
    assert.deepEqual(paths(CreateOrderRequest.safeParse({ ...base, lines: [] })), ['lines']);
  });
});
