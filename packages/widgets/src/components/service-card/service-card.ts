import { defineElement } from '../../internal/define-element.js';
import { CenServiceCard } from './service-card.component.js';

export { CenServiceCard };

defineElement('cen-service-card', CenServiceCard);

declare global {
  interface HTMLElementTagNameMap {
    'cen-service-card': CenServiceCard;
  }
}
