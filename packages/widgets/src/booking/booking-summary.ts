import type { CancellationPolicy, Service } from '@thecen/schema/browser';
import { html, type TemplateResult } from 'lit';
import { areaText, pricingText } from '../components/service-card/service-format.js';
import { bookingStrings } from '../i18n/booking-strings.js';
import { commonStrings, serviceStrings } from '../i18n/locale.js';
import type { Locale } from '../i18n/translation.js';
import { partnerRow } from '../internal/card-parts.js';

/**
 * The service a buyer books, before anything else: title, partner, pricing (fixed, "from" or
 * 상담 후 견적), duration, delivery, the areas served, how it is booked, and the cancellation
 * policy in words once known.
 */
export function bookingSummary(service: Service, policy: CancellationPolicy | undefined, locale: Locale): TemplateResult {
  const t = bookingStrings[locale];
  const s = serviceStrings[locale];
  return html`<header class="head">
      <h2 part="title" id="title">${service.title}</h2>
      ${partnerRow(service.partner, commonStrings[locale])}
    </header>
    <dl part="summary" class="facts">
      <dt>${t.price}</dt><dd>${pricingText(service.pricing, s, locale)}</dd>
      ${service.durationMinutes ? html`<dt>${t.duration}</dt><dd>${s.duration(service.durationMinutes)}</dd>` : ''}
      <dt>${t.delivery}</dt><dd>${service.deliveryModes.map((m) => s.deliveryModes[m]).join(', ')}</dd>
      ${service.areas.length ? html`<dt>${t.areas}</dt><dd>${service.areas.map((a) => areaText(a, s)).join(', ')}</dd>` : ''}
      <dt>${t.bookingMode}</dt><dd>${s.bookingModes[service.bookingMode]}</dd>
      ${policy ? html`<dt>${t.policy}</dt><dd part="policy">${t.policyText(policy)}</dd>` : ''}
    </dl>`;
}
