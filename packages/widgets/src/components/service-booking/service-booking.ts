import { defineElement } from '../../internal/define-element.js';
import { CenServiceBooking } from './service-booking.component.js';

export { CenServiceBooking };

defineElement('cen-service-booking', CenServiceBooking);

declare global {
  interface HTMLElementTagNameMap {
    'cen-service-booking': CenServiceBooking;
  }
}
