import { css } from 'lit';

export default css`
.document{display:flex;flex-direction:column;gap:var(--_s4);max-inline-size:var(--cen-booking-status-max-width,44rem);min-inline-size:0}
.head{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:var(--_s2)}
.section{display:flex;flex-direction:column;gap:var(--_s2)}
.facts{padding:var(--_s3);border-radius:var(--_radius);background:var(--_bone)}
.facts dt{color:var(--_text)}
.status{color:var(--cen-booking-status-accent,var(--_primary))}
.number{font-variant-numeric:tabular-nums;letter-spacing:.02em}
.details dd{text-align:end}
.accent{border:2px solid var(--cen-booking-status-accent,var(--_primary))}
.pay{align-self:flex-start;min-block-size:3.25rem;font-size:1.125rem}
fieldset{min-inline-size:0;margin:0;padding:0;border:0}
legend{margin-block-end:var(--_s1);padding:0;font-weight:600}
.choice{display:flex;align-items:center;gap:var(--_s2);min-block-size:2.75rem;cursor:pointer}
.buttons{display:flex;flex-wrap:wrap;gap:var(--_s2)}
.reason-form{display:flex;flex-direction:column;gap:var(--_s2)}
.reason-form label{font-weight:600}
.preview{font-size:1.0625rem;font-weight:700}
.history{display:flex;flex-direction:column;gap:var(--_s2);font-size:.875rem}
.history li{display:flex;flex-wrap:wrap;gap:0 var(--_s2)}
.history time{font-variant-numeric:tabular-nums;color:var(--_muted)}
@media (max-width:30rem){.details{grid-template-columns:1fr}.details dd{text-align:start;margin-block-end:var(--_s1)}}
`;
