import { css } from 'lit';

/**
 * Layout shared by the cards. Every row has a fixed height, so the skeleton, the error state and
 * the loaded card have the same size: no layout shift. Each card maps its own
 * `--cen-<card>-*` properties onto the private `--_card-*` ones.
 */
export const cardStyles = css`
:host{min-inline-size:var(--_card-min-width)}
[part~=base]{position:relative;display:flex;flex-direction:column;block-size:100%;overflow:hidden;border:1px solid var(--_card-border);border-radius:var(--_card-radius);background:var(--_card-background);color:inherit;text-decoration:none}
a:hover .title{text-decoration:underline}
.media{order:-1;aspect-ratio:var(--_card-ratio);overflow:hidden;background:var(--_bone)}
[part~=image]{display:block;inline-size:100%;block-size:100%;object-fit:cover}
.sold_out [part~=image]{opacity:.55}
.body{display:flex;flex-direction:column;gap:var(--_s1);padding:var(--_s3);font-size:.875rem;line-height:1.5rem}
.title{display:-webkit-box;block-size:3rem;overflow:hidden;-webkit-box-orient:vertical;-webkit-line-clamp:2;font-size:1rem;font-weight:600}
.row{block-size:1.5rem;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.chip{position:absolute;inset-block-start:var(--_s2);inset-inline-start:var(--_s2);padding:0 var(--_s2);border-radius:1rem;background:var(--_card-chip);color:var(--_on-primary);font-size:.75rem;font-weight:700;line-height:1.5rem}
[part~=badge]{margin-inline-end:var(--_s1);padding:0 var(--_s1);border:1px solid;border-radius:.25rem;color:var(--_card-badge);font-size:.75rem}
[part~=partner],[part~=list-price]{color:var(--_muted)}
[part~=price]{color:var(--_card-price);font-size:1rem;font-weight:700}
[part~=discount]{color:var(--_danger);font-weight:700}
.error{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:var(--_s2);padding:var(--_s3);background:none;text-align:center}
.error p{margin:0}
`;

