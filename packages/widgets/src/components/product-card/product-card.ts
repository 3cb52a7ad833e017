import { defineElement } from '../../internal/define-element.js';
import { CenProductCard } from './product-card.component.js';

export { CenProductCard };

defineElement('cen-product-card', CenProductCard);

declare global {
  interface HTMLElementTagNameMap {
    'cen-product-card': CenProductCard;
  }
}
