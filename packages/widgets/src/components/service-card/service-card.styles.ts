import { css } from 'lit';

export default css`
:host{--_card-min-width:var(--cen-service-card-min-width,10rem);--_card-ratio:var(--cen-service-card-image-aspect-ratio,4/3);--_card-background:var(--cen-service-card-background,var(--_surface));--_card-border:var(--cen-service-card-border-color,var(--_border));--_card-radius:var(--cen-service-card-radius,var(--_radius));--_card-badge:var(--cen-service-card-badge-color,var(--_primary));--_card-price:var(--cen-service-card-price-color,var(--_text));--_card-chip:var(--cen-service-card-group-background,var(--_primary))}
[part~=details],[part~=booking]{color:var(--_muted)}
`;
