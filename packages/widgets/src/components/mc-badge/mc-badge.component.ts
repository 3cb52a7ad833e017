import { formatKrw, REFERRAL_PARAMS, type BadgeSize, type MarketCreator, type Product, type Service } from '@thecen/schema/browser';
import { marketCreatorsResource, productsResource, servicesResource } from '@thecen/sdk/core';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { referralStrings } from '../../i18n/referral-strings.js';
import { commonStrings, serviceStrings } from '../../i18n/locale.js';
import { baseStyles } from '../../internal/base.styles.js';
import { cardError } from '../../internal/card-parts.js';
import { CenElement } from '../../internal/cen-element.js';
import { ResourceItemLoader } from '../../internal/resource-item-loader.js';
import { pricingText } from '../service-card/service-format.js';
import styles from './mc-badge.styles.js';

/** How `<cen-mc-badge>` looks. */
export type McBadgeLook = 'compact' | 'button' | 'card';

/** How large `<cen-mc-badge>` is: `s`, `m` (default) or `l`. */
export type McBadgeSize = BadgeSize;

/**
 * @summary A Market Creator's referral badge for blogs: the MC's name, a link to the product or
 * service page carrying `cen_mc=<code>`, and — always, as visible text — the disclosure that the
 * recommender receives a commission (추천·보증 심사지침). `look="card"` adds the item's image, title
 * and price (a service's "from" price or "quote after consultation"); `size` scales it.
 * @tag cen-mc-badge
 *
 * @slot - Fallback shown until the element is defined (no JavaScript): the script snippet of `<cen-snippet-builder>` puts the `/r/{code}` referral link and the same disclosure here. Never rendered once upgraded.
 *
 * @event {CenErrorEvent} cen-error - The product or service could not be loaded. `detail: { error: Error, productId: string }` or `detail: { error: Error, serviceId: string }`.
 *
 * @csspart base - The badge box: the link, then the disclosure.
 * @csspart link - The link to the product or service page (with `cen_mc`).
 * @csspart name - The recommender's display name.
 * @csspart image - With `look="card"`: the item's image.
 * @csspart title - With `look="card"`: the item's title.
 * @csspart price - With `look="card"`: the price (`30,000원`, `50,000원부터`, `상담 후 견적`).
 * @csspart disclosure - The commission disclosure, always visible.
 * @csspart error - The error message box (unknown MC, product or service, network failure), shown above the disclosure.
 * @csspart action - The retry button of the error state.
 *
 * @cssproperty [--cen-mc-badge-max-width=20rem] - Widest the badge grows at `size="m"` (scaled with the size).
 * @cssproperty [--cen-mc-badge-border-color=var(--cen-color-border)] - Border of the link.
 * @cssproperty [--cen-mc-badge-accent=var(--cen-color-primary)] - Background of `look="button"`.
 * @cssproperty [--cen-mc-badge-disclosure-color=var(--cen-color-text)] - Colour of the disclosure (keep it readable: it must not be small print).
 * @cssproperty [--cen-mc-badge-scale-s=.875] - Scale of `size="s"` (text and width); the disclosure never gets smaller than 13px.
 * @cssproperty [--cen-mc-badge-scale-m=1] - Scale of `size="m"`.
 * @cssproperty [--cen-mc-badge-scale-l=1.125] - Scale of `size="l"`.
 */
export class CenMcBadge extends CenElement {
  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    mc: {},
    productId: { attribute: 'product' },
    serviceId: { attribute: 'service' },
    look: {},
    size: {},
    to: {},
    creator: { attribute: false },
    product: { attribute: false },
    service: { attribute: false },
  };

  /** The MC's public referral code (attribute `mc`), e.g. `haetsal-mom`. */
  declare mc: string;

  /** Id of the recommended product (`prd_…`); attribute `product`. */
  declare productId: string;

  /** Id of the recommended service (`svc_…`) when it is a service, not a product; attribute `service`. */
  declare serviceId: string;

  /** `compact` (default: a small badge), `button`, or `card` (with image, title and price). */
  declare look: McBadgeLook;

  /** `s`, `m` (default) or `l`: scales text and width (see the `--cen-mc-badge-scale-*` properties). */
  declare size: McBadgeSize;

  /**
   * Where the link lands instead of The CEN's item page: an absolute http(s) URL such as a
   * partner's own shop (its widgets pick the referral up from `cen_mc`). Attribute `to`.
   */
  declare to: string;

  /** The MC shown; loaded from `mc`, or set to show one already loaded. */
  declare creator: MarketCreator | undefined;

  /** The product linked to; loaded from `product`, or set to show one already loaded. */
  declare product: Product | undefined;

  /** The service linked to; loaded from `service`, or set to show one already loaded. A product wins when both are set. */
  declare service: Service | undefined;

  constructor() {
    super();
    this.mc = '';
    this.productId = '';
    this.serviceId = '';
    this.look = 'compact';
    this.size = 'm';
    this.to = '';
  }

  #creatorLoader = new ResourceItemLoader<MarketCreator, 'marketCreators'>(
    this,
    { marketCreators: marketCreatorsResource },
    (client, code, signal) => client.marketCreators.retrieve(code, { signal }),
    (_code, creator) => {
      if (creator) this.creator = creator;
    },
  );

  #productLoader = new ResourceItemLoader<Product, 'products'>(
    this,
    { products: productsResource },
    (client, id, signal) => client.products.load(id, { signal }),
    (productId, product, error) => {
      if (product) this.product = product;
      else this.emit('cen-error', { error: error as Error, productId });
    },
  );

  #serviceLoader = new ResourceItemLoader<Service, 'services'>(
    this,
    { services: servicesResource },
    (client, id, signal) => client.services.load(id, { signal }),
    (serviceId, service, error) => {
      if (service) this.service = service;
      else this.emit('cen-error', { error: error as Error, serviceId });
    },
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mc') && this.mc && this.mc !== this.creator?.code) {
      this.creator = undefined;
      this.#creatorLoader.load(this.mc);
    }
    if (changed.has('productId')) {
      if (this.productId && this.productId !== this.product?.id) {
        this.product = undefined;
        this.#productLoader.load(this.productId);
      } else if (!this.productId && changed.get('productId')) {
        // The attribute was removed (e.g. switched to a service): forget the product.
        this.#productLoader.load('');
        this.product = undefined;
      }
    }
    if (changed.has('serviceId')) {
      if (this.serviceId && this.serviceId !== this.service?.id) {
        this.service = undefined;
        this.#serviceLoader.load(this.serviceId);
      } else if (!this.serviceId && changed.get('serviceId')) {
        this.#serviceLoader.load('');
        this.service = undefined;
      }
    }
  }

  /** The landing page — `to` when it is an http(s) URL, else the item's page — with `cen_mc=<code>` added. */
  #href(item: Product | Service): string {
    const landing = this.to && /^https?:\/\//i.test(this.to) ? this.to : item.url;
    const url = new URL(landing, location.href);
    url.searchParams.set(REFERRAL_PARAMS.marketCreator, this.mc);
    return url.href;
  }

  protected override render() {
    const locale = this.locale;
    const t = referralStrings[locale];
    const look: McBadgeLook = this.look === 'button' || this.look === 'card' ? this.look : 'compact';
    const size: McBadgeSize = this.size === 's' || this.size === 'l' ? this.size : 'm';
    const creator = this.creator;
    const item: Product | Service | undefined = this.product ?? this.service;
    const itemError = this.#productLoader.error ?? this.#serviceLoader.error;
    const error = this.#creatorLoader.error ?? itemError;
    const retry = () => {
      for (const loader of [this.#creatorLoader, this.#productLoader, this.#serviceLoader]) if (loader.error) loader.reload();
    };
    const notFound = this.#creatorLoader.error ? t.unknownCreator : this.#productLoader.error ? t.productNotFound : t.serviceNotFound;
    const name = error
      ? html`<div part="error">${cardError(error, commonStrings[locale], notFound, retry)}</div>`
      : creator
        ? html`<span part="name">${t.recommendedBy(creator.displayName)}</span>`
        : html`<span part="name" aria-busy="true">${t.loading}</span>`;
    const price = !item
      ? ''
      : item.object === 'product'
        ? formatKrw(item.price, locale)
        : pricingText(item.pricing, serviceStrings[locale], locale);
    const image = item?.images[0];
    const body =
      look === 'card' && item
        ? html`${image ? html`<img part="image" src=${image.url} alt=${image.alt} loading="lazy" decoding="async" />` : ''}
            <span class="body">${name}<span part="title">${item.title}</span><span part="price">${price}</span></span>`
        : name;
    return html`<div part="base" class="${look} size-${size}">
      ${item && creator ? html`<a part="link" href=${this.#href(item)}>${body}</a>` : html`<span part="link">${body}</span>`}
      <p part="disclosure">${t.disclosure}</p>
    </div>`;
  }
}
