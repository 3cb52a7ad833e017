import { css } from 'lit';

export default css`
:host{display:contents}
dialog{inline-size:min(var(--cen-cart-width,28rem),100%);max-inline-size:100%;block-size:100%;max-block-size:100%;margin:0 0 0 auto;padding:0;border:0;background:var(--cen-cart-background,var(--_surface));color:var(--_text);font-family:inherit;overscroll-behavior:contain}
dialog::backdrop{background:var(--cen-cart-backdrop,rgb(0 0 0 / .45))}
.panel{display:flex;flex-direction:column;block-size:100%}
.header{display:flex;align-items:center;gap:var(--_s2);padding:var(--_s3) var(--_s4);border-block-end:1px solid var(--_border)}
.header h2{flex:1}
.close{inline-size:2.75rem;padding:0;font-size:1.5rem;line-height:1}
.content{flex:1;overflow-y:auto;padding:var(--_s4);display:flex;flex-direction:column;gap:var(--_s4)}
.group{display:flex;flex-direction:column;gap:var(--_s2);padding-block-end:var(--_s3);border-block-end:1px solid var(--_border)}
.line{display:grid;grid-template-columns:4rem 1fr;gap:var(--_s2) var(--_s3);padding-block:var(--_s2)}
.line img,.thumb{inline-size:4rem;block-size:4rem;border-radius:var(--_radius);object-fit:cover;background:var(--_bone)}
.info{display:flex;flex-direction:column;align-items:flex-start;gap:var(--_s1);font-size:.875rem}
.title{font-size:1rem;font-weight:600}
.controls{grid-column:2;display:flex;flex-wrap:wrap;align-items:center;gap:var(--_s2)}
.amount{margin-inline-start:auto;white-space:nowrap}
.amounts dd{white-space:nowrap}
.shipping{display:flex;flex-direction:column;gap:var(--_s1);font-size:.875rem}
progress{inline-size:100%;block-size:.5rem;accent-color:var(--_primary)}
.footer{display:flex;flex-direction:column;gap:var(--_s2);padding:var(--_s3) var(--_s4);border-block-start:1px solid var(--_border)}
.primary{inline-size:100%;font-size:1.0625rem}
.empty{padding:var(--_s4);text-align:center}
@media (max-width:30rem){dialog{inline-size:100%}.content{padding:var(--_s3)}}
`;
