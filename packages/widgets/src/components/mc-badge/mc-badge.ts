import { defineElement } from '../../internal/define-element.js';
import { CenMcBadge } from './mc-badge.component.js';

export { CenMcBadge };
export type { McBadgeLook, McBadgeSize } from './mc-badge.component.js';

defineElement('cen-mc-badge', CenMcBadge);

declare global {
  interface HTMLElementTagNameMap {
    'cen-mc-badge': CenMcBadge;
  }
}
