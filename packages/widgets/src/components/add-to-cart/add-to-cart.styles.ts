import { css } from 'lit';

export default css`
:host{--_add-bg:var(--cen-add-to-cart-button-background,var(--_primary));--_add-fg:var(--cen-add-to-cart-button-color,var(--_on-primary));font-size:.875rem}
[part~=base]{display:flex;flex-direction:column;gap:var(--_s2)}
:host([compact]) [part~=base]{block-size:100%}
.field{display:flex;flex-direction:column;gap:var(--_s1)}
.row{display:flex;gap:var(--_s2)}
button,select{min-block-size:2.75rem}
.add{flex:1;background:var(--_add-bg);color:var(--_add-fg)}
button:disabled{background:var(--_bone);color:var(--_muted);cursor:not-allowed}
select{inline-size:100%;padding:0 var(--_s2);border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface);color:inherit;font:inherit}
[aria-invalid=true]{border-color:var(--_danger);outline:1px solid var(--_danger)}
.options{position:absolute;inset:auto 0 0;z-index:1;display:flex;flex-direction:column;gap:var(--_s2);padding:var(--_s3);border-block-start:1px solid var(--_border);background:var(--_surface)}
.options .row button{flex:1}
.status{margin:0;color:var(--_muted)}
:host([compact]) .status{position:absolute;inset-block-start:var(--_s2);inset-inline-end:var(--_s2);padding:0 var(--_s2);border-radius:1rem;background:var(--_primary);color:var(--_on-primary);font-size:.75rem;font-weight:700;line-height:1.5rem}
.error{display:flex;flex-direction:column;align-items:flex-start;gap:var(--_s2)}
.error p{margin:0}
`;
