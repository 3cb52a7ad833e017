import type { Service } from '@thecen/schema/browser';
import { servicesResource } from '@thecen/sdk/core';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { commonStrings, serviceStrings } from '../../i18n/locale.js';
import { baseStyles } from '../../internal/base.styles.js';
import { cardError, cardMedia, cardPlaceholder, partnerRow } from '../../internal/card-parts.js';
import { cardStyles } from '../../internal/card.styles.js';
import { CenElement } from '../../internal/cen-element.js';
import { ResourceItemLoader } from '../../internal/resource-item-loader.js';
import { detailsText, pricingText } from './service-format.js';
import styles from './service-card.styles.js';

/**
 * @summary A service of The CEN (돌봄, 생활, 교육, 경영지원) as one link: image, group, title, partner,
 * pricing (fixed, "from" or quote after consultation), duration, delivery modes and area, booking mode.
 * @tag cen-service-card
 *
 * @slot - Fallback shown until the element is defined, e.g. a plain link to the service. Never rendered once upgraded.
 *
 * @event {CenServiceLoadEvent} cen-service-load - The card fetched and rendered its service. `detail: { service: Service }`.
 * @event {CenServiceClickEvent} cen-service-click - The link was activated; cancelable: `preventDefault()` stops the navigation. `detail: { service: Service }`.
 * @event {CenErrorEvent} cen-error - The service could not be loaded. `detail: { error: Error, serviceId: string }`.
 *
 * @csspart base - The card box; the link once loaded.
 * @csspart link - The link to the service page (same element as `base` once loaded).
 * @csspart image - The service image.
 * @csspart group - The service group label, over the image.
 * @csspart title - The service title (two lines at most).
 * @csspart badge - The partner's organisation type.
 * @csspart partner - The partner's name.
 * @csspart price - The pricing: `50,000원`, `30,000원부터` or `상담 후 견적`.
 * @csspart details - Duration, delivery modes and area.
 * @csspart booking - The booking mode (즉시 예약, 예약 요청).
 * @csspart error - The error message box.
 * @csspart action - The retry button of the error state.
 *
 * @cssproperty [--cen-service-card-min-width=10rem] - Smallest width of the card.
 * @cssproperty [--cen-service-card-image-aspect-ratio=4/3] - Aspect ratio of the image box.
 * @cssproperty [--cen-service-card-background=var(--cen-color-surface)] - Card background.
 * @cssproperty [--cen-service-card-border-color=var(--cen-color-border)] - Card border.
 * @cssproperty [--cen-service-card-radius=var(--cen-radius-md)] - Card corner radius.
 * @cssproperty [--cen-service-card-badge-color=var(--cen-color-primary)] - Organisation-type badge colour.
 * @cssproperty [--cen-service-card-price-color=var(--cen-color-text)] - Price colour.
 * @cssproperty [--cen-service-card-group-background=var(--cen-color-primary)] - Background of the group label.
 */
export class CenServiceCard extends CenElement {
  static override styles = [baseStyles, cardStyles, styles];
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = { ...CenElement.shadowRootOptions, delegatesFocus: true };

  static override properties: PropertyDeclarations = { serviceId: { attribute: 'service' }, service: { attribute: false } };

  /** Id of the service to fetch and show (`svc_…`); attribute `service`. */
  declare serviceId: string;

  /** The service shown; set it to show a service already loaded (no request, no `cen-service-load`). */
  declare service: Service | undefined;

  constructor() {
    super();
    this.serviceId = '';
  }

  #loader = new ResourceItemLoader(
    this,
    { services: servicesResource },
    (client, id, signal) => client.services.load(id, { signal }),
    (serviceId, service, error) => {
      if (service) {
        this.service = service;
        this.updateComplete.then(() => this.emit('cen-service-load', { service }));
      } else this.emit('cen-error', { error: error as Error, serviceId });
    },
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serviceId') && this.serviceId && this.serviceId !== this.service?.id) {
      this.service = undefined;
      this.#loader.load(this.serviceId);
    } else if (changed.has('service') && this.service) this.#loader.cancel();
  }

  #onClick(event: MouseEvent): void {
    if (!this.emit('cen-service-click', { service: this.service! }, true)) event.preventDefault();
  }

  protected override render() {
    const locale = this.locale;
    const c = commonStrings[locale];
    const t = serviceStrings[locale];
    const s = this.service;
    if (!s) {
      const error = this.#loader.error;
      return cardPlaceholder(4, t.loadingService, error ? cardError(error, c, t.serviceNotFound, () => this.#loader.reload()) : undefined);
    }
    const group = t.serviceGroups[s.group];
    const price = pricingText(s.pricing, t, locale);
    const details = detailsText(s, t);
    const booking = t.bookingModes[s.bookingMode];
    // The link is named by its content in DOM order: title, partner, pricing, details, group, then the image.
    return html`<a part="base link" href=${s.url} @click=${this.#onClick}>
      <div class="body">
        <div part="title" class="title">${s.title}</div>
        ${partnerRow(s.partner, c)}
        <div class="row"><span part="price">${price}</span></div>
        <div class="row" part="details">${details}</div>
        <div class="row" part="booking">${booking}</div>
      </div>
      <span part="group" class="chip">${group}</span> ${cardMedia(s.images[0])}
    </a>`;
  }
}
