import type { Image, PartnerSummary } from '@thecen/schema/browser';
import { html, type TemplateResult } from 'lit';
import type { CommonStrings } from '../i18n/translation.js';
import { errorKind } from './error-kind.js';

/**
 * The skeleton (while `error` is undefined) or the error state of a card: the same boxes as the
 * loaded card, `rows` one-line rows under the two-line title, then `footer` (e.g. the empty box of
 * the add-to-cart row).
 */
export function cardPlaceholder(rows: number, busyLabel: string, error?: TemplateResult, footer?: TemplateResult): TemplateResult {
  const line = (cls: string) => html`<div class=${cls}>${error ? '' : html`<span class="bone"></span>`}</div>`;
  return html`<div part="base" aria-busy=${error ? 'false' : 'true'}>
    ${error
      ? html`<div class="media error" part="error">${error}</div>`
      : html`<span class="sr">${busyLabel}</span><div class="media"></div>`}
    <div class="body">${line('title')}${Array.from({ length: rows }, () => line('row'))}</div>${footer}
  </div>`;
}

/** The message of a failed load, with a retry button for failures worth retrying. */
export function cardError(error: unknown, t: CommonStrings, notFound: string, retry: () => void): TemplateResult {
  const kind = errorKind(error);
  return html`<p>${kind === 'not-found' ? notFound : kind === 'config' ? t.notConfigured : t.loadFailed}</p>
    ${kind === 'network' ? html`<button part="action" type="button" @click=${retry}>${t.retry}</button>` : ''}`;
}

/** Organisation-type badge and partner name, one row. */
export function partnerRow(partner: PartnerSummary, t: CommonStrings): TemplateResult {
  return html`<div class="row"><span part="badge">${t.organisationTypes[partner.organisationType]}</span> <span part="partner">${partner.name}</span></div>`;
}

/** The image box, last in the DOM (after the text that names the link) but shown first. */
export function cardMedia(image: Image | undefined): TemplateResult {
  return html`<div class="media">${image ? html`<img part="image" src=${image.url} alt=${image.alt} loading="lazy" decoding="async" />` : ''}</div>`;
}
