import { css } from 'lit';

export default css`
h2,p{margin:0}
h2{font-size:1.25rem;line-height:1.4}
ul{margin:0;padding:0;list-style:none}
[part~=base]{max-inline-size:var(--cen-mc-stats-max-width,44rem);min-inline-size:0}
[part~=base]:focus{outline:none}
[part~=base]:focus-visible{outline:3px solid var(--_primary);outline-offset:2px}
.statement{display:flex;flex-direction:column;gap:var(--_s4)}
.head{display:flex;flex-direction:column;gap:var(--_s1)}
.muted{color:var(--_muted)}
.box{display:flex;flex-direction:column;align-items:flex-start;gap:var(--_s2);padding:var(--_s3);border:1px solid var(--_border);border-radius:var(--_radius)}
.error{border-color:var(--_danger)}
button{min-block-size:2.75rem}
.totals{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:var(--_s2);margin:0}
.total{display:flex;flex-direction:column;gap:var(--_s1);padding:var(--_s3);border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface)}
.total dt{color:var(--_muted);font-size:.875rem}
.total dd{margin:0;color:var(--cen-mc-stats-accent,var(--_primary));font-size:1.25rem;font-weight:700;font-variant-numeric:tabular-nums}
.total.reversed dd{color:var(--_danger)}
.notes{display:flex;flex-direction:column;gap:var(--_s1);color:var(--_muted);font-size:.8125rem;line-height:1.5}
.notes strong{color:var(--_text)}
.table-region{max-inline-size:100%;overflow-x:auto;border:1px solid var(--_border);border-radius:var(--_radius)}
table{inline-size:100%;border-collapse:collapse;font-size:.875rem;font-variant-numeric:tabular-nums}
caption{padding:var(--_s2) var(--_s3);text-align:start;font-weight:700}
th,td{padding:var(--_s2);white-space:nowrap;text-align:start}
thead th{border-block-end:1px solid var(--_border);color:var(--_muted);font-weight:600}
tbody tr:nth-child(odd){background:var(--cen-mc-stats-stripe,#f4f6f8)}
tbody th{font-weight:600}
.num{text-align:end}
@media (max-width:30rem){table{font-size:.8125rem}th,td{padding:var(--_s2) var(--_s1)}}
`;
