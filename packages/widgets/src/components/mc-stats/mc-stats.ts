import { defineElement } from '../../internal/define-element.js';
import { CenMcStats } from './mc-stats.component.js';

export { CenMcStats };

defineElement('cen-mc-stats', CenMcStats);

declare global {
  interface HTMLElementTagNameMap {
    'cen-mc-stats': CenMcStats;
  }
}
