import { css } from 'lit';

export default css`
  :host{display:inline-block;max-width:100%}
  [part~=base]{display:inline-flex;flex-direction:column;gap:var(--_s1);max-width:var(--cen-mc-badge-max-width,20rem)}
  [part~=link]{display:inline-flex;align-items:center;gap:var(--_s2);color:inherit;text-decoration:none;border:1px solid var(--cen-mc-badge-border-color,var(--_border));border-radius:var(--_radius);padding:var(--_s1) var(--_s3);background:var(--_surface)}
  [part~=link]:focus-visible{outline:2px solid var(--_primary);outline-offset:2px}
  .button [part~=link]{background:var(--cen-mc-badge-accent,var(--_primary));border-color:transparent;color:var(--_on-primary);font-weight:600;padding:var(--_s2) var(--_s4)}
  .card [part~=link]{flex-direction:column;align-items:stretch;padding:0;overflow:hidden}
  .card .body{display:grid;gap:var(--_s1);padding:var(--_s2) var(--_s3) var(--_s3)}
  .card img{display:block;width:100%;aspect-ratio:1;object-fit:cover}
  [part~=name]{font-weight:600}
  [part~=disclosure]{margin:0;font-size:.8125rem;line-height:1.4;color:var(--cen-mc-badge-disclosure-color,var(--_text))}
`;
