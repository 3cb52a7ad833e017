import type { ConsentDocument } from '@thecen/schema/browser';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ConsentStrings } from '../i18n/translation.js';

/** The element id of a consent's checkbox (`consent-<type>`): errors are keyed by it. */
export function consentId(type: string): string {
  return `consent-${type}`;
}

export interface ConsentListOptions {
  consents: readonly ConsentDocument[];
  /** Whether each consent (by type) is ticked; nothing is ticked in advance. */
  checked: Readonly<Record<string, boolean>>;
  /** Errors by checkbox id (`consentId(type)`). */
  errors: ReadonlyMap<string, string>;
  t: ConsentStrings;
  /** The buyer ticked or cleared these consents ("모두 동의" changes them all). */
  onChange(types: string[], checked: boolean): void;
}

/**
 * The consents of the checkout terms as one fieldset: "모두 동의" (optional ones included), then
 * each consent's checkbox — [필수] or [선택], none ticked in advance — with its full text in a
 * `<details>` and its error. Checkout and the booking inquiry form both use it.
 */
export function consentList(o: ConsentListOptions): TemplateResult {
  const { t } = o;
  const allAgreed = o.consents.length > 0 && o.consents.every((c) => o.checked[c.type]);
  return html`<fieldset part="consents" class="consents">
    <legend><h4>${t.consents}</h4></legend>
    <label class="choice all">
      <input type="checkbox" .checked=${allAgreed} @change=${(e: Event) => o.onChange(o.consents.map((c) => c.type), (e.target as HTMLInputElement).checked)} />
      <span>${t.agreeAll}</span>
    </label>
    <ul role="list">
      ${o.consents.map((consent) => {
        const id = consentId(consent.type);
        const error = o.errors.get(id);
        return html`<li class="consent">
          <label class="choice">
            <input
              type="checkbox"
              id=${id}
              .checked=${!!o.checked[consent.type]}
              aria-required=${consent.required ? 'true' : 'false'}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? `${id}-error` : nothing}
              @change=${(e: Event) => o.onChange([consent.type], (e.target as HTMLInputElement).checked)}
            />
            <span>${t.consentLabel(consent.title, consent.required)}</span>
          </label>
          <details>
            <summary>${t.viewText(consent.title)}</summary>
            <div class="consent-text">${consent.text.split('\n').map((p) => html`<p>${p}</p>`)}</div>
          </details>
          ${error ? html`<p part="field-error" id=${`${id}-error`} class="problem">${error}</p>` : ''}
        </li>`;
      })}
    </ul>
  </fieldset>`;
}

export const consentStyles = css`
.consents{display:flex;flex-direction:column;gap:var(--_s2);min-inline-size:0;margin:0;padding:0;border:0}
.consents legend{padding:0;margin-block-end:var(--_s2)}
.consent{display:flex;flex-direction:column;gap:var(--_s1);padding-block:var(--_s1);border-block-start:1px solid var(--_border)}
.choice{display:flex;align-items:center;gap:var(--_s2);min-block-size:2.75rem;cursor:pointer}
.all{font-weight:700}
details summary{min-block-size:2.75rem;display:flex;align-items:center;color:var(--_primary);cursor:pointer;text-decoration:underline}
.consent-text{max-block-size:12rem;overflow-y:auto;padding:var(--_s2);border:1px solid var(--_border);border-radius:var(--_radius);font-size:.875rem;line-height:1.6}
.consent-text p+p{margin-block-start:var(--_s2)}
`;
