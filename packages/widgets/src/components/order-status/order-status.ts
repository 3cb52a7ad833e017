import { defineElement } from '../../internal/define-element.js';
import { CenOrderStatus } from './order-status.component.js';

export { CenOrderStatus };

defineElement('cen-order-status', CenOrderStatus);

declare global {
  interface HTMLElementTagNameMap {
    'cen-order-status': CenOrderStatus;
  }
}
