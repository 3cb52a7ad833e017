import { formatKrw, type Product } from '@thecen/schema/browser';
import { productsResource } from '@thecen/sdk/core';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { commonStrings, productStrings } from '../../i18n/locale.js';
import { baseStyles } from '../../internal/base.styles.js';
import { cardError, cardMedia, cardPlaceholder, partnerRow } from '../../internal/card-parts.js';
import { cardStyles } from '../../internal/card.styles.js';
import { CenElement } from '../../internal/cen-element.js';
import { ResourceItemLoader } from '../../internal/resource-item-loader.js';
import styles from './product-card.styles.js';

/** Parts of the inner `<cen-add-to-cart>` the card re-exports under the same names. */
const CART_PARTS = 'add-button,options,option-select,confirm-button,cancel-button,status';

/**
 * @summary A product of The CEN as one link: image, title, partner with its organisation type,
 * price in won (list price struck through with the discount), stock state.
 * @tag cen-product-card
 *
 * @slot - Fallback shown until the element is defined, e.g. a plain link to the product. Never rendered once upgraded.
 *
 * @event {CenProductLoadEvent} cen-product-load - The card fetched and rendered its product. `detail: { product: Product }`.
 * @event {CenProductClickEvent} cen-product-click - The link was activated; cancelable: `preventDefault()` stops the navigation. `detail: { product: Product }`.
 * @event {CenAddToCartEvent} cen-add-to-cart - With `add-to-cart`: the buyer asked to add the product (from the inner `<cen-add-to-cart>`); cancelable: `preventDefault()` keeps it out of the cart. `detail: { product: Product, variantId: string | undefined, quantity: number }`.
 * @event {CenCartChangeEvent} cen-cart-change - With `add-to-cart`: the product was added to the cart. `detail: { count: number, lines: CartLine[] }`.
 * @event {CenErrorEvent} cen-error - The product could not be loaded (or, with `add-to-cart`, not added). `detail: { error: Error, productId: string, operation?: 'add-to-cart' }`.
 *
 * @csspart base - The card box; the link once loaded (without `add-to-cart`).
 * @csspart link - The link to the product page (the same element as `base` once loaded, without `add-to-cart`).
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
 * @csspart cart - With `add-to-cart`: the row under the link holding the `<cen-add-to-cart>` button.
 * @csspart add-button - With `add-to-cart`: the "장바구니 담기" button ("품절" and disabled when sold out).
 * @csspart options - With `add-to-cart`: the option choice shown over the card for a product with options.
 * @csspart option-select - The option list (`<select>`).
 * @csspart confirm-button - The button that adds the chosen option.
 * @csspart cancel-button - The button that closes the option choice.
 * @csspart status - The message after adding ("장바구니에 담았습니다.").
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

  static override properties: PropertyDeclarations = {
    productId: { attribute: 'product' },
    product: { attribute: false },
    addToCart: { type: Boolean, attribute: 'add-to-cart' },
  };

  /** Id of the product to fetch and show (`prd_…`); attribute `product`. */
  declare productId: string;

  /** The product shown; set it to show a product already loaded (no request, no `cen-product-load`). */
  declare product: Product | undefined;

  /**
   * Shows an add-to-cart button under the card (attribute `add-to-cart`): a `<cen-add-to-cart>`
   * loaded on demand, so a card without it downloads none of the cart. Products with options ask
   * for the option first.
   */
  declare addToCart: boolean;

  constructor() {
    super();
    this.productId = '';
    this.addToCart = false;
  }

  #loader = new ResourceItemLoader(
    this,
    { products: productsResource },
    (client, id, signal) => client.products.load(id, { signal }),
    (productId, product, error) => {
      if (product) {
        this.product = product;
        this.updateComplete.then(() => this.emit('cen-product-load', { product }));
      } else this.emit('cen-error', { error: error as Error, productId });
    },
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.addToCart) import('../add-to-cart/add-to-cart.js');
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
      const cart = this.addToCart ? html`<div class="cart"></div>` : undefined;
      return cardPlaceholder(2, t.loadingProduct, error ? cardError(error, c, t.productNotFound, () => this.#loader.reload()) : undefined, cart);
    }
    const price = formatKrw(p.price, locale);
    const listPrice = p.listPrice && p.listPrice > p.price ? formatKrw(p.listPrice, locale) : '';
    const discount = listPrice && t.discount(Math.floor((1 - p.price / p.listPrice!) * 100));
    const stock = p.stockState === 'sold_out' ? t.soldOut : p.stockState === 'low_stock' ? t.lowStock : '';
    // The link is named by its content in DOM order: title, partner, price, stock, then the image.
    const link = html`<a part=${this.addToCart ? 'link' : 'base link'} class=${this.addToCart ? 'link' : p.stockState} href=${p.url} @click=${this.#onClick}>
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
    return this.addToCart
      ? html`<div part="base" class=${p.stockState}>
          ${link}
          <div part="cart" class="cart"><cen-add-to-cart compact .product=${p} exportparts=${CART_PARTS}></cen-add-to-cart></div>
        </div>`
      : link;
  }
}
