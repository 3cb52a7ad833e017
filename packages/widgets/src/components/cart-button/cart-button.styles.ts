import { css } from 'lit';

export default css`
:host{display:inline-block}
[part~=base]{display:inline-flex;align-items:center;gap:var(--_s2);min-block-size:2.75rem;border:1px solid var(--_border);background:var(--cen-cart-button-background,var(--_surface));color:var(--cen-cart-button-color,var(--_text))}
[part~=icon]{fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.count{min-inline-size:1.5rem;padding:0 var(--_s1);border-radius:1rem;background:var(--cen-cart-button-count-background,var(--_primary));color:var(--_on-primary);font-size:.75rem;line-height:1.5rem;text-align:center}
[part~=error]{margin:0;color:var(--_danger)}
`;
