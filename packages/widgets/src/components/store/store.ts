import { defineElement } from '../../internal/define-element.js';
import { CenStore } from './store.component.js';

export { CenStore };

defineElement('cen-store', CenStore);

declare global {
  interface HTMLElementTagNameMap {
    'cen-store': CenStore;
  }
}
