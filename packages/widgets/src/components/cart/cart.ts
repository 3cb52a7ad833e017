import { defineElement } from '../../internal/define-element.js';
import { CenCart } from './cart.component.js';

export { CenCart };

defineElement('cen-cart', CenCart);

declare global {
  interface HTMLElementTagNameMap {
    'cen-cart': CenCart;
  }
}
