import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Product, type ShippingPolicy } from '../entities/product.js';
import { CartQuote, type CartLineInput } from './cart.js';
import { quoteCart } from './quote-cart.js';

const standard: ShippingPolicy = { fee: 3000, freeOver: 30000, bundling: 'per_partner', remoteAreaFee: 3000 };

const partnerNames: Record<string, string> = {
  pa_wooriwheat: '우리밀협동조합',
  pa_soyplea: '소이플리협동조합',
  pa_jeonjusolar: '전주햇빛발전협동조합',
};

interface ProductSeed {
  partnerId?: string;
  price?: number;
  listPrice?: number | null;
  stock?: number | null;
  variants?: { id: string; label: string; price: number; listPrice?: number | null; stock: number | null }[];
  shipping?: Partial<ShippingPolicy>;
  title?: string;
}

/** A product that passes the `Product` schema (checked), as the server hands it to `quoteCart`. */
function product(id: string, seed: ProductSeed = {}): Product {
  const partnerId = seed.partnerId ?? 'pa_wooriwheat';
  const variants = (seed.variants ?? []).map((v) => ({
    id: v.id,
    label: v.label,
    price: v.price,
    listPrice: v.listPrice ?? null,
    stock: v.stock,
    stockState: v.stock === 0 ? ('sold_out' as const) : ('in_stock' as const),
  }));
  const price = seed.price ?? (variants.length ? Math.min(...variants.map((v) => v.price)) : 10000);
  return Product.parse({
    id,
    object: 'product',
    partnerId,
    partner: { id: partnerId, name: partnerNames[partnerId] ?? '테스트협동조합', organisationType: 'cooperative', logo: null },
    title: seed.title ?? `상품 ${id}`,
    summary: '',
    descriptionHtml: '',
    images: [{ url: `http://localhost:8787/media/products/${id}-1.svg`, alt: `${id} 사진` }],
    price,
    listPrice: seed.listPrice ?? null,
    variants,
    stock: variants.length ? null : seed.stock === undefined ? 100 : seed.stock,
    stockState: 'in_stock',
    shipping: { ...standard, ...seed.shipping },
    category: 'food',
    tags: [],
    status: 'active',
    url: `http://localhost:8787/products/${id}`,
    createdAt: '2026-03-01T09:00:00+09:00',
    updatedAt: '2026-03-01T09:00:00+09:00',
  });
}

function catalog(...products: Product[]): Map<string, Product> {
  return new Map(products.map((p) => [p.id, p]));
}

/** Quotes and checks that the answer parses with the `CartQuote` schema, unchanged by parsing. */
function quote(products: Map<string, Product>, lines: CartLineInput[], postalCode?: string): CartQuote {
  const result = quoteCart({ products, lines, postalCode });
  const parsed = CartQuote.safeParse(result);
  assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues));
  assert.deepEqual(parsed.data, result);
  return result;
}

/** Totals are always the sums of the groups, and each group's total the sum of its parts. */
function assertTotalsConsistent(result: CartQuote): void {
  for (const group of result.groups) {
    assert.equal(group.total, group.subtotal + group.shippingFee + group.remoteAreaFee, group.partnerId);
    const lines = result.lines.filter((l) => group.lineIndexes.includes(l.lineIndex));
    assert.equal(group.subtotal, lines.reduce((sum, l) => sum + l.lineTotal, 0), group.partnerId);
    assert.ok(lines.every((l) => l.orderable && l.partnerId === group.partnerId));
  }
  assert.equal(result.subtotal, result.groups.reduce((sum, g) => sum + g.subtotal, 0));
  assert.equal(result.shippingTotal, result.groups.reduce((sum, g) => sum + g.shippingFee + g.remoteAreaFee, 0));
  assert.equal(result.total, result.subtotal + result.shippingTotal);
  assert.equal(result.total, result.groups.reduce((sum, g) => sum + g.total, 0));
}

describe('line prices', () => {
  test('a product without options: unit price, list price, line total, title, image and stock', () => {
    const flour = product('prd_flour01', { price: 7500, listPrice: 9000, stock: 42, title: '우리밀 통밀가루' });
    const result = quote(catalog(flour), [{ productId: 'prd_flour01', quantity: 3 }]);
    assert.equal(result.object, 'cart_quote');
    assert.equal(result.currency, 'KRW');
    assert.deepEqual(result.lines, [
      {
        lineIndex: 0,
        productId: 'prd_flour01',
        variantId: null,
        partnerId: 'pa_wooriwheat',
        title: '우리밀 통밀가루',
        variantLabel: null,
        image: flour.images[0],
        quantity: 3,
        unitPrice: 7500,
        listUnitPrice: 9000,
        lineTotal: 22500,
        orderable: true,
        available: 42,
      },
    ]);
    assert.deepEqual(result.problems, []);
    assert.equal(result.subtotal, 22500);
    assertTotalsConsistent(result);
  });

  test('a product with options is priced by the chosen option: its price, list price, stock and label', () => {
    const flour = product('prd_flour01', {
      variants: [
        { id: '1kg', label: '1kg', price: 6500, stock: 80 },
        { id: '3kg', label: '3kg', price: 17000, listPrice: 19000, stock: 24 },
      ],
    });
    const result = quote(catalog(flour), [
      { productId: 'prd_flour01', variantId: '3kg', quantity: 2 },
      { productId: 'prd_flour01', variantId: '1kg', quantity: 1 },
    ]);
    const [big, small] = result.lines;
    assert.deepEqual(
      { variantId: big!.variantId, label: big!.variantLabel, unit: big!.unitPrice, list: big!.listUnitPrice, total: big!.lineTotal, available: big!.available },
      { variantId: '3kg', label: '3kg', unit: 17000, list: 19000, total: 34000, available: 24 },
    );
    assert.deepEqual(
      { variantId: small!.variantId, unit: small!.unitPrice, list: small!.listUnitPrice, total: small!.lineTotal, available: small!.available },
      { variantId: '1kg', unit: 6500, list: null, total: 6500, available: 80 },
    );
    assert.equal(result.subtotal, 40500);
    assertTotalsConsistent(result);
  });

  test('stock that is not tracked allows any quantity and reports available null', () => {
    const honey = product('prd_honey01', { stock: null, price: 5500 });
    const result = quote(catalog(honey), [{ productId: 'prd_honey01', quantity: 99 }]);
    assert.equal(result.lines[0]!.available, null);
    assert.equal(result.lines[0]!.orderable, true);
    assert.equal(result.lines[0]!.lineTotal, 5500 * 99);
    assert.deepEqual(result.problems, []);
  });

  test('a product without images quotes image null', () => {
    const bare = { ...product('prd_bare01'), images: [] };
    const result = quote(catalog(bare), [{ productId: 'prd_bare01', quantity: 1 }]);
    assert.equal(result.lines[0]!.image, null);
  });
});

describe('groups per partner', () => {
  test('lines are grouped by partner in order of first appearance, with the partner name', () => {
    const products = catalog(
      product('prd_flour01', { price: 6000 }),
      product('prd_candle01', { partnerId: 'pa_soyplea', price: 16000 }),
      product('prd_flour02', { price: 4500 }),
    );
    const result = quote(products, [
      { productId: 'prd_candle01', quantity: 1 },
      { productId: 'prd_flour01', quantity: 2 },
      { productId: 'prd_flour02', quantity: 1 },
    ]);
    assert.deepEqual(
      result.groups.map((g) => [g.partnerId, g.partnerName, g.lineIndexes, g.subtotal]),
      [
        ['pa_soyplea', '소이플리협동조합', [0], 16000],
        ['pa_wooriwheat', '우리밀협동조합', [1, 2], 16500],
      ],
    );
    // Each partner charges its own shipping: two parcels, two fees.
    assert.deepEqual(result.groups.map((g) => g.shippingFee), [3000, 3000]);
    assert.equal(result.shippingTotal, 6000);
    assert.equal(result.total, 16000 + 16500 + 6000);
    assertTotalsConsistent(result);
  });

  test('an empty quote when no line can be ordered: no groups, every total 0', () => {
    const result = quote(catalog(product('prd_gone01', { stock: 0 })), [
      { productId: 'prd_gone01', quantity: 1 },
      { productId: 'prd_unknown01', quantity: 1 },
    ]);
    assert.deepEqual(result.groups, []);
    assert.deepEqual([result.subtotal, result.shippingTotal, result.total], [0, 0, 0]);
    assertTotalsConsistent(result);
  });
});

describe('bundled shipping (per partner)', () => {
  const products = catalog(
    product('prd_cheap01', { price: 5000, shipping: { fee: 2500, freeOver: 50000 } }),
    product('prd_dear01', { price: 10000, shipping: { fee: 4000, freeOver: 30000 } }),
    product('prd_never01', { price: 10000, shipping: { fee: 3000, freeOver: null } }),
  );

  test('one parcel: the highest fee among the lines, free from the lowest threshold', () => {
    const result = quote(products, [
      { productId: 'prd_cheap01', quantity: 1 },
      { productId: 'prd_dear01', quantity: 1 },
    ]);
    const [group] = result.groups;
    assert.equal(result.groups.length, 1);
    assert.equal(group!.subtotal, 15000);
    assert.equal(group!.shippingFee, 4000, 'highest fee, charged once');
    assert.equal(group!.freeShippingThreshold, 30000, 'lowest threshold');
    assert.equal(group!.amountToFreeShipping, 15000);
    assert.equal(group!.total, 19000);
    assertTotalsConsistent(result);
  });

  test('free exactly at the threshold, and above it', () => {
    for (const [quantity, subtotal] of [
      [3, 30000],
      [4, 40000],
    ] as const) {
      const result = quote(products, [{ productId: 'prd_dear01', quantity }]);
      const [group] = result.groups;
      assert.equal(group!.subtotal, subtotal);
      assert.equal(group!.shippingFee, 0, `free at ${subtotal}`);
      assert.equal(group!.amountToFreeShipping, 0);
      assert.equal(group!.freeShippingThreshold, 30000);
      assert.equal(result.total, subtotal);
    }
  });

  test('one won below the threshold pays the fee and is told how much is missing', () => {
    const products1 = catalog(product('prd_almost01', { price: 29999, shipping: { fee: 3000, freeOver: 30000 } }));
    const [group] = quote(products1, [{ productId: 'prd_almost01', quantity: 1 }]).groups;
    assert.equal(group!.shippingFee, 3000);
    assert.equal(group!.amountToFreeShipping, 1);
  });

  test('the threshold counts the subtotal of all bundled lines of the partner', () => {
    const result = quote(products, [
      { productId: 'prd_cheap01', quantity: 2 },
      { productId: 'prd_dear01', quantity: 2 },
    ]);
    assert.equal(result.groups[0]!.subtotal, 30000);
    assert.equal(result.groups[0]!.shippingFee, 0);
    assert.equal(result.groups[0]!.amountToFreeShipping, 0);
  });

  test('never free when no line has a threshold: threshold and amount to free shipping are null', () => {
    const result = quote(products, [{ productId: 'prd_never01', quantity: 9 }]);
    const [group] = result.groups;
    assert.equal(group!.shippingFee, 3000);
    assert.equal(group!.freeShippingThreshold, null);
    assert.equal(group!.amountToFreeShipping, null);
  });

  test('a line without threshold does not stop the others’ threshold from applying', () => {
    const result = quote(products, [
      { productId: 'prd_never01', quantity: 2 },
      { productId: 'prd_dear01', quantity: 1 },
    ]);
    const [group] = result.groups;
    assert.equal(group!.freeShippingThreshold, 30000);
    assert.equal(group!.subtotal, 30000);
    assert.equal(group!.shippingFee, 0);
  });

  test('a fee of 0 ships free whatever the subtotal', () => {
    const free = catalog(
      product('prd_free01', { price: 1000, shipping: { fee: 0, freeOver: null } }),
      product('prd_free02', { price: 1000, shipping: { fee: 0, freeOver: 50000 } }),
    );
    const noThreshold = quote(free, [{ productId: 'prd_free01', quantity: 1 }]).groups[0]!;
    assert.deepEqual([noThreshold.shippingFee, noThreshold.freeShippingThreshold, noThreshold.amountToFreeShipping], [0, null, null]);
    const withThreshold = quote(free, [{ productId: 'prd_free02', quantity: 1 }]).groups[0]!;
    assert.deepEqual([withThreshold.shippingFee, withThreshold.freeShippingThreshold, withThreshold.amountToFreeShipping], [0, 50000, 0]);
  });
});

describe('shipping per product', () => {
  const products = catalog(
    product('prd_panel01', { partnerId: 'pa_jeonjusolar', price: 590000, shipping: { fee: 4000, freeOver: null, bundling: 'per_product', remoteAreaFee: 5000 } }),
    product('prd_inverter01', { partnerId: 'pa_jeonjusolar', price: 20000, shipping: { fee: 2500, freeOver: 40000, bundling: 'per_product', remoteAreaFee: 4000 } }),
    product('prd_lamp01', { partnerId: 'pa_jeonjusolar', price: 12000, shipping: { fee: 3000, freeOver: 30000, bundling: 'per_partner', remoteAreaFee: 3000 } }),
  );

  test('each line pays its own fee, whatever its quantity', () => {
    const result = quote(products, [
      { productId: 'prd_panel01', quantity: 2 },
      { productId: 'prd_inverter01', quantity: 1 },
    ]);
    const [group] = result.groups;
    assert.equal(result.groups.length, 1);
    assert.equal(group!.shippingFee, 4000 + 2500);
    assert.equal(group!.freeShippingThreshold, null, 'no bundled lines: no group threshold');
    assert.equal(group!.amountToFreeShipping, null);
    assertTotalsConsistent(result);
  });

  test('a line reaching its own threshold ships free', () => {
    const result = quote(products, [
      { productId: 'prd_panel01', quantity: 1 },
      { productId: 'prd_inverter01', quantity: 2 },
    ]);
    assert.equal(result.groups[0]!.shippingFee, 4000, 'inverters: 40,000원 reaches their 40,000원 threshold');
  });

  test('mixed with bundled lines of the same partner: the parcel fee plus each per-product fee', () => {
    const result = quote(products, [
      { productId: 'prd_lamp01', quantity: 1 },
      { productId: 'prd_panel01', quantity: 1 },
      { productId: 'prd_lamp01', quantity: 1 },
    ]);
    const [group] = result.groups;
    assert.equal(group!.shippingFee, 3000 + 4000);
    assert.equal(group!.freeShippingThreshold, 30000, 'the threshold of the bundled lines');
    assert.equal(group!.amountToFreeShipping, 6000, 'bundled subtotal 24,000원: the panel does not count');
    assert.equal(group!.subtotal, 24000 + 590000);
    assertTotalsConsistent(result);
  });
});

describe('remote areas (제주·도서산간)', () => {
  const products = catalog(
    product('prd_alpha01', { price: 10000, shipping: { fee: 3000, freeOver: 30000, remoteAreaFee: 3000 } }),
    product('prd_bravo01', { price: 10000, shipping: { fee: 4000, freeOver: 50000, remoteAreaFee: 5000 } }),
    product('prd_charlie01', { partnerId: 'pa_soyplea', price: 10000, shipping: { remoteAreaFee: 3000 } }),
    product('prd_panel01', { partnerId: 'pa_jeonjusolar', price: 100000, shipping: { fee: 4000, freeOver: null, bundling: 'per_product', remoteAreaFee: 5000 } }),
  );
  const lines: CartLineInput[] = [
    { productId: 'prd_alpha01', quantity: 1 },
    { productId: 'prd_bravo01', quantity: 1 },
    { productId: 'prd_charlie01', quantity: 1 },
    { productId: 'prd_panel01', quantity: 1 },
    { productId: 'prd_panel01', quantity: 1 },
  ];

  for (const [place, postalCode] of [
    ['Jeju', '63309'],
    ['Ulleung', '40221'],
  ] as const) {
    test(`${place} (${postalCode}): the remote-area fee once per parcel`, () => {
      const result = quote(products, lines, postalCode);
      assert.equal(result.remoteArea, true);
      const fees = Object.fromEntries(result.groups.map((g) => [g.partnerId, g.remoteAreaFee]));
      assert.deepEqual(fees, {
        pa_wooriwheat: 5000, // one parcel: the highest remote fee of its lines, once
        pa_soyplea: 3000,
        pa_jeonjusolar: 10000, // two panels shipped one by one: two parcels
      });
      assertTotalsConsistent(result);
      assert.equal(result.shippingTotal, 4000 + 3000 + 8000 + 18000);
    });
  }

  test('the remote fee is charged even when the shipping itself is free', () => {
    const result = quote(products, [{ productId: 'prd_alpha01', quantity: 3 }], '63000');
    const [group] = result.groups;
    assert.equal(group!.shippingFee, 0);
    assert.equal(group!.remoteAreaFee, 3000);
    assert.equal(group!.total, 33000);
  });

  test('the mainland, an unknown and a missing postal code pay no remote fee', () => {
    for (const postalCode of ['04001', '63645', '40241', undefined]) {
      const result = quote(products, lines, postalCode);
      assert.equal(result.remoteArea, false, String(postalCode));
      assert.ok(result.groups.every((g) => g.remoteAreaFee === 0));
      assert.equal(result.shippingTotal, 4000 + 3000 + 8000);
    }
  });
});

describe('problems', () => {
  const products = catalog(
    product('prd_flour01', { price: 7500, stock: 10 }),
    product('prd_empty01', { price: 12000, stock: 0 }),
    product('prd_options01', {
      variants: [
        { id: 'small', label: '소', price: 25000, stock: 10 },
        { id: 'large', label: '대', price: 45000, stock: 0 },
      ],
    }),
  );

  test('product_gone: an unknown (or no longer sold) product is reported and left out of the lines', () => {
    const result = quote(products, [
      { productId: 'prd_hidden01', quantity: 1 },
      { productId: 'prd_flour01', quantity: 1 },
    ]);
    assert.deepEqual(result.problems, [{ code: 'product_gone', lineIndex: 0, productId: 'prd_hidden01', variantId: null }]);
    assert.deepEqual(result.lines.map((l) => l.lineIndex), [1], 'lineIndex is the index in the request');
    assert.deepEqual(result.groups[0]!.lineIndexes, [1]);
  });

  test('option_required: a product with options and none chosen is listed, not orderable, not totalled', () => {
    const result = quote(products, [
      { productId: 'prd_options01', quantity: 1 },
      { productId: 'prd_flour01', quantity: 1 },
    ]);
    assert.deepEqual(result.problems, [{ code: 'option_required', lineIndex: 0, productId: 'prd_options01', variantId: null }]);
    assert.equal(result.lines[0]!.orderable, false);
    assert.equal(result.subtotal, 7500);
    assert.deepEqual(result.groups[0]!.lineIndexes, [1]);
    assertTotalsConsistent(result);
  });

  test('option_gone: an option that does not exist, or an option on a product without options', () => {
    const result = quote(products, [
      { productId: 'prd_options01', variantId: 'medium', quantity: 1 },
      { productId: 'prd_flour01', variantId: '1kg', quantity: 1 },
    ]);
    assert.deepEqual(result.problems, [
      { code: 'option_gone', lineIndex: 0, productId: 'prd_options01', variantId: 'medium' },
      { code: 'option_gone', lineIndex: 1, productId: 'prd_flour01', variantId: '1kg' },
    ]);
    assert.deepEqual(result.lines, []);
    assert.equal(result.total, 0);
  });

  test('sold_out: for a product and for an option, with available 0', () => {
    const result = quote(products, [
      { productId: 'prd_empty01', quantity: 1 },
      { productId: 'prd_options01', variantId: 'large', quantity: 1 },
    ]);
    assert.deepEqual(result.problems, [
      { code: 'sold_out', lineIndex: 0, productId: 'prd_empty01', variantId: null, available: 0 },
      { code: 'sold_out', lineIndex: 1, productId: 'prd_options01', variantId: 'large', available: 0 },
    ]);
    assert.deepEqual(result.lines.map((l) => [l.orderable, l.available]), [
      [false, 0],
      [false, 0],
    ]);
    assert.deepEqual(result.groups, []);
  });

  test('quantity_above_stock: how many are available; the line is not totalled', () => {
    const result = quote(products, [
      { productId: 'prd_flour01', quantity: 11 },
      { productId: 'prd_options01', variantId: 'small', quantity: 10 },
    ]);
    assert.deepEqual(result.problems, [{ code: 'quantity_above_stock', lineIndex: 0, productId: 'prd_flour01', variantId: null, available: 10 }]);
    assert.equal(result.lines[0]!.orderable, false);
    assert.equal(result.lines[0]!.lineTotal, 7500 * 11, 'the line still shows its price');
    assert.equal(result.lines[1]!.orderable, true, 'exactly the stock can be ordered');
    assert.equal(result.subtotal, 250000);
    assertTotalsConsistent(result);
  });

  test('two lines of the same item share its stock', () => {
    const result = quote(products, [
      { productId: 'prd_flour01', quantity: 6 },
      { productId: 'prd_flour01', quantity: 5 },
      { productId: 'prd_flour01', quantity: 4 },
      { productId: 'prd_options01', variantId: 'small', quantity: 6 },
      { productId: 'prd_options01', variantId: 'small', quantity: 6 },
    ]);
    assert.deepEqual(result.problems, [
      { code: 'quantity_above_stock', lineIndex: 1, productId: 'prd_flour01', variantId: null, available: 4 },
      { code: 'quantity_above_stock', lineIndex: 4, productId: 'prd_options01', variantId: 'small', available: 4 },
    ]);
    assert.deepEqual(result.lines.map((l) => [l.orderable, l.available]), [
      [true, 10],
      [false, 4],
      [true, 4],
      [true, 10],
      [false, 4],
    ]);
    assert.equal(result.subtotal, 7500 * 10 + 25000 * 6);
    assertTotalsConsistent(result);
  });

  test('price_changed: what the buyer saw and the current price; the line stays orderable at the current price', () => {
    const result = quote(products, [
      { productId: 'prd_flour01', quantity: 2, expectedUnitPrice: 6900 },
      { productId: 'prd_options01', variantId: 'small', quantity: 1, expectedUnitPrice: 25000 },
    ]);
    assert.deepEqual(result.problems, [
      { code: 'price_changed', lineIndex: 0, productId: 'prd_flour01', variantId: null, previousUnitPrice: 6900, currentUnitPrice: 7500 },
    ]);
    assert.equal(result.lines[0]!.orderable, true);
    assert.equal(result.lines[0]!.lineTotal, 15000, 'never the price the browser sent');
    assert.equal(result.subtotal, 15000 + 25000);
  });

  test('a line can have several problems; every problem code parses and is listed in line order', () => {
    const result = quote(products, [
      { productId: 'prd_empty01', quantity: 1, expectedUnitPrice: 11000 },
      { productId: 'prd_nothing01', quantity: 1 },
      { productId: 'prd_options01', quantity: 1 },
      { productId: 'prd_options01', variantId: 'tiny', quantity: 1 },
      { productId: 'prd_flour01', quantity: 20 },
    ]);
    assert.deepEqual(
      result.problems.map((p) => [p.lineIndex, p.code]),
      [
        [0, 'sold_out'],
        [0, 'price_changed'],
        [1, 'product_gone'],
        [2, 'option_required'],
        [3, 'option_gone'],
        [4, 'quantity_above_stock'],
      ],
    );
    assert.deepEqual(result.groups, []);
    assert.equal(result.total, 0);
  });

  test('a partner whose lines all have problems gets no group; the others are unaffected', () => {
    const withSoy = new Map(products);
    withSoy.set('prd_candle01', product('prd_candle01', { partnerId: 'pa_soyplea', price: 16000, stock: 1 }));
    const result = quote(withSoy, [
      { productId: 'prd_candle01', quantity: 2 },
      { productId: 'prd_flour01', quantity: 4 },
    ]);
    assert.deepEqual(result.groups.map((g) => g.partnerId), ['pa_wooriwheat']);
    assert.equal(result.total, 30000 + 0, 'flour reaches the 30,000원 threshold on its own');
    assertTotalsConsistent(result);
  });
});

describe('purity', () => {
  test('the same input gives the same quote and is not modified', () => {
    const products = catalog(product('prd_flour01', { stock: 5 }), product('prd_candle01', { partnerId: 'pa_soyplea' }));
    const lines: CartLineInput[] = [
      { productId: 'prd_flour01', quantity: 3 },
      { productId: 'prd_flour01', quantity: 3 },
      { productId: 'prd_candle01', quantity: 1, expectedUnitPrice: 1 },
    ];
    const before = structuredClone({ lines, products: [...products.values()] });
    const first = quote(products, lines, '63000');
    const second = quote(products, lines, '63000');
    assert.deepEqual(first, second);
    assert.deepEqual({ lines, products: [...products.values()] }, before);
  });
});
