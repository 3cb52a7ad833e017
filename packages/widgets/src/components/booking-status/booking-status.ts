import { defineElement } from '../../internal/define-element.js';
import { CenBookingStatus } from './booking-status.component.js';

export { CenBookingStatus };

defineElement('cen-booking-status', CenBookingStatus);

declare global {
  interface HTMLElementTagNameMap {
    'cen-booking-status': CenBookingStatus;
  }
}
