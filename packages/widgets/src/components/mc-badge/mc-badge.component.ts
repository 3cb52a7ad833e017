import { formatKrw, REFERRAL_PARAMS, type MarketCreator, type Product } from '@thecen/schema/browser';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { referralStrings } from '../../i18n/referral-strings.js';
import { commonStrings } from '../../i18n/locale.js';
import { baseStyles } from '../../internal/base.styles.js';
import { cardError } from '../../internal/card-parts.js';
import { CenElement } from '../../internal/cen-element.js';
import { ItemLoader } from '../../internal/item-loader.js';
import styles from './mc-badge.styles.js';

/** How `<cen-mc-badge>` looks. */
export type McBadgeLook = 'compact' | 'button' | 'card';

/**
 * @summary A Market Creator's referral badge for blogs: the MC's name, a link to the product page
 * carrying `cen_mc=<code>`, and — always, as visible text — the disclosure that the recommender
 * receives a commission (추천·보증 심사지침). `look="card"` adds the product image, title and price.
 * @tag cen-mc-badge
 *
 * @slot - Fallback shown until the element is defined (no JavaScript): a plain link with the same disclosure text. Never rendered once upgraded.
 *
 * @event {CenErrorEvent} cen-error - The product could not be loaded. `detail: { error: Error, productId: string }`.
 *
 * @csspart base - The badge box: the link, then the disclosure.
 * @csspart link - The link to the product page (with `cen_mc`).
 * @csspart name - The recommender's display name.
 * @csspart image - With `look="card"`: the product image.
 * @csspart title - With `look="card"`: the product title.
 * @csspart price - With `look="card"`: the price.
 * @csspart disclosure - The commission disclosure, always visible.
 * @csspart error - The error message box (unknown MC or product, network failure), shown above the disclosure.
 * @csspart action - The retry button of the error state.
 *
 * @cssproperty [--cen-mc-badge-max-width=20rem] - Widest the badge grows.
 * @cssproperty [--cen-mc-badge-border-color=var(--cen-color-border)] - Border of the link.
 * @cssproperty [--cen-mc-badge-accent=var(--cen-color-primary)] - Background of `look="button"`.
 * @cssproperty [--cen-mc-badge-disclosure-color=var(--cen-color-text)] - Colour of the disclosure (keep it readable: it must not be small print).
 */
export class CenMcBadge extends CenElement {
  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    mc: {},
    productId: { attribute: 'product' },
    look: {},
    creator: { attribute: false },
    product: { attribute: false },
  };

  /** The MC's public referral code (attribute `mc`), e.g. `haetsal-mom`. */
  declare mc: string;

  /** Id of the recommended product (`prd_…`); attribute `product`. */
  declare productId: string;

  /** `compact` (default: a small badge), `button`, or `card` (with image, title and price). */
  declare look: McBadgeLook;

  /** The MC shown; loaded from `mc`, or set to show one already loaded. */
  declare creator: MarketCreator | undefined;

  /** The product linked to; loaded from `product`, or set to show one already loaded. */
  declare product: Product | undefined;

  constructor() {
    super();
    this.mc = '';
    this.productId = '';
    this.look = 'compact';
  }

  #creatorLoader = new ItemLoader<MarketCreator>(
    this,
    (client, code, signal) => client.marketCreators.retrieve(code, { signal }),
    (_code, creator) => {
      if (creator) this.creator = creator;
    },
  );

  #productLoader = new ItemLoader<Product>(
    this,
    (client, id, signal) => client.products.load(id, { signal }),
    (productId, product, error) => {
      if (product) this.product = product;
      else this.emit('cen-error', { error: error as Error, productId });
    },
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mc') && this.mc && this.mc !== this.creator?.code) {
      this.creator = undefined;
      this.#creatorLoader.load(this.mc);
    }
    if (changed.has('productId') && this.productId && this.productId !== this.product?.id) {
      this.product = undefined;
      this.#productLoader.load(this.productId);
    }
  }

  /** The product page with `cen_mc=<code>` added. */
  #href(product: Product): string {
    const url = new URL(product.url, location.href);
    url.searchParams.set(REFERRAL_PARAMS.marketCreator, this.mc);
    return url.href;
  }

  protected override render() {
    const locale = this.locale;
    const t = referralStrings[locale];
    const look: McBadgeLook = this.look === 'button' || this.look === 'card' ? this.look : 'compact';
    const creator = this.creator;
    const product = this.product;
    const error = this.#creatorLoader.error ?? this.#productLoader.error;
    const retry = () => {
      if (this.#creatorLoader.error) this.#creatorLoader.reload();
      if (this.#productLoader.error) this.#productLoader.reload();
    };
    const name = error
      ? html`<div part="error">${cardError(error, commonStrings[locale], this.#creatorLoader.error ? t.unknownCreator : t.productNotFound, retry)}</div>`
      : creator
        ? html`<span part="name">${t.recommendedBy(creator.displayName)}</span>`
        : html`<span part="name" aria-busy="true">${t.loading}</span>`;
    const body =
      look === 'card' && product
        ? html`${product.images[0] ? html`<img part="image" src=${product.images[0].url} alt=${product.images[0].alt} loading="lazy" decoding="async" />` : ''}
            <span class="body">${name}<span part="title">${product.title}</span><span part="price">${formatKrw(product.price, locale)}</span></span>`
        : name;
    return html`<div part="base" class=${look}>
      ${product && creator ? html`<a part="link" href=${this.#href(product)}>${body}</a>` : html`<span part="link">${body}</span>`}
      <p part="disclosure">${t.disclosure}</p>
    </div>`;
  }
}
