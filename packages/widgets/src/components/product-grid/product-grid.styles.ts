import { css } from 'lit';

export default css`
[part~=grid]{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,var(--cen-product-grid-column-min-width,12rem)),1fr));gap:var(--cen-product-grid-gap,var(--_s4));margin:0;padding:0;list-style:none}
[part~=empty],[part~=error]{margin:0;padding:var(--_s4);border:1px dashed var(--_border);border-radius:var(--_radius);text-align:center}
[part~=error] p{margin:0 0 var(--_s2)}
.more{display:flex;justify-content:center;margin-block-start:var(--_s4)}
[aria-disabled=true]{cursor:progress}
`;
