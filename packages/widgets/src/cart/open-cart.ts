import type { CenCart } from '../components/cart/cart.component.js';
import { closestAcrossShadow } from '../internal/closest-across-shadow.js';

/**
 * Opens the page's `<cen-cart>`, loading its code on first use: the one inside the same
 * `<cen-store>` as `from` (else anywhere in the document), or a new one added there. Focus returns
 * to `opener` when the cart closes.
 */
export async function openCart(from: Element, opener?: HTMLElement): Promise<CenCart> {
  await import('../components/cart/cart.js');
  const scope = closestAcrossShadow(from, 'cen-store') ?? document.body;
  let cart = scope.querySelector('cen-cart') ?? (scope === document.body ? null : document.querySelector('cen-cart'));
  if (!cart) scope.append((cart = document.createElement('cen-cart')));
  await cart.updateComplete;
  cart.show(opener);
  return cart;
}
