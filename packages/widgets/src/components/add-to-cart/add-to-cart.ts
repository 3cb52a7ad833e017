import { defineElement } from '../../internal/define-element.js';
import { CenAddToCart } from './add-to-cart.component.js';

export { CenAddToCart };

defineElement('cen-add-to-cart', CenAddToCart);

declare global {
  interface HTMLElementTagNameMap {
    'cen-add-to-cart': CenAddToCart;
  }
}
