import { css } from 'lit';

export default css`
:host{--_available:var(--cen-service-booking-available,var(--_primary));--_holiday:var(--cen-service-booking-holiday,var(--_danger))}
.booking{display:flex;flex-direction:column;gap:var(--_s4);max-inline-size:var(--cen-service-booking-max-width,40rem);min-inline-size:0;font-size:1rem}
.head{display:flex;flex-direction:column;gap:var(--_s1)}
[part~=badge]{margin-inline-end:var(--_s1);padding:0 var(--_s1);border:1px solid;border-radius:.25rem;color:var(--_primary);font-size:.75rem}
[part~=partner]{color:var(--_muted)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:var(--_s1) var(--_s3);margin:0;padding:var(--_s3);border-radius:var(--_radius);background:var(--_bone)}
.facts dt{font-weight:600}
.facts dd{margin:0}
.section{display:flex;flex-direction:column;gap:var(--_s2);min-inline-size:0;margin:0;padding:0;border:0}
fieldset{min-inline-size:0;margin:0;padding:0;border:0}
legend{padding:0;margin-block-end:var(--_s1)}
.slot-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(8.5rem,1fr));gap:var(--_s2)}
.slot{display:flex;flex-direction:column;align-items:flex-start;justify-content:center;min-block-size:2.75rem;padding:var(--_s1) var(--_s2);border:1px solid var(--_border);background:var(--_surface);color:var(--_text);font-weight:400;text-align:start}
.slot .time{font-weight:700;font-variant-numeric:tabular-nums}
.slot .left{color:var(--_muted);font-size:.875rem}
.slot[aria-pressed=true]{border:2px solid var(--_available);background:var(--_available);color:var(--_on-primary)}
.slot[aria-pressed=true] .left{color:inherit}
.slot[aria-disabled=true]{background:var(--_bone);color:var(--_muted);cursor:not-allowed}
.slot[aria-disabled=true] .time{text-decoration:line-through}
.party{align-items:flex-start}
.area-fields{display:flex;flex-wrap:wrap;gap:var(--_s2)}
.area-fields .field{flex:1 1 9rem}
.field{display:flex;flex-direction:column;gap:var(--_s1)}
.field label{font-weight:600}
.hint{font-size:.875rem}
.choice-summary{padding-block:var(--_s2);border-block:1px solid var(--_border)}
.choice-summary dd{text-align:end}
[part~=book-button],[part~=send-button]{min-block-size:3.25rem;font-size:1.125rem}
[part~=book-button][aria-disabled=true]{background:var(--_bone);color:var(--_muted)}
button:disabled{cursor:progress}
.result{padding:var(--_s4);border:2px solid var(--_available);border-radius:var(--_radius)}
.result.error{border-color:var(--_danger)}
.countdown{display:flex;align-items:baseline;gap:var(--_s2);font-size:1.125rem}
.clock{font-size:1.75rem;font-weight:700;font-variant-numeric:tabular-nums;color:var(--_available)}
.buttons{display:flex;flex-wrap:wrap;gap:var(--_s2)}
.form{display:flex;flex-direction:column;gap:var(--_s4)}
.preferred{display:flex;flex-direction:column;gap:var(--_s2)}
.preferred-row{display:flex;flex-wrap:wrap;align-items:flex-end;gap:var(--_s2)}
.preferred-row .field{flex:1 1 9rem}
.steps{padding-inline-start:1.25rem;list-style:decimal}
.steps li+li{margin-block-start:var(--_s1)}
a{color:var(--_primary);font-weight:600}
@media (max-width:30rem){.facts{grid-template-columns:1fr;gap:0}.facts dd{margin-block-end:var(--_s2)}.result{padding:var(--_s3)}}
`;
