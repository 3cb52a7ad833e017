import { css } from 'lit';

export default css`
.form{display:flex;flex-direction:column;gap:var(--_s4);max-inline-size:var(--cen-checkout-max-width,40rem);font-size:1rem}
:host([embedded]) .form{max-inline-size:none}
.section{display:flex;flex-direction:column;gap:var(--_s3);min-inline-size:0;margin:0;padding:0;border:0}
fieldset{min-inline-size:0;margin:0;padding:0;border:0}
legend{padding:0;margin-block-end:var(--_s2)}
.nested legend{font-weight:600}
.field{display:flex;flex-direction:column;gap:var(--_s1)}
.field label{font-weight:600}
.hint{font-size:.875rem}
.postal{display:flex;align-items:flex-start;gap:var(--_s2)}
.postal .field{flex:1}
.postal button{margin-block-start:1.75rem}
.choices{display:flex;flex-wrap:wrap;gap:var(--_s1) var(--_s4)}
.choice{display:flex;align-items:center;gap:var(--_s2);min-block-size:2.75rem;cursor:pointer}
.summary{padding:var(--_s4);border:2px solid var(--_border);border-radius:var(--_radius)}
.partner{display:flex;flex-direction:column;gap:var(--_s2)}
.seller-title{margin:0;font-size:.875rem}
.line{display:flex;justify-content:space-between;gap:var(--_s2);padding-block:var(--_s1)}
.line div{display:flex;flex-direction:column;align-items:flex-start;gap:var(--_s1);font-size:.875rem}
.line .title{font-size:1rem;font-weight:600}
.line strong,.amounts dd{white-space:nowrap}
.bullets{padding-inline-start:1.25rem;list-style:disc}
.pay{min-block-size:3.25rem;background:var(--cen-checkout-pay-background,var(--_primary));font-size:1.125rem}
.pay[aria-disabled=true]{background:var(--_bone);color:var(--_muted)}
.pay:disabled{cursor:progress}
.empty{padding:var(--_s4);text-align:center}
@media (max-width:30rem){.summary{padding:var(--_s2);border-width:1px}.partner{padding:var(--_s2)}}
@media (min-width:40rem){:host(:not([embedded])) .section .field{max-inline-size:30rem}}
`;
