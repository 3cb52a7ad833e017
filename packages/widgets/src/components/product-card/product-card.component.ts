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
 * @event {CenProductLoadEvent} cen-product-load - The card fetched and rendered its product. `detail: { product }`.
 * @event {CenProductClickEvent} cen-product-click - The link was activated; cancelable: `preventDefault()` stops the navigation. `detail: { product }`.
 * @event {CenErrorEvent} cen-error - The product could not be loaded. `detail: { error, productId }`.
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
 * @cssproperty --cen-product-card-min-width - Smallest width of the card (default `10rem`).
 * @cssproperty --cen-product-card-image-aspect-ratio - Aspect ratio of the image box (default `1`).
 * @cssproperty --cen-product-card-background - Card background (default `--cen-color-surface`).
 * @cssproperty --cen-product-card-border-color - Card border (default `--cen-color-border`).
 * @cssproperty --cen-product-card-radius - Card corner radius (default `--cen-radius-md`).
 * @cssproperty --cen-product-card-badge-color - Organisation-type badge colour (default `--cen-color-primary`).
 * @cssproperty --cen-product-card-price-color - Price colour (default `--cen-color-text`).
 * @cssproperty --cen-product-card-stock-background - Background of the stock label (default `--cen-color-danger`).
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
