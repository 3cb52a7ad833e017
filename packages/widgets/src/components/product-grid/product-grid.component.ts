import type { Page, Product, ProductListQuery } from '@thecen/schema/browser';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { productsResource } from '@thecen/sdk/core';
import { clientWith } from '../../config/shared-client.js';
import { baseStyles } from '../../internal/base.styles.js';
import { commonStrings, gridStrings } from '../../i18n/locale.js';
import { CenElement } from '../../internal/cen-element.js';
import { errorKind } from '../../internal/error-kind.js';
import { LatestRequest } from '../../internal/latest-request.js';
import styles from './product-grid.styles.js';

const QUERY_PROPERTIES = ['partner', 'category', 'tag', 'q', 'sort', 'minPrice', 'maxPrice', 'limit'] as const;

/** Card parts re-exported as `card-<part>` so pages can style the cards inside the grid. */
const CARD_PARTS =
  'base:card,link:card-link,image:card-image,title:card-title,badge:card-badge,partner:card-partner,price:card-price,list-price:card-list-price,discount:card-discount,stock:card-stock,' +
  'cart:card-cart,add-button:card-add-button,options:card-options,option-select:card-option-select,confirm-button:card-confirm-button,cancel-button:card-cancel-button,status:card-status';

/**
 * @summary A list of products filtered by partner, category, tag or search text, with a "더 보기"
 * button for the next page. Shows skeleton cards while loading, an empty state and an error state,
 * and announces what it loaded to screen readers. With `add-to-cart`, every card has an
 * add-to-cart button (see `<cen-product-card add-to-cart>`).
 * @tag cen-product-grid
 *
 * @slot - Fallback shown until the element is defined, e.g. links to the products. Never rendered once upgraded.
 *
 * @event {CenProductsLoadEvent} cen-products-load - A page of products was fetched and rendered. `detail: { products: Product[], hasMore: boolean }`.
 * @event {CenProductClickEvent} cen-product-click - From a card of the grid (see `<cen-product-card>`). `detail: { product: Product }`.
 * @event {CenAddToCartEvent} cen-add-to-cart - With `add-to-cart`: from a card, the buyer asked to add its product; cancelable: `preventDefault()` keeps it out of the cart. `detail: { product: Product, variantId: string | undefined, quantity: number }`.
 * @event {CenCartChangeEvent} cen-cart-change - With `add-to-cart`: a product of a card was added to the cart. `detail: { count: number, lines: CartLine[] }`.
 * @event {CenErrorEvent} cen-error - The list could not be loaded (`detail: { error: Error, query: ProductListQuery }`), or, with `add-to-cart`, a card's product could not be added (`detail: { error: Error, productId: string, operation: 'add-to-cart' }`).
 *
 * @csspart base - The wrapper; `aria-busy` while loading.
 * @csspart grid - The list of cards.
 * @csspart more-button - The "더 보기" button.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - The error message box.
 * @csspart action - The retry button of the error state.
 * @csspart card - Each card's `base` part.
 * @csspart card-link - Each card's `link` part (the link to the product page).
 * @csspart card-image - Each card's `image` part.
 * @csspart card-title - Each card's `title` part.
 * @csspart card-badge - Each card's `badge` part (organisation type).
 * @csspart card-partner - Each card's `partner` part.
 * @csspart card-price - Each card's `price` part.
 * @csspart card-list-price - Each card's `list-price` part.
 * @csspart card-discount - Each card's `discount` part.
 * @csspart card-stock - Each card's `stock` part.
 * @csspart card-cart - With `add-to-cart`: each card's `cart` part, the row holding its button.
 * @csspart card-add-button - With `add-to-cart`: each card's "장바구니 담기" button.
 * @csspart card-options - With `add-to-cart`: a card's option choice, for a product with options.
 * @csspart card-option-select - The option list (`<select>`) of a card's option choice.
 * @csspart card-confirm-button - The button that adds the chosen option.
 * @csspart card-cancel-button - The button that closes the option choice.
 * @csspart card-status - A card's message after adding ("장바구니에 담았습니다.").
 *
 * @cssproperty [--cen-product-grid-column-min-width=12rem] - Smallest column width.
 * @cssproperty [--cen-product-grid-gap=var(--cen-space-lg)] - Space between cards.
 */
export class CenProductGrid extends CenElement {
  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    partner: {},
    category: {},
    tag: {},
    q: {},
    sort: {},
    minPrice: { type: Number, attribute: 'min-price' },
    maxPrice: { type: Number, attribute: 'max-price' },
    limit: { type: Number },
    addToCart: { type: Boolean, attribute: 'add-to-cart' },
    items: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    error: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Only products of this partner (`pa_…`). */
  declare partner: string | undefined;
  /** Only products of this category (`food`, `crafts`, …). */
  declare category: ProductListQuery['category'];
  /** Only products with this tag (`eco_friendly`, `local`, …). */
  declare tag: ProductListQuery['tag'];
  /** Search text. */
  declare q: string | undefined;
  /** Order: `newest`, `price_asc`, `price_desc` or `title`. */
  declare sort: ProductListQuery['sort'];
  /** Lowest price in won (attribute `min-price`). */
  declare minPrice: number | undefined;
  /** Highest price in won (attribute `max-price`). */
  declare maxPrice: number | undefined;
  /** Products per page (default 12). */
  declare limit: number;
  /**
   * Gives every card an add-to-cart button (attribute `add-to-cart`, passed on to each
   * `<cen-product-card>`): the cart code loads only when this is set.
   */
  declare addToCart: boolean;

  declare private items: Product[];
  declare private busy: boolean;
  declare private error: unknown;
  declare private announcement: string;
  #cursor: string | null = null;
  /** The list request: a page away from the page is loaded again (from the start) when it comes back. */
  #request = new LatestRequest(this, () => this.#load(false));

  constructor() {
    super();
    this.limit = 12;
    this.addToCart = false;
    this.items = [];
    this.busy = false;
    this.announcement = '';
  }

  /** The products shown, in order. */
  get products(): readonly Product[] {
    return this.items;
  }

  /** The list query built from the attributes (empty ones left out). */
  get query(): ProductListQuery {
    const query: Record<string, unknown> = {};
    for (const name of QUERY_PROPERTIES) {
      const value = this[name];
      if (value != null && value !== '' && value === value) query[name] = value;
    }
    return query as ProductListQuery;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || QUERY_PROPERTIES.some((name) => changed.has(name))) this.#load(false);
  }

  #load(append: boolean): void {
    const run = this.#request.begin();
    if (!run) return;
    const query = this.query;
    if (append && this.#cursor) query.cursor = this.#cursor;
    else {
      this.items = [];
      this.#cursor = null;
    }
    this.busy = true;
    this.error = undefined;
    new Promise<Page<Product>>((resolve) => resolve(clientWith(this, { products: productsResource }).products.list(query, { signal: run.signal }))).then(
      (page) => {
        if (!run.settle()) return;
        const firstNew = this.items.length;
        // The more button disappears with the last page: keep keyboard focus in the grid, on the first new card.
        const refocus = append && !page.hasMore && this.matches(':focus-within');
        this.items = [...this.items, ...page.data];
        this.#cursor = page.hasMore ? page.nextCursor : null;
        this.busy = false;
        this.announcement = this.items.length ? gridStrings[this.locale].loaded(page.data.length, this.items.length, append) : gridStrings[this.locale].empty;
        this.updateComplete.then(async () => {
          const card = refocus ? this.renderRoot.querySelectorAll('cen-product-card')[firstNew] : undefined;
          if (card) {
            await card.updateComplete;
            card.focus();
          }
          this.emit('cen-products-load', { products: page.data, hasMore: page.hasMore });
        });
      },
      (error: unknown) => {
        if (!run.settle()) return;
        this.busy = false;
        this.error = error;
        this.announcement = gridStrings[this.locale].listFailed;
        this.emit('cen-error', { error: error as Error, query });
      },
    );
  }

  #more(): void {
    if (!this.busy) this.#load(true);
  }

  protected override render() {
    const locale = this.locale;
    const c = commonStrings[locale];
    const t = gridStrings[locale];
    const { items, busy, error } = this;
    const skeletons = busy && !items.length ? Array.from({ length: Math.min(this.limit, 24) || 1 }) : [];
    return html`<div part="base" aria-busy=${busy ? 'true' : 'false'}>
      <div role="status" class="sr">${this.announcement}</div>
      ${skeletons.length
        ? html`<ul part="grid" role="list" aria-hidden="true">${skeletons.map(() => html`<li><cen-product-card ?add-to-cart=${this.addToCart}></cen-product-card></li>`)}</ul>`
        : items.length
          ? html`<ul part="grid" role="list">${items.map((product) => html`<li><cen-product-card .product=${product} ?add-to-cart=${this.addToCart} exportparts=${CARD_PARTS}></cen-product-card></li>`)}</ul>`
          : ''}
      ${error
        ? html`<div part="error">
            <p>${errorKind(error) === 'config' ? c.notConfigured : t.listFailed}</p>
            ${errorKind(error) === 'network' ? html`<button part="action" type="button" @click=${() => this.#load(!!items.length)}>${c.retry}</button>` : ''}
          </div>`
        : !busy && !items.length
          ? html`<p part="empty">${t.empty}</p>`
          : ''}
      ${this.#cursor && !error
        ? html`<div class="more"><button part="more-button" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${this.#more}>${busy ? t.loading : t.more}</button></div>`
        : ''}
    </div>`;
  }
}
