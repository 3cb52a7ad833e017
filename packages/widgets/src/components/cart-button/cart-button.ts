import { defineElement } from '../../internal/define-element.js';
import { CenCartButton } from './cart-button.component.js';

export { CenCartButton };

defineElement('cen-cart-button', CenCartButton);

declare global {
  interface HTMLElementTagNameMap {
    'cen-cart-button': CenCartButton;
  }
}
