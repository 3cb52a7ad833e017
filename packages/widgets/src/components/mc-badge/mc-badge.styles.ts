import { css } from 'lit';

export default css`
  :host{display:inline-block;max-width:100%}
  .size-s{--_k:var(--cen-mc-badge-scale-s,.875)}
  .size-m{--_k:var(--cen-mc-badge-scale-m,1)}
  .size-l{--_k:var(--cen-mc-badge-scale-l,1.125)}
  [part~=base]{display:inline-flex;flex-direction:column;gap:var(--_s1);max-width:calc(var(--cen-mc-badge-max-width,20rem) * var(--_k));font-size:calc(1em * var(--_k))}
  [part~=link]{display:inline-flex;align-items:center;gap:var(--_s2);color:inherit;text-decoration:none;border:1px solid var(--cen-mc-badge-border-color,var(--_border));border-radius:var(--_radius);padding:calc(var(--_s1) * var(--_k)) calc(var(--_s3) * var(--_k));background:var(--_surface)}
  [part~=link]:focus-visible{outline:2px solid var(--_primary);outline-offset:2px}
  .button [part~=link]{background:var(--cen-mc-badge-accent,var(--_primary));border-color:transparent;color:var(--_on-primary);font-weight:600;padding:calc(var(--_s2) * var(--_k)) calc(var(--_s4) * var(--_k))}
  .card [part~=link]{flex-direction:column;align-items:stretch;padding:0;overflow:hidden}
  .card .body{display:grid;gap:var(--_s1);padding:calc(var(--_s2) * var(--_k)) calc(var(--_s3) * var(--_k)) calc(var(--_s3) * var(--_k))}
  .card img{display:block;width:100%;aspect-ratio:1;object-fit:cover}
  [part~=name]{font-weight:600}
  [part~=disclosure]{margin:0;font-size:max(.8125rem,.8125em);line-height:1.4;color:var(--cen-mc-badge-disclosure-color,var(--_text))}
`;
