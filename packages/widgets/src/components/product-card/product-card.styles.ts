import { css } from 'lit';

export default css`
:host{--_card-min-width:var(--cen-product-card-min-width,10rem);--_card-ratio:var(--cen-product-card-image-aspect-ratio,1);--_card-background:var(--cen-product-card-background,var(--_surface));--_card-border:var(--cen-product-card-border-color,var(--_border));--_card-radius:var(--cen-product-card-radius,var(--_radius));--_card-badge:var(--cen-product-card-badge-color,var(--_primary));--_card-price:var(--cen-product-card-price-color,var(--_text));--_card-chip:var(--cen-product-card-stock-background,var(--_danger))}
.link{display:flex;flex:1;flex-direction:column;color:inherit;text-decoration:none}
.cart{block-size:3.5rem;padding:0 var(--_s3) var(--_s3)}
`;
