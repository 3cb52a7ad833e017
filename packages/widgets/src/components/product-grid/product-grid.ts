import '../product-card/product-card.js';
import { defineElement } from '../../internal/define-element.js';
import { CenProductGrid } from './product-grid.component.js';

export { CenProductGrid };

defineElement('cen-product-grid', CenProductGrid);

declare global {
  interface HTMLElementTagNameMap {
    'cen-product-grid': CenProductGrid;
  }
}
