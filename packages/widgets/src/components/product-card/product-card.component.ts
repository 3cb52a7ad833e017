import { formatKrw, type Product } from '@thecen/schema/browser';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { commonStrings, productStrings } from '../../i18n/locale.js';
import { baseStyles } from '../../internal/base.styles.js';
import { cardError, cardMedia, cardPlaceholder, partnerRow } from '../../internal/card-parts.js';
import { cardStyles } from '../../internal/card.styles.js';
import { CenElement } from '../../internal/cen-element.js';
import { ItemLoader } from '../../internal/item-loader.js';
import styles from './product-card.styles.js';

/**
 * @summary A product of The CEN as one link: image, title, partner with its organisation type,
 * price in won (list price struck through with the discount), stock state.
 * @tag cen-product-card
 *
 * @slot - Fallback shown until the element is defined, e.g. a plain link to the product. Never rendered once upgraded.
 *
 * @event {CenProductLoadEvent} cen-product-load - The card fetched and rendered its product. `detail: { product: Product }`.
 * @event {CenProductClickEvent} cen-product-click - The link was activated; cancelable: `preventDefault()` stops the navigation. `detail: { product: Product }`.
 * @event {CenErrorEvent} cen-error - The product could not be loaded. `detail: { error: Error, productId: string }`.
 *
 * @csspart base - The card box; the link once loaded.
 * @csspart link - The link to the product page (same element as `base` once loaded).
 * @csspart image - The product image.
 * @csspart title - The product title (two lines at most).
 * @csspart badge - The partner's organisation type (협동조합, 사회적기업, …).
 * @csspart partner - The partner's name.
 * @csspart price - The price.
 * @csspart list-price - The struck-through price before discount.
 * @csspart discount - The discount percentage.
 * @csspart stock - The stock state (품절, 품절임박), over the image.
 * @csspart error - The error message box.
 * @csspart action - The retry button of the error state.
 *
 * @cssproperty [--cen-product-card-min-width=10rem] - Smallest width of the card.
 * @cssproperty [--cen-product-card-image-aspect-ratio=1] - Aspect ratio of the image box.
 * @cssproperty [--cen-product-card-background=var(--cen-color-surface)] - Card background.
 * @cssproperty [--cen-product-card-border-color=var(--cen-color-border)] - Card border.
 * @cssproperty [--cen-product-card-radius=var(--cen-radius-md)] - Card corner radius.
 * @cssproperty [--cen-product-card-badge-color=var(--cen-color-primary)] - Organisation-type badge colour.
 * @cssproperty [--cen-product-card-price-color=var(--cen-color-text)] - Price colour.
 * @cssproperty [--cen-product-card-stock-background=var(--cen-color-danger)] - Background of the stock label.
 */
export class CenProductCard extends CenElement {
  static override styles = [baseStyles, cardStyles, styles];
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = { ...CenElement.shadowRootOptions, delegatesFocus: true };

  static override properties: PropertyDeclarations = { productId: { attribute: 'product' }, product: { attribute: false } };

  /** Id of the product to fetch and show (`prd_…`); attribute `product`. */
  declare productId: string;

  /** The product shown; set it to show a product already loaded (no request, no `cen-product-load`). */
  declare product: Product | undefined;

  constructor() {
    super();
    this.productId = '';
  }

  #loader = new ItemLoader<Product>(
    this,
    (client, id, signal) => client.products.load(id, { signal }),
    (productId, product, error) => {
      if (product) {
        this.product = product;
        this.updateComplete.then(() => this.emit('cen-product-load', { product }));
      } else this.emit('cen-error', { error: error as Error, productId });
    },
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('productId') && this.productId && this.productId !== this.product?.id) {
      this.product = undefined;
      this.#loader.load(this.productId);
    } else if (changed.has('product') && this.product) this.#loader.cancel();
  }

  #onClick(event: MouseEvent): void {
    if (!this.emit('cen-product-click', { product: this.product! }, true)) event.preventDefault();
  }

  protected override render() {
    const locale = this.locale;
    const c = commonStrings[locale];
    const t = productStrings[locale];
    const p = this.product;
    if (!p) {
      const error = this.#loader.error;
      return cardPlaceholder(2, t.loadingProduct, error ? cardError(error, c, t.productNotFound, () => this.#loader.reload()) : undefined);
    }
    const price = formatKrw(p.price, locale);
    const listPrice = p.listPrice && p.listPrice > p.price ? formatKrw(p.listPrice, locale) : '';
    const discount = listPrice && t.discount(Math.floor((1 - p.price / p.listPrice!) * 100));
    const stock = p.stockState === 'sold_out' ? t.soldOut : p.stockState === 'low_stock' ? t.lowStock : '';
    // The link is named by its content in DOM order: title, partner, price, stock, then the image.
    return html`<a part="base link" class=${p.stockState} href=${p.url} @click=${this.#onClick}>
      <div class="body">
        <div part="title" class="title">${p.title}</div>
        ${partnerRow(p.partner, c)}
        <div class="row">
          <span part="price">${price}</span>
          ${listPrice
            ? html`<s part="list-price"><span class="sr">${t.listPrice}</span>${listPrice}</s> <span part="discount">${discount}</span>`
            : ''}
        </div>
      </div>
      ${stock ? html`<span part="stock" class="chip">${stock}</span>` : ''} ${cardMedia(p.images[0])}
    </a>`;
  }
}
