import { css } from 'lit';

/**
 * Global tokens with AA-contrast defaults, copied into short private properties, plus the
 * visually-hidden text, skeleton and button rules every element shares.
 */
export const baseStyles = css`
:host{--_primary:var(--cen-color-primary,#1b5e42);--_on-primary:var(--cen-color-on-primary,#fff);--_text:var(--cen-color-text,#1f2328);--_muted:var(--cen-color-text-muted,#545d68);--_surface:var(--cen-color-surface,#fff);--_border:var(--cen-color-border,#d0d7de);--_danger:var(--cen-color-danger,#b3261e);--_bone:var(--cen-color-skeleton,#e8ebee);--_radius:var(--cen-radius-md,.5rem);--_s1:var(--cen-space-xs,.25rem);--_s2:var(--cen-space-sm,.5rem);--_s3:var(--cen-space-md,.75rem);--_s4:var(--cen-space-lg,1rem);display:block;box-sizing:border-box;color:var(--_text);font-family:var(--cen-font-family,system-ui,-apple-system,'Apple SD Gothic Neo','Malgun Gothic',sans-serif);word-break:keep-all;overflow-wrap:anywhere}
*,*::before,*::after{box-sizing:inherit}
.sr{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.bone{display:inline-block;inline-size:70%;block-size:1em;vertical-align:middle;border-radius:.25rem;background:var(--_bone)}
@media (prefers-reduced-motion:no-preference){.bone{animation:cen-pulse 1.6s ease-in-out infinite}}
@keyframes cen-pulse{50%{opacity:.45}}
button{min-block-size:2.5rem;padding:0 var(--_s4);border:0;border-radius:var(--_radius);background:var(--_primary);color:var(--_on-primary);font:inherit;font-weight:600;cursor:pointer}
:focus-visible{outline:3px solid var(--_primary);outline-offset:2px}
`;
