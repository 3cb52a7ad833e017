import { ORGANISATION_TYPE_NAMES_KO, formatKrw, type Partner, type Product, type Service } from '@thecen/schema';
import { STOCK_STATE_LABELS, pricingLabel } from './catalog-labels.js';
import { html, type SafeHtml } from './html.js';
import { pageLayout } from './page-layout.js';
import { partnerWebsite } from './partner-link.js';
import { sellerIdentity } from './seller-identity.js';

/** Some of a partner's listings: the first ones, and whether more were left out. */
export interface PartnerListings<T> {
  items: readonly T[];
  more: boolean;
}

function logo(partner: Partner): SafeHtml {
  const image = partner.logo;
  if (!image) return html``;
  return html`<img class="logo" src="${image.url}" alt="${image.alt}"${image.width ? html` width="${image.width}"` : ''}${image.height ? html` height="${image.height}"` : ''}>`;
}

function productItem(product: Product): SafeHtml {
  const soldOut = product.stockState === 'sold_out' ? html` · ${STOCK_STATE_LABELS.sold_out}` : '';
  return html`<li><a href="${product.url}">${product.title}</a> <span class="item-price">${formatKrw(product.price)}</span>${soldOut}</li>`;
}

function serviceItem(service: Service): SafeHtml {
  return html`<li><a href="${service.url}">${service.title}</a> <span class="item-price">${pricingLabel(service.pricing)}</span></li>`;
}

function moreNote(listings: PartnerListings<unknown>, subject: string): SafeHtml | '' {
  return listings.more ? html`<p class="more-note">${subject} 많아 최근 ${listings.items.length}개만 보여 드립니다.</p>` : '';
}

/**
 * The page a partner link opens without JavaScript: name, organisation type, logo, story, its
 * active products and services (linked to their pages) and the seller identity.
 */
export function renderPartnerPage(
  partner: Partner,
  products: PartnerListings<Product>,
  services: PartnerListings<Service>,
): string {
  const website = partnerWebsite(partner);
  const body = html`<article>
<header class="partner-header">
${logo(partner)}
<div>
<h1>${partner.name}</h1>
<p class="organisation-type">${ORGANISATION_TYPE_NAMES_KO[partner.organisationType]}</p>
${website ? html`<p class="website"><a href="${website}" rel="noopener noreferrer">홈페이지</a></p>` : ''}
</div>
</header>
${partner.story ? html`<p class="story">${partner.story}</p>` : ''}
<section aria-labelledby="products-heading">
<h2 id="products-heading">상품</h2>
${products.items.length > 0 ? html`<ul class="items">${products.items.map(productItem)}</ul>` : html`<p>판매 중인 상품이 없습니다.</p>`}
${moreNote(products, '상품이')}
</section>
<section aria-labelledby="services-heading">
<h2 id="services-heading">서비스</h2>
${services.items.length > 0 ? html`<ul class="items">${services.items.map(serviceItem)}</ul>` : html`<p>제공 중인 서비스가 없습니다.</p>`}
${moreNote(services, '서비스가')}
</section>
${sellerIdentity(partner)}
</article>`;
  return pageLayout(partner.name, body);
}
