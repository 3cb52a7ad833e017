import type { Partner } from '@thecen/schema';
import { html, type SafeHtml } from './html.js';

/** The partner's name, linked to its website when that is an http(s) URL. */
export function partnerLink(partner: Partner): SafeHtml {
  const website = partner.website && /^https?:\/\//i.test(partner.website) ? partner.website : undefined;
  return website
    ? html`<p class="partner"><a href="${website}" rel="noopener noreferrer">${partner.name}</a></p>`
    : html`<p class="partner">${partner.name}</p>`;
}
