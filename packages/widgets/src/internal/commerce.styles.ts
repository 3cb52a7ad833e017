import { css } from 'lit';

/**
 * Rules shared by the cart, checkout and order elements (loaded with them, not with the cards):
 * headings, amount lists, form fields and buttons with 44 px touch targets, problems in words.
 */
export const commerceStyles = css`
h2,h3,h4,p{margin:0}
h2{font-size:1.25rem;line-height:1.4}
h3{font-size:1.0625rem;line-height:1.4}
h4{font-size:1rem}
ul,ol{margin:0;padding:0;list-style:none}
button{min-block-size:2.75rem}
button:disabled{background:var(--_bone);color:var(--_muted);cursor:not-allowed}
.secondary{border:1px solid var(--_border);background:var(--_surface);color:var(--_text)}
.link{padding:0 var(--_s1);background:none;color:var(--_primary);font-weight:600;text-decoration:underline}
.amounts{display:grid;grid-template-columns:1fr auto;gap:var(--_s1) var(--_s3);margin:0}
.amounts dt{color:var(--_muted)}
.amounts dd{margin:0;text-align:end;font-variant-numeric:tabular-nums}
.amounts .total{color:inherit;font-size:1.125rem;font-weight:700}
.muted{color:var(--_muted)}
.problem{color:var(--_danger);font-weight:600}
.box{padding:var(--_s3);border:1px solid var(--_border);border-radius:var(--_radius)}
.error{display:flex;flex-direction:column;align-items:flex-start;gap:var(--_s2);padding:var(--_s3);border:1px solid var(--_danger);border-radius:var(--_radius)}
input,select,textarea{inline-size:100%;min-block-size:2.75rem;padding:0 var(--_s2);border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface);color:inherit;font:inherit}
textarea{min-block-size:5rem;padding:var(--_s2);resize:vertical}
input[type=checkbox],input[type=radio]{inline-size:1.25rem;min-block-size:1.25rem;block-size:1.25rem;margin:0;accent-color:var(--_primary)}
[aria-invalid=true]{border-color:var(--_danger);outline:1px solid var(--_danger)}
.seller{font-size:.875rem;line-height:1.5}
.seller dl{display:grid;grid-template-columns:auto 1fr;gap:0 var(--_s2);margin:0}
.seller dt{color:var(--_muted)}
.seller dd{margin:0}
.notice{font-size:1rem;font-weight:600;line-height:1.6}
`;
