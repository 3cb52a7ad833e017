import { formatKrw, type Image, type Partner, type Product } from '@thecen/schema';
import { STOCK_STATE_LABELS } from './catalog-labels.js';
import { html, trustedHtml, type SafeHtml } from './html.js';
import { pageLayout } from './page-layout.js';
import { mallWidgetsHead, productBuyBox } from './mall-widgets.js';
import { oembedDiscovery, type ItemPageOptions } from './oembed-discovery.js';
import { partnerLink } from './partner-link.js';
import { sellerIdentity } from './seller-identity.js';

export function imageGallery(images: readonly Image[]): SafeHtml {
  if (images.length === 0) return html``;
  return html`<div class="images">${images.map(
    (image) => html`<img src="${image.url}" alt="${image.alt}"${image.width ? html` width="${image.width}"` : ''}${image.height ? html` height="${image.height}"` : ''}>`,
  )}</div>`;
}

/**
 * The page a product link opens without JavaScript: the partner (linked to its page), title,
 * images, price, options, the (already sanitised) description and the seller identity; with
 * `options.oembedUrl`, the oEmbed discovery link.
 */
export function renderProductPage(product: Product, partner: Partner, partnerPageUrl: string, options: ItemPageOptions = {}): string {
  const shipping = product.shipping.fee === 0 ? '무료 배송' : `배송비 ${formatKrw(product.shipping.fee)}`;
  const freeOver = product.shipping.freeOver === null ? '' : ` (${formatKrw(product.shipping.freeOver)} 이상 무료)`;
  const body = html`<article>
${partnerLink(partner, partnerPageUrl)}
<h1>${product.title}</h1>
${imageGallery(product.images)}
<p class="summary">${product.summary}</p>
<p class="price">${formatKrw(product.price)}${product.listPrice !== null && product.listPrice > product.price ? html`<span class="list-price"><span class="visually-hidden">정가 </span>${formatKrw(product.listPrice)}</span>` : ''}</p>
<dl class="facts">
<dt>재고</dt><dd>${STOCK_STATE_LABELS[product.stockState]}</dd>
<dt>배송</dt><dd>${shipping}${freeOver}</dd>
</dl>
${options.mall ? productBuyBox(product.id) : ''}
${product.variants.length > 0 ? html`<h2>옵션</h2><ul class="variants">${product.variants.map((v) => html`<li>${v.label}: ${formatKrw(v.price)} · ${STOCK_STATE_LABELS[v.stockState]}</li>`)}</ul>` : ''}
<h2>상품 설명</h2>
<div class="description">${trustedHtml(product.descriptionHtml)}</div>
${sellerIdentity(partner)}
</article>`;
  const head = html`${oembedDiscovery(options.oembedUrl, product.title)}${options.mall ? mallWidgetsHead(options.mall.widgets, options.mall.apiUrl) : ''}`;
  return pageLayout(product.title, body, head);
}
