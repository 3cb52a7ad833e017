import type { Partner } from '@thecen/schema';
import { html, type SafeHtml } from './html.js';

/** The partner's name on an item page, linked to the partner's page on this server. */
export function partnerLink(partner: Partner, partnerPageUrl: string): SafeHtml {
  return html`<p class="partner"><a href="${partnerPageUrl}">${partner.name}</a></p>`;
}

/** The partner's own website when it is an http(s) URL, else undefined (never `javascript:`). */
export function partnerWebsite(partner: Partner): string | undefined {
  return partner.website && /^https?:\/\//i.test(partner.website) ? partner.website : undefined;
}
