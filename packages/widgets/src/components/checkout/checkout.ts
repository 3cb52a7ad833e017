import { defineElement } from '../../internal/define-element.js';
import { CenCheckout } from './checkout.component.js';

export { CenCheckout };

defineElement('cen-checkout', CenCheckout);

declare global {
  interface HTMLElementTagNameMap {
    'cen-checkout': CenCheckout;
  }
}
