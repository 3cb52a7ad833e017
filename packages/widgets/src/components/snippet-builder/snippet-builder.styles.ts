import { css } from 'lit';

export default css`
:host{--_selected:var(--cen-snippet-builder-selected-color,var(--_primary))}
.builder{display:flex;flex-direction:column;gap:var(--_s4);max-inline-size:var(--cen-snippet-builder-max-width,64rem);min-inline-size:0;font-size:1rem;line-height:1.5}
.head{display:flex;flex-direction:column;gap:var(--_s1)}
section{display:flex;flex-direction:column;gap:var(--_s3);min-inline-size:0;padding-block-start:var(--_s3);border-block-start:1px solid var(--_border)}
fieldset{min-inline-size:0;margin:0;padding:0;border:0}
legend{padding:0;margin-block-end:var(--_s1);font-weight:600}
.radios{display:flex;flex-wrap:wrap;gap:var(--_s1) var(--_s2)}
.radio{display:inline-flex;align-items:center;gap:var(--_s2);min-block-size:2.75rem;padding:0 var(--_s3);border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface);cursor:pointer}
.radio:has(:checked){border:2px solid var(--_selected)}
.radio:has(:focus-visible),.option:has(:focus-visible){outline:3px solid var(--_primary);outline-offset:2px}
.choices{display:flex;flex-wrap:wrap;gap:var(--_s3) var(--_s4)}
.search{display:flex;flex-direction:column;gap:var(--_s1)}
.search label{font-weight:600}
.search-row{display:flex;gap:var(--_s2)}
.search-row input{flex:1 1 auto;min-inline-size:0}
.search-row button{flex:none}
.results{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,16rem),1fr));gap:var(--_s2)}
.option{display:flex;align-items:center;gap:var(--_s2);block-size:100%;padding:var(--_s2);border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface);cursor:pointer}
.option:has(:checked){border:2px solid var(--_selected)}
.option img,.no-image{flex:none;inline-size:3.5rem;block-size:3.5rem;border-radius:var(--_radius);object-fit:cover;background:var(--_bone)}
.option-text{display:flex;flex-direction:column;min-inline-size:0}
.option-title{font-weight:600}
.columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,var(--cen-snippet-builder-column-min-width,18rem)),1fr));gap:var(--_s4);align-items:start}
.preview{display:flex;flex-direction:column;align-items:flex-start;gap:var(--_s2);min-inline-size:0;margin:0;padding:var(--_s3);border:1px dashed var(--_border);border-radius:var(--_radius)}
.preview figcaption{font-weight:600}
.preview img{max-inline-size:100%;block-size:auto}
.preview .disclosure{font-size:.8125rem}
.snippet{display:flex;flex-direction:column;align-items:flex-start;gap:var(--_s1);min-inline-size:0}
.snippet label{font-weight:600}
.snippet .hint{font-size:.875rem}
textarea{font-family:var(--cen-snippet-builder-code-font,ui-monospace,monospace);font-size:.8125rem;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;resize:vertical}
.status{min-block-size:1.5em;font-weight:600}
.error p{margin:0}
`;
