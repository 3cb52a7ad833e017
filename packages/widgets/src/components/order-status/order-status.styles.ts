import { css } from 'lit';

export default css`
.document{display:flex;flex-direction:column;gap:var(--_s4);max-inline-size:var(--cen-order-status-max-width,44rem)}
.head{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:var(--_s2)}
.section{display:flex;flex-direction:column;gap:var(--_s2)}
.facts{padding:var(--_s3);border-radius:var(--_radius);background:var(--_bone)}
.facts dt{color:var(--_text)}
.status{color:var(--cen-order-status-accent,var(--_primary))}
.number{font-variant-numeric:tabular-nums;letter-spacing:.02em}
.accent{border:2px solid var(--cen-order-status-accent,var(--_primary))}
.sub-order{display:flex;flex-direction:column;gap:var(--_s2)}
.sub-head{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:var(--_s2)}
.badge{padding:0 var(--_s2);border:1px solid currentColor;border-radius:1rem;color:var(--cen-order-status-accent,var(--_primary));font-size:.875rem;font-weight:700;line-height:1.75rem}
.seller-title{font-size:.875rem}
.line{display:flex;align-items:center;gap:var(--_s3);padding-block:var(--_s1)}
.line img{inline-size:3.5rem;block-size:3.5rem;border-radius:var(--_radius);object-fit:cover}
.line div{flex:1;font-size:.875rem}
.line strong,.amounts dd{white-space:nowrap}
.line .title{font-size:1rem;font-weight:600}
.bullets{padding-inline-start:1.25rem;list-style:disc}
.request{display:flex;flex-direction:column;align-items:flex-start;gap:var(--_s2)}
.request-form{display:flex;flex-direction:column;gap:var(--_s2);inline-size:100%}
fieldset{margin:0;padding:0;border:0}
legend{margin-block-end:var(--_s1);padding:0;font-weight:600}
.choice{display:flex;align-items:center;gap:var(--_s2);min-block-size:2.75rem;cursor:pointer}
.buttons{display:flex;flex-wrap:wrap;gap:var(--_s2)}
`;
