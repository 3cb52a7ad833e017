import { serviceAreaLabel, type Partner, type Service } from '@thecen/schema';
import { DELIVERY_MODE_LABELS, durationLabel, pricingLabel } from './catalog-labels.js';
import { html, trustedHtml } from './html.js';
import { pageLayout } from './page-layout.js';
import { mallWidgetsHead, serviceBookingBox } from './mall-widgets.js';
import { oembedDiscovery, type ItemPageOptions } from './oembed-discovery.js';
import { partnerLink } from './partner-link.js';
import { imageGallery } from './product-page.js';
import { sellerIdentity } from './seller-identity.js';

/** The page a service link opens without JavaScript; the partner name links to its page (and `options.oembedUrl` is its oEmbed discovery link). */
export function renderServicePage(service: Service, partner: Partner, partnerPageUrl: string, options: ItemPageOptions = {}): string {
  const body = html`<article>
${partnerLink(partner, partnerPageUrl)}
<h1>${service.title}</h1>
${imageGallery(service.images)}
<p class="summary">${service.summary}</p>
<p class="price">${pricingLabel(service.pricing)}</p>
<dl class="facts">
${service.durationMinutes !== null ? html`<dt>소요 시간</dt><dd>${durationLabel(service.durationMinutes)}</dd>` : ''}
<dt>제공 방식</dt><dd>${service.deliveryModes.map((m) => DELIVERY_MODE_LABELS[m]).join(', ')}</dd>
<dt>서비스 지역</dt><dd>${service.areas.map(serviceAreaLabel).join(', ')}</dd>
<dt>예약</dt><dd>${service.bookingMode === 'instant' ? '바로 예약' : '예약 요청 후 확정'}</dd>
</dl>
${options.mall ? serviceBookingBox(service.id) : ''}
<h2>서비스 설명</h2>
<div class="description">${trustedHtml(service.descriptionHtml)}</div>
${sellerIdentity(partner)}
</article>`;
  const head = html`${oembedDiscovery(options.oembedUrl, service.title)}${options.mall ? mallWidgetsHead(options.mall.widgets, options.mall.apiUrl) : ''}`;
  return pageLayout(service.title, body, head);
}
