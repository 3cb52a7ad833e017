import { formatKoreanPhone, formatKrw, type CheckoutTerms, type Order, type SubOrder } from '@thecen/schema/browser';
import { newIdempotencyKey } from '@thecen/sdk/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { lineKey } from '../../cart/cart-store.js';
import { cartStoreFor } from '../../cart/cart-store-for.js';
import { termsFor } from '../../checkout/checkout-data.js';
import { brokerNotice, platformIdentity, sellerIdentity, withdrawalRights } from '../../checkout/seller-identity.js';
import { clientFor } from '../../config/client-for.js';
import { CenConfigurationError } from '../../config/configuration-error.js';
import { cartStrings } from '../../i18n/cart-strings.js';
import { commonStrings } from '../../i18n/locale.js';
import { orderStrings } from '../../i18n/order-strings.js';
import { sellerStrings } from '../../i18n/seller-strings.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CenElement } from '../../internal/cen-element.js';
import { commerceStyles } from '../../internal/commerce.styles.js';
import { errorKind } from '../../internal/error-kind.js';
import { formatSeoulDateTime, formatSeoulSlot } from '../../internal/seoul-time.js';
import { TokenRecordLoader } from '../../internal/token-record-loader.js';
import styles from './order-status.styles.js';

/** The request a buyer may make for an order: cancel before shipping, withdraw (return) after. */
export type OrderRequestKind = 'cancel' | 'withdrawal';

/** Order states in which the order was placed for good (paid, or waiting for a virtual-account deposit). */
const PLACED = new Set<Order['status']>(['paid', 'awaiting_deposit', 'partially_refunded']);
const CLOSED_SUB_ORDERS = new Set<SubOrder['status']>(['cancel_requested', 'canceled', 'refunded']);

/** Which request the buyer may make now; undefined when none applies (closed, refunded, already requested). */
export function requestKindOf(order: Order): OrderRequestKind | undefined {
  if (order.status === 'canceled' || order.status === 'expired' || order.status === 'refunded') return undefined;
  if (order.subOrders.every((s) => CLOSED_SUB_ORDERS.has(s.status))) return undefined;
  if (order.status === 'pending_payment' || order.status === 'awaiting_deposit') return 'cancel';
  return order.subOrders.some((s) => s.status === 'shipped' || s.status === 'delivered') ? 'withdrawal' : 'cancel';
}

/**
 * @summary The order a buyer placed, reached with its signed token: number, status in words, the
 * lines of each partner with their status and the seller's identity, payment (the virtual account
 * to pay into, or a retry after a decline), receipt, totals and refunds, the broker notice, and a
 * cancellation or return request as easy to make as the order was.
 * @tag cen-order-status
 *
 * @slot - Fallback shown until the element is defined. Never rendered once upgraded.
 *
 * @event {CenOrderLoadEvent} cen-order-load - The order was fetched and rendered (also after a refresh or a request). `detail: { order: Order }`.
 * @event {CenErrorEvent} cen-error - The order could not be loaded, paid again or cancelled. `detail: { error: Error, operation: 'load-order' | 'start-payment' | 'request-cancellation' }`.
 *
 * @csspart base - The order document.
 * @csspart title - The heading.
 * @csspart refresh-button - The "새로 고침" button.
 * @csspart status - The order status in words.
 * @csspart declined - The message after a declined payment, with the retry button.
 * @csspart retry-button - The "다시 결제하기" button.
 * @csspart virtual-account - The account to pay into and its deadline.
 * @csspart sub-order - One partner's part of the order.
 * @csspart sub-order-status - Its status in words.
 * @csspart seller - The seller's identity.
 * @csspart line - One line.
 * @csspart totals - The totals.
 * @csspart refunds - The refunds.
 * @csspart broker-notice - The notice that the mall is an intermediary, not the seller.
 * @csspart request - The cancellation or return request (button and form).
 * @csspart request-button - The button that opens the request form.
 * @csspart withdrawal - Withdrawal rights and their exceptions.
 * @csspart platform - The mall's own identity.
 * @csspart error - The message when the order could not be loaded.
 * @csspart action - The retry button of the error state.
 *
 * @cssproperty [--cen-order-status-max-width=44rem] - Widest the document grows.
 * @cssproperty [--cen-order-status-accent=var(--cen-color-primary)] - Colour of the status and the virtual-account box.
 */
export class CenOrderStatus extends CenElement {
  static override styles = [baseStyles, commerceStyles, styles];

  static override properties: PropertyDeclarations = {
    token: { attribute: 'order' },
    navigate: { attribute: false },
    loaded: { state: true },
    terms: { state: true },
    error: { state: true },
    busy: { state: true },
    announcement: { state: true },
    requestOpen: { state: true },
    requestError: { state: true },
    requestBusy: { state: true },
  };

  /** The signed order token (`ot_…`, attribute `order`); without it, the `cen_order` parameter of the page URL. */
  declare token: string;
  /** Sends the buyer to the payment page for a retry; default `location.assign(url)`. */
  declare navigate: (url: string) => void;

  declare private loaded: Order | undefined;
  declare private terms: CheckoutTerms | undefined;
  declare private error: { error: unknown; operation: 'load-order' | 'start-payment' | 'request-cancellation' } | undefined;
  declare private busy: boolean;
  declare private announcement: string;
  declare private requestOpen: boolean;
  declare private requestError: string;
  declare private requestBusy: boolean;
  #reason = '';
  #detail = '';
  #paymentKey: string | undefined;

  constructor() {
    super();
    this.token = '';
    this.busy = false;
    this.announcement = '';
    this.requestOpen = false;
    this.requestError = '';
    this.requestBusy = false;
    this.navigate = (url) => location.assign(url);
  }

  #loader = new TokenRecordLoader<Order>(this, {
    param: 'cen_order',
    own: () => this.token,
    fetch: (token, signal) => {
      const client = clientFor(this);
      termsFor(client).then(
        (terms) => (this.terms = terms),
        () => undefined, // The order shows without the terms; the notice comes with the next refresh.
      );
      return client.orders.retrieveByToken(token, { signal });
    },
    loaded: (order) => this.#loaded(order),
    failed: (error) => {
      this.error = { error, operation: 'load-order' };
      // A page without configuration says so in place; there is nothing for the host to handle.
      if (!(error instanceof CenConfigurationError)) this.emit('cen-error', { error: error as Error, operation: 'load-order' });
    },
    settled: () => this.loaded !== undefined,
    busy: (busy) => (this.busy = busy),
  });

  /** The token shown: the `order` attribute, else `cen_order` of the page URL. */
  get #token(): string {
    return this.#loader.token;
  }

  /** True when the page is the return from a payment (`cen_order` in the URL, no attribute). */
  get #fromPaymentReturn(): boolean {
    return this.#loader.fromUrl;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('token')) {
      this.loaded = undefined;
      this.refresh();
    }
  }

  /** Fetches the order again (the "새로 고침" button); a changed status is announced. */
  refresh(): void {
    this.error = undefined;
    this.#loader.load();
  }

  #loaded(order: Order): void {
    const before = this.loaded?.status;
    this.loaded = order;
    if (before && before !== order.status) this.announcement = orderStrings[this.locale].statusNow(orderStrings[this.locale].orderStatuses[order.status]);
    if (this.#fromPaymentReturn && PLACED.has(order.status)) this.#removeOrderedLines(order);
    this.updateComplete.then(() => this.emit('cen-order-load', { order }));
  }

  /** After a successful payment return, the ordered lines and bookings leave the cart (once per order). */
  #removeOrderedLines(order: Order): void {
    const flag = `cen:cart-cleared:${order.id}`;
    try {
      if (sessionStorage.getItem(flag)) return;
      sessionStorage.setItem(flag, '1');
    } catch {
      // Without sessionStorage the lines are removed on every visit of the return page.
    }
    try {
      const store = cartStoreFor(this);
      store.remove(...order.subOrders.flatMap((s) => s.lines.map((l) => lineKey(l))));
      const paid = new Set(order.subOrders.flatMap((s) => (s.bookings ?? []).map((b) => b.bookingId)));
      store.removeBooking(...store.bookings.filter((b) => paid.has(b.bookingId)).map((b) => b.bookingToken));
    } catch {
      // No key: no cart to clear.
    }
  }

  async #retryPayment(): Promise<void> {
    const order = this.loaded!;
    if (this.busy) return;
    this.busy = true;
    this.error = undefined;
    this.#paymentKey ??= newIdempotencyKey();
    try {
      const session = await clientFor(this).orders.startPayment(this.#token, { paymentMethod: order.payment.method }, { idempotencyKey: this.#paymentKey });
      this.#paymentKey = undefined;
      if (session.redirectUrl) this.navigate(session.redirectUrl);
    } catch (error) {
      this.error = { error, operation: 'start-payment' };
      this.emit('cen-error', { error: error as Error, operation: 'start-payment' });
    } finally {
      this.busy = false;
    }
  }

  async #openRequest(): Promise<void> {
    this.requestOpen = true;
    this.requestError = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#request-form input')?.focus();
  }

  async #closeRequest(): Promise<void> {
    this.requestOpen = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~=request-button]')?.focus();
  }

  async #sendRequest(event: Event, kind: OrderRequestKind): Promise<void> {
    event.preventDefault();
    const t = orderStrings[this.locale];
    if (this.requestBusy) return;
    if (!this.#reason) {
      this.requestError = t.reasonRequired;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#request-form input')?.focus();
      return;
    }
    const detail = this.#detail.trim();
    this.requestBusy = true;
    this.requestError = '';
    try {
      const order = await clientFor(this).orders.requestCancellation(this.#token, { kind, reason: detail ? `${this.#reason}: ${detail}` : this.#reason });
      this.requestOpen = false;
      this.#reason = '';
      this.#detail = '';
      this.#loaded(order);
      this.announcement = `${t.requested} ${t.statusNow(t.orderStatuses[order.status])}`;
    } catch (error) {
      this.requestError = t.requestFailed;
      this.emit('cen-error', { error: error as Error, operation: 'request-cancellation' });
    } finally {
      this.requestBusy = false;
    }
  }

  #request(order: Order): TemplateResult | string {
    const kind = requestKindOf(order);
    if (!kind) return '';
    const t = orderStrings[this.locale];
    const title = kind === 'cancel' ? t.cancelTitle : t.withdrawalTitle;
    const error = this.requestError;
    return html`<section part="request" class="box request" aria-labelledby="request-title">
      <h3 id="request-title">${title}</h3>
      <p class="muted">${kind === 'cancel' ? t.cancelNote : t.withdrawalNote(this.terms?.withdrawal.days ?? 7)}</p>
      ${this.requestOpen
        ? html`<form id="request-form" class="request-form" novalidate @submit=${(e: Event) => this.#sendRequest(e, kind)}>
            <fieldset aria-describedby=${error ? 'request-error' : nothing}>
              <legend>${t.reason}</legend>
              ${t.reasons.map(
                (reason) => html`<label class="choice"
                  ><input type="radio" name="reason" .value=${reason} .checked=${this.#reason === reason} aria-invalid=${error && !this.#reason ? 'true' : 'false'}
                    @change=${() => {
                      this.#reason = reason;
                      this.requestError = '';
                    }} />
                  <span>${reason}</span></label
                >`,
              )}
            </fieldset>
            <label for="request-detail">${t.reasonDetail} <span class="muted">${t.optional}</span></label>
            <textarea id="request-detail" maxlength="400" .value=${this.#detail} @input=${(e: Event) => (this.#detail = (e.target as HTMLTextAreaElement).value)}></textarea>
            ${error ? html`<p id="request-error" class="problem" role="alert">${error}</p>` : ''}
            <div class="buttons">
              <button type="submit" ?disabled=${this.requestBusy}>${kind === 'cancel' ? t.submitCancel : t.submitWithdrawal}</button>
              <button type="button" class="secondary" @click=${this.#closeRequest}>${t.close}</button>
            </div>
          </form>`
        : html`<button part="request-button" type="button" class="secondary" @click=${this.#openRequest}>${kind === 'cancel' ? t.openCancel : t.openWithdrawal}</button>`}
    </section>`;
  }

  #payment(order: Order): TemplateResult {
    const locale = this.locale;
    const t = orderStrings[locale];
    const c = commonStrings[locale];
    const won = (n: number) => formatKrw(n, locale);
    const p = order.payment;
    const declined = p.status === 'declined' || (this.#fromPaymentReturn && new URL(location.href).searchParams.get('cen_payment') === 'failed' && order.status === 'pending_payment');
    const va = p.virtualAccount;
    const retryFailed = this.error?.operation === 'start-payment';
    return html`${declined
        ? html`<div part="declined" class="error" role="group" aria-labelledby="declined-title">
            <p id="declined-title"><strong>${t.declined}</strong></p>
            ${p.failureMessage ? html`<p>${p.failureMessage}</p>` : ''}
            ${retryFailed ? html`<p class="problem">${c.loadFailed}</p>` : ''}
            ${order.status === 'pending_payment'
              ? html`<button part="retry-button" type="button" ?disabled=${this.busy} @click=${this.#retryPayment}>${t.retryPayment}</button>`
              : ''}
          </div>`
        : ''}
      ${va && (order.status === 'awaiting_deposit' || p.status === 'awaiting_deposit')
        ? html`<section part="virtual-account" class="box accent" aria-labelledby="va-title">
            <h3 id="va-title">${t.virtualAccount}</h3>
            <dl class="amounts">
              <dt>${t.bank}</dt><dd>${va.bank}</dd>
              <dt>${t.accountNumber}</dt><dd class="number">${va.accountNumber}</dd>
              <dt>${t.holder}</dt><dd>${va.holder}</dd>
              <dt>${t.amount}</dt><dd class="total">${won(p.amount)}</dd>
              <dt>${t.dueAt}</dt><dd>${formatSeoulDateTime(va.dueAt, locale)}</dd>
            </dl>
            <p>${t.depositNote(won(p.amount), formatSeoulDateTime(va.dueAt, locale))}</p>
          </section>`
        : ''}
      <section class="section" aria-labelledby="payment-title">
        <h3 id="payment-title">${t.payment}</h3>
        <dl class="amounts">
          <dt>${t.method}</dt><dd>${t.paymentMethods[p.method]}</dd>
          <dt>${t.paymentStatus}</dt><dd>${t.paymentStatuses[p.status]}</dd>
          <dt>${t.amount}</dt><dd>${won(p.amount)}</dd>
          ${p.approvedAt ? html`<dt>${t.approvedAt}</dt><dd>${formatSeoulDateTime(p.approvedAt, locale)}</dd>` : ''}
          ${p.refundedAmount ? html`<dt>${t.refunded}</dt><dd>${won(p.refundedAmount)}</dd>` : ''}
        </dl>
      </section>`;
  }

  #subOrder(sub: SubOrder, index: number): TemplateResult {
    const locale = this.locale;
    const t = orderStrings[locale];
    const c = cartStrings[locale];
    const won = (n: number) => formatKrw(n, locale);
    return html`<section part="sub-order" class="box sub-order" aria-labelledby=${`sub-${index}`}>
      <div class="sub-head">
        <h3 id=${`sub-${index}`}>${sub.seller.name}</h3>
        <span part="sub-order-status" class="badge">${t.subOrderStatuses[sub.status]}</span>
      </div>
      <ul role="list">
        ${(sub.bookings ?? []).map(
          (b) => html`<li part="line" class="line">
            <div>
              <p class="title">${b.title}</p>
              ${b.slotStart ? html`<p class="muted">${formatSeoulSlot(b.slotStart, b.slotEnd, locale)} · ${c.persons(b.partySize)}</p>` : ''}
            </div>
            <strong>${won(b.amount)}</strong>
          </li>`,
        )}
        ${sub.lines.map(
          (line) => html`<li part="line" class="line">
            ${line.image ? html`<img src=${line.image.url} alt="" width="56" height="56" loading="lazy" />` : ''}
            <div>
              <p class="title">${line.title}</p>
              ${line.variantLabel ? html`<p class="muted">${c.option(line.variantLabel)}</p>` : ''}
              <p class="muted">${c.times(won(line.unitPrice), line.quantity)}</p>
            </div>
            <strong>${won(line.lineTotal)}</strong>
          </li>`,
        )}
      </ul>
      <dl class="amounts">
        <dt>${c.subtotal}</dt><dd>${won(sub.subtotal)}</dd>
        <dt>${c.shipping}</dt><dd>${sub.shippingFee ? won(sub.shippingFee) : c.free}</dd>
        ${sub.remoteAreaFee ? html`<dt>${c.remoteAreaFee}</dt><dd>${won(sub.remoteAreaFee)}</dd>` : ''}
        ${sub.refundedAmount ? html`<dt>${t.refunded}</dt><dd>${won(sub.refundedAmount)}</dd>` : ''}
      </dl>
      <h4 class="seller-title">${sellerStrings[locale].seller}</h4>
      ${sellerIdentity(sub.seller, sellerStrings[locale])}
    </section>`;
  }

  protected override render() {
    const locale = this.locale;
    const t = orderStrings[locale];
    const c = commonStrings[locale];
    const order = this.loaded;
    if (!order) {
      const failure = this.error;
      if (!this.#token) return html`<div part="base error" class="error"><p>${t.noOrder}</p></div>`;
      if (failure) {
        const kind = errorKind(failure.error);
        return html`<div part="base error" class="error">
          <p>${kind === 'not-found' ? t.notFound : kind === 'config' ? c.notConfigured : t.loadFailed}</p>
          ${kind === 'network' ? html`<button part="action" type="button" @click=${this.refresh}>${c.retry}</button>` : ''}
        </div>`;
      }
      return html`<div part="base" aria-busy="true"><p class="muted">${t.loading}</p></div>`;
    }
    const won = (n: number) => formatKrw(n, locale);
    const cs = cartStrings[locale];
    const terms = this.terms;
    return html`<article part="base" class="document" aria-labelledby="title" aria-busy=${this.busy ? 'true' : 'false'}>
      <header class="head">
        <h2 part="title" id="title">${t.title}</h2>
        <button part="refresh-button" type="button" class="secondary" ?disabled=${this.busy} @click=${this.refresh}>${t.refresh}</button>
      </header>
      <dl class="amounts facts">
        <dt>${t.number}</dt><dd class="number">${order.number}</dd>
        <dt>${t.orderedAt}</dt><dd>${formatSeoulDateTime(order.createdAt, locale)}</dd>
        <dt>${t.status}</dt><dd><strong part="status" class="status">${t.orderStatuses[order.status]}</strong></dd>
      </dl>
      ${this.error?.operation === 'load-order'
        ? html`<div part="error" class="error"><p>${t.loadFailed}</p><button part="action" type="button" @click=${this.refresh}>${c.retry}</button></div>`
        : ''}
      ${this.#payment(order)}
      ${terms ? brokerNotice(terms) : ''}
      ${order.subOrders.map((sub, i) => this.#subOrder(sub, i))}
      <dl part="totals" class="amounts">
        <dt>${cs.subtotal}</dt><dd>${won(order.subtotal)}</dd>
        <dt>${cs.shippingTotal}</dt><dd>${won(order.shippingTotal)}</dd>
        <dt class="total">${t.orderTotal}</dt><dd class="total">${won(order.total)}</dd>
        ${order.refundedAmount ? html`<dt>${t.refunded}</dt><dd>${won(order.refundedAmount)}</dd>` : ''}
      </dl>
      ${order.refunds.length
        ? html`<section part="refunds" class="section" aria-labelledby="refunds-title">
            <h3 id="refunds-title">${t.refunds}</h3>
            <ul class="bullets">${order.refunds.map((r) => html`<li>${t.refundLine(formatSeoulDateTime(r.createdAt, locale), won(r.amount), r.reason)}</li>`)}</ul>
          </section>`
        : ''}
      ${order.shippingAddress?.road // an order of bookings only ships nothing (empty address)
        ? html`<section class="section" aria-labelledby="delivery-title">
            <h3 id="delivery-title">${t.delivery}</h3>
            <p>${order.shippingAddress.recipient} · ${formatKoreanPhone(order.shippingAddress.phone)}</p>
            <p>(${order.shippingAddress.postalCode}) ${order.shippingAddress.road} ${order.shippingAddress.detail}</p>
            ${order.deliveryNote ? html`<p class="muted">${t.deliveryNote}: ${order.deliveryNote}</p>` : ''}
          </section>`
        : ''}
      <section class="section" aria-labelledby="receipt-title">
        <h3 id="receipt-title">${t.receipt}</h3>
        <p>${order.receipt.type !== 'none' && order.receipt.summary ? order.receipt.summary : t.receiptTypes[order.receipt.type]}</p>
        ${order.businessPurchase ? html`<p>${t.businessPurchase}</p>` : ''}
      </section>
      ${this.#request(order)}
      ${terms ? withdrawalRights(terms, sellerStrings[locale], 'withdrawal-title', order.businessPurchase) : ''}
      ${terms ? platformIdentity(terms.platform, sellerStrings[locale]) : ''}
      <p role="status" class="sr">${this.announcement}</p>
    </article>`;
  }
}
