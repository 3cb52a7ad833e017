import type { Product } from '../entities/product.js';
import { isRemoteArea } from '../primitives/remote-areas.js';
import type { CartLineInput, CartProblem, CartQuote, PartnerShippingGroup, QuotedBooking, QuotedLine } from './cart.js';

/**
 * A booking of the cart as the server found it, already priced: its amount, its slot, and the
 * problem that keeps it from being paid (`booking_expired`, `booking_unavailable`), if any.
 */
export interface PricedBooking extends Omit<QuotedBooking, 'bookingIndex' | 'orderable'> {
  problem: 'booking_expired' | 'booking_unavailable' | null;
}

export interface QuoteCartInput {
  lines: readonly CartLineInput[];
  postalCode?: string | undefined;
  /**
   * The products on sale now, by id, as the server has them (only active products of active
   * partners). A line whose product is missing here is reported `product_gone`.
   */
  products: ReadonlyMap<string, Product>;
  /** The cart's bookings in request order, priced by the server; they add no shipping. */
  bookings?: readonly PricedBooking[] | undefined;
}

interface PricedLine {
  line: QuotedLine;
  product: Product;
}

/**
 * Prices one line. `claimed` holds the quantities earlier orderable lines of the cart already take
 * of each product or option (key `productId:variantId`): two lines of the same item share its stock.
 */
function priceLine(
  input: CartLineInput,
  lineIndex: number,
  product: Product | undefined,
  problems: CartProblem[],
  claimed: Map<string, number>,
): PricedLine | null {
  const base = { lineIndex, productId: input.productId, variantId: input.variantId ?? null };
  if (!product) {
    problems.push({ code: 'product_gone', ...base });
    return null;
  }
  let unitPrice = product.price;
  let listUnitPrice = product.listPrice;
  let stock = product.stock;
  let variantLabel: string | null = null;
  let orderable = true;
  if (product.variants.length > 0) {
    if (!input.variantId) {
      problems.push({ code: 'option_required', ...base });
      orderable = false;
    } else {
      const variant = product.variants.find((v) => v.id === input.variantId);
      if (!variant) {
        problems.push({ code: 'option_gone', ...base });
        return null;
      }
      unitPrice = variant.price;
      listUnitPrice = variant.listPrice;
      stock = variant.stock;
      variantLabel = variant.label;
    }
  } else if (input.variantId) {
    problems.push({ code: 'option_gone', ...base });
    return null;
  }
  const stockKey = `${product.id}:${input.variantId ?? ''}`;
  const available = stock === null ? null : Math.max(0, stock - (claimed.get(stockKey) ?? 0));
  if (stock !== null && stock <= 0) {
    problems.push({ code: 'sold_out', ...base, available: 0 });
    orderable = false;
  } else if (available !== null && input.quantity > available) {
    problems.push({ code: 'quantity_above_stock', ...base, available });
    orderable = false;
  }
  if (orderable) claimed.set(stockKey, (claimed.get(stockKey) ?? 0) + input.quantity);
  if (input.expectedUnitPrice !== undefined && input.expectedUnitPrice !== unitPrice) {
    problems.push({ code: 'price_changed', ...base, previousUnitPrice: input.expectedUnitPrice, currentUnitPrice: unitPrice });
  }
  return {
    product,
    line: {
      lineIndex,
      productId: product.id,
      variantId: input.variantId ?? null,
      partnerId: product.partnerId,
      title: product.title,
      variantLabel,
      image: product.images[0] ?? null,
      quantity: input.quantity,
      unitPrice,
      listUnitPrice,
      lineTotal: unitPrice * input.quantity,
      orderable,
      available,
    },
  };
}

/**
 * Shipping of one partner's orderable lines. Lines whose policy bundles per partner ship as one
 * parcel: the highest fee and remote-area fee of them, free when their subtotal reaches the most
 * generous threshold among them. Lines shipped per product pay their own fee each, free when the
 * line reaches its own threshold.
 */
function shippingOf(lines: readonly PricedLine[], remote: boolean) {
  const bundled = lines.filter((l) => l.product.shipping.bundling === 'per_partner');
  const single = lines.filter((l) => l.product.shipping.bundling === 'per_product');
  let shippingFee = 0;
  let remoteAreaFee = 0;
  let freeShippingThreshold: number | null = null;
  let amountToFreeShipping: number | null = null;

  if (bundled.length > 0) {
    const subtotal = bundled.reduce((sum, l) => sum + l.line.lineTotal, 0);
    const fee = Math.max(...bundled.map((l) => l.product.shipping.fee));
    const thresholds = bundled.map((l) => l.product.shipping.freeOver).filter((t): t is number => t !== null);
    freeShippingThreshold = thresholds.length > 0 ? Math.min(...thresholds) : null;
    const free = fee === 0 || (freeShippingThreshold !== null && subtotal >= freeShippingThreshold);
    if (!free) shippingFee += fee;
    amountToFreeShipping = freeShippingThreshold === null ? null : free ? 0 : freeShippingThreshold - subtotal;
    if (remote) remoteAreaFee += Math.max(...bundled.map((l) => l.product.shipping.remoteAreaFee));
  }
  for (const l of single) {
    const { fee, freeOver } = l.product.shipping;
    const free = fee === 0 || (freeOver !== null && l.line.lineTotal >= freeOver);
    if (!free) shippingFee += fee;
    if (remote) remoteAreaFee += l.product.shipping.remoteAreaFee;
  }
  return { shippingFee, remoteAreaFee, freeShippingThreshold, amountToFreeShipping };
}

/**
 * Prices a cart from the server's own products: line prices, shipping per partner, totals and
 * the problems the buyer must see. Lines that cannot be ordered are listed but not totalled.
 * Bookings (priced by the server) join their partner's group without shipping. Pure and
 * deterministic, shared by the server and the mocks.
 */
export function quoteCart(input: QuoteCartInput): CartQuote {
  const problems: CartProblem[] = [];
  const priced: PricedLine[] = [];
  const claimed = new Map<string, number>();
  input.lines.forEach((line, index) => {
    const result = priceLine(line, index, input.products.get(line.productId), problems, claimed);
    if (result) priced.push(result);
  });

  const bookings: QuotedBooking[] = (input.bookings ?? []).map(({ problem, ...booking }, bookingIndex) => {
    if (problem) problems.push({ code: problem, lineIndex: -1, productId: '', variantId: null, bookingIndex, bookingId: booking.bookingId });
    return { bookingIndex, ...booking, orderable: problem === null };
  });

  const remote = input.postalCode !== undefined && isRemoteArea(input.postalCode);
  const byPartner = new Map<string, { name: string; lines: PricedLine[]; bookings: QuotedBooking[] }>();
  const partnerEntry = (partnerId: string, name: string) => {
    const entry = byPartner.get(partnerId) ?? { name, lines: [], bookings: [] };
    byPartner.set(partnerId, entry);
    return entry;
  };
  for (const p of priced) {
    if (p.line.orderable) partnerEntry(p.line.partnerId, p.product.partner.name).lines.push(p);
  }
  for (const b of bookings) {
    if (b.orderable) partnerEntry(b.partnerId, b.partnerName).bookings.push(b);
  }

  const groups: PartnerShippingGroup[] = [];
  for (const [partnerId, { name, lines, bookings: booked }] of byPartner) {
    const subtotal = lines.reduce((sum, l) => sum + l.line.lineTotal, 0) + booked.reduce((sum, b) => sum + b.amount, 0);
    // Services are not shipped: shipping and free-shipping thresholds count the products only.
    const shipping = shippingOf(lines, remote);
    groups.push({
      partnerId,
      partnerName: name,
      lineIndexes: lines.map((l) => l.line.lineIndex),
      bookingIndexes: booked.map((b) => b.bookingIndex),
      subtotal,
      ...shipping,
      total: subtotal + shipping.shippingFee + shipping.remoteAreaFee,
    });
  }

  const subtotal = groups.reduce((sum, g) => sum + g.subtotal, 0);
  const shippingTotal = groups.reduce((sum, g) => sum + g.shippingFee + g.remoteAreaFee, 0);
  return {
    object: 'cart_quote',
    currency: 'KRW',
    lines: priced.map((p) => p.line),
    groups,
    bookings,
    problems,
    subtotal,
    shippingTotal,
    total: subtotal + shippingTotal,
    remoteArea: remote,
  };
}
