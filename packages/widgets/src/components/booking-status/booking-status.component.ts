import { cancellationOutcome, formatKrw, type Booking } from '@thecen/schema/browser';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { bookingFacts } from '../../booking/booking-facts.js';
import { cartStoreFor } from '../../cart/cart-store-for.js';
import { openCart } from '../../cart/open-cart.js';
import { clientFor } from '../../config/client-for.js';
import { bookingStrings } from '../../i18n/booking-strings.js';
import { commonStrings, serviceStrings } from '../../i18n/locale.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CenElement } from '../../internal/cen-element.js';
import { commerceStyles } from '../../internal/commerce.styles.js';
import { errorKind } from '../../internal/error-kind.js';
import { formatSeoulDateTime, formatSeoulSlot } from '../../internal/seoul-time.js';
import { TokenRecordLoader } from '../../internal/token-record-loader.js';
import { areaText } from '../service-card/service-format.js';
import styles from './booking-status.styles.js';

/** The action the buyer is taking on the booking, for the form and its errors. */
type BookingAction = 'accept-quote' | 'decline-quote' | 'cancel-booking';

/** Statuses a buyer may still cancel (before the service starts). */
const CANCELLABLE = new Set<Booking['status']>(['inquiry', 'quoted', 'held', 'pending_payment', 'confirmed']);
/** Statuses that wait for payment of a chosen slot. */
const UNPAID = new Set<Booking['status']>(['held', 'pending_payment']);

/** Whether the service has started (the `started` event): no cancellation after it. */
function hasStarted(booking: Booking): boolean {
  return booking.events.some((e) => e.type === 'started');
}

/**
 * @summary A service booking as the buyer sees it with the signed link: status in words with
 * what it means now, the service, time and place in Asia/Seoul, party size and amount; for a quote
 * the partner's price and proposed times to choose from (then paid through the cart) or decline;
 * cancellation within the policy, showing the refund and fee before the buyer confirms (the server
 * decides); and the history of the booking.
 * @tag cen-booking-status
 *
 * @slot - Fallback shown until the element is defined. Never rendered once upgraded.
 *
 * @event {CenBookingLoadEvent} cen-booking-load - The booking was fetched and rendered (also after a refresh or an action). `detail: { booking: CenBookingFacts }`.
 * @event {CenBookingCancelledEvent} cen-booking-cancelled - The buyer cancelled the booking or declined the quote. `detail: { booking: CenBookingFacts }`.
 * @event {CenErrorEvent} cen-error - The booking could not be loaded, or an action failed. `detail: { error: Error, operation: 'load-booking' | 'accept-quote' | 'decline-quote' | 'cancel-booking' }`.
 *
 * @csspart base - The booking document.
 * @csspart title - The heading.
 * @csspart refresh-button - The "새로 고침" button.
 * @csspart status - The status in words.
 * @csspart status-note - What the status means now (e.g. pay by when).
 * @csspart details - Service, partner, time, place, party size and amount.
 * @csspart pay-button - The "결제하기" button of an unpaid booking (puts it into the cart and opens it).
 * @csspart quote - The partner's quote with the proposed times.
 * @csspart slot - One proposed time (a radio button's label).
 * @csspart accept-button - The button that books the chosen time.
 * @csspart decline-button - The button that opens the decline form.
 * @csspart cancel - The cancellation box (button, refund preview and form).
 * @csspart cancel-button - The button that opens the cancellation form.
 * @csspart refund-preview - The refund and fee a cancellation now would give.
 * @csspart confirm-button - The button that sends the cancellation or the decline.
 * @csspart cancellation - The cancellation as the server recorded it (refund and fee).
 * @csspart history - The booking's history.
 * @csspart announcement - The visually hidden live region.
 * @csspart error - The message when the booking could not be loaded or an action failed.
 * @csspart action - The retry button of the error state.
 *
 * @cssproperty [--cen-booking-status-max-width=44rem] - Widest the document grows.
 * @cssproperty [--cen-booking-status-accent=var(--cen-color-primary)] - Colour of the status and the quote box.
 */
export class CenBookingStatus extends CenElement {
  static override styles = [baseStyles, commerceStyles, styles];

  static override properties: PropertyDeclarations = {
    token: {},
    now: { attribute: false },
    loaded: { state: true },
    error: { state: true },
    busy: { state: true },
    announcement: { state: true },
    form: { state: true },
    chosenSlot: { state: true },
    formError: { state: true },
  };

  /** The signed booking token (`bt_…`, attribute `token`); without it, the `cen_booking` parameter of the page URL. */
  declare token: string;
  /** The clock of the refund preview and the hold's end; default the real time. Replace it in tests. */
  declare now: () => Date;

  declare private loaded: Booking | undefined;
  declare private error: { error: unknown; operation: 'load-booking' | BookingAction } | undefined;
  declare private busy: boolean;
  declare private announcement: string;
  declare private form: 'decline' | 'cancel' | undefined;
  declare private chosenSlot: string;
  declare private formError: string;
  #reason = '';

  constructor() {
    super();
    this.token = '';
    this.now = () => new Date();
    this.busy = false;
    this.announcement = '';
    this.chosenSlot = '';
    this.formError = '';
  }

  #loader = new TokenRecordLoader<Booking>(this, {
    param: 'cen_booking',
    own: () => this.token,
    fetch: (token, signal) => clientFor(this).bookings.retrieveByToken(token, { signal }),
    loaded: (booking) => this.#loaded(booking),
    failed: (error) => {
      this.error = { error, operation: 'load-booking' };
      this.emit('cen-error', { error: error as Error, operation: 'load-booking' });
    },
    settled: () => this.loaded !== undefined,
    busy: (busy) => (this.busy = busy),
  });

  /** The token shown: the `token` attribute, else `cen_booking` of the page URL. */
  get #token(): string {
    return this.#loader.token;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('token')) {
      this.loaded = undefined;
      this.refresh();
    }
  }

  /** Fetches the booking again (the "새로 고침" button); a changed status is announced. */
  refresh(): void {
    this.error = undefined;
    this.#loader.load();
  }

  #loaded(booking: Booking): void {
    const t = bookingStrings[this.locale];
    const before = this.loaded?.status;
    this.loaded = booking;
    if (before && before !== booking.status) this.announcement = t.statusNow(t.statuses[booking.status]);
    if (!this.chosenSlot || !booking.quote?.proposedSlots.includes(this.chosenSlot)) this.chosenSlot = booking.quote?.proposedSlots[0] ?? '';
    this.updateComplete.then(() => this.emit('cen-booking-load', { booking: bookingFacts(booking) }));
  }

  /** Puts an unpaid booking into the cart and opens it: it is paid with the cart's checkout. */
  async #pay(opener: HTMLElement | undefined): Promise<void> {
    const b = this.loaded!;
    const t = bookingStrings[this.locale];
    const added = cartStoreFor(this).addBooking({
      bookingToken: this.#token,
      bookingId: b.id,
      serviceId: b.serviceId,
      serviceTitle: b.serviceTitle,
      partnerName: b.partnerName,
      slotStart: b.slotStart!,
      slotEnd: b.slotEnd,
      partySize: b.partySize,
      amount: b.amount,
      holdExpiresAt: b.holdExpiresAt,
      visit: b.area !== null,
    });
    this.announcement = added ? t.inCart : t.cartFull;
    if (added) await openCart(this, opener);
  }

  async #accept(event: Event): Promise<void> {
    const opener = event.currentTarget as HTMLElement;
    if (this.busy || !this.chosenSlot) return;
    await this.#act('accept-quote', (client, token) => client.bookings.acceptQuote(token, { slotStart: this.chosenSlot }));
    if (this.loaded && UNPAID.has(this.loaded.status)) await this.#pay(opener);
  }

  async #sendForm(event: Event): Promise<void> {
    event.preventDefault();
    const t = bookingStrings[this.locale];
    const kind = this.form;
    if (!kind || this.busy) return;
    const reason = this.#reason.trim();
    if (!reason) {
      this.formError = t.errors.reason;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#reason')?.focus();
      return;
    }
    const ok = await this.#act(kind === 'cancel' ? 'cancel-booking' : 'decline-quote', (client, token) =>
      kind === 'cancel' ? client.bookings.cancel(token, { reason }) : client.bookings.declineQuote(token, { reason }),
    );
    if (!ok) return;
    this.form = undefined;
    this.#reason = '';
    try {
      cartStoreFor(this).removeBooking(this.#token);
    } catch {
      // No key: no cart.
    }
    this.emit('cen-booking-cancelled', { booking: bookingFacts(this.loaded!) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~=status]')?.focus();
  }

  /** Runs an action on the booking; the answer replaces the booking shown. */
  async #act(operation: BookingAction, action: (client: ReturnType<typeof clientFor>, token: string) => Promise<Booking>): Promise<boolean> {
    this.#loader.cancel();
    this.busy = true;
    this.error = undefined;
    this.formError = '';
    try {
      this.#loaded(await action(clientFor(this), this.#token));
      return true;
    } catch (error) {
      this.error = { error, operation };
      this.emit('cen-error', { error: error as Error, operation });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~=error]')?.focus();
      return false;
    } finally {
      this.busy = false;
    }
  }

  async #openForm(form: 'decline' | 'cancel'): Promise<void> {
    this.form = form;
    this.formError = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#reason')?.focus();
  }

  async #closeForm(): Promise<void> {
    const form = this.form;
    this.form = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(form === 'cancel' ? '[part~=cancel-button]' : '[part~=decline-button]')?.focus();
  }

  #reasonForm(kind: 'decline' | 'cancel'): TemplateResult {
    const t = bookingStrings[this.locale];
    const error = this.formError;
    return html`<form class="reason-form" novalidate @submit=${this.#sendForm}>
      <label for="reason">${t.reason}</label>
      <textarea id="reason" maxlength="500" .value=${this.#reason} aria-required="true" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'reason-error' : nothing}
        @input=${(e: Event) => (this.#reason = (e.target as HTMLTextAreaElement).value)}></textarea>
      ${error ? html`<p id="reason-error" class="problem" role="alert">${error}</p>` : ''}
      <div class="buttons">
        <button part="confirm-button" type="submit" ?disabled=${this.busy}>${kind === 'cancel' ? t.confirmCancel : t.confirmDecline}</button>
        <button type="button" class="secondary" @click=${this.#closeForm}>${t.close}</button>
      </div>
    </form>`;
  }

  #quote(b: Booking): TemplateResult | string {
    const quote = b.quote;
    if (!quote || b.status !== 'quoted') return '';
    const locale = this.locale;
    const t = bookingStrings[locale];
    return html`<section part="quote" class="box accent section" aria-labelledby="quote-title">
      <h3 id="quote-title">${t.quoteTitle}</h3>
      <dl class="amounts">
        <dt>${t.quoteAmount}</dt><dd class="total">${formatKrw(quote.amount, locale)}</dd>
        <dt>${t.validUntil}</dt><dd>${formatSeoulDateTime(quote.validUntil, locale)}</dd>
      </dl>
      ${quote.message ? html`<p><span class="muted">${t.quoteMessage}:</span> ${quote.message}</p>` : ''}
      <fieldset class="slots">
        <legend>${t.proposedSlots}</legend>
        ${quote.proposedSlots.map(
          (start) => html`<label part="slot" class="choice">
            <input type="radio" name="slot" .value=${start} .checked=${start === this.chosenSlot} @change=${() => (this.chosenSlot = start)} />
            <span>${formatSeoulSlot(start, null, locale)}</span>
          </label>`,
        )}
      </fieldset>
      <div class="buttons">
        <button part="accept-button" type="button" ?disabled=${this.busy || !this.chosenSlot} @click=${this.#accept}>${this.busy ? t.accepting : t.accept}</button>
        ${this.form === 'decline' ? '' : html`<button part="decline-button" type="button" class="secondary" @click=${() => this.#openForm('decline')}>${t.decline}</button>`}
      </div>
      ${this.form === 'decline' ? html`<h4>${t.declineTitle}</h4>${this.#reasonForm('decline')}` : ''}
    </section>`;
  }

  #cancel(b: Booking): TemplateResult | string {
    if (b.status === 'quoted' || !CANCELLABLE.has(b.status)) return '';
    const locale = this.locale;
    const t = bookingStrings[locale];
    if (hasStarted(b)) return html`<section part="cancel" class="box section"><p>${t.notCancellable}</p></section>`;
    const won = (n: number) => formatKrw(n, locale);
    const paid = b.status === 'confirmed' && b.amount !== null && b.slotStart !== null;
    let preview = t.cancelUnpaid;
    if (paid) {
      const outcome = cancellationOutcome({ policy: b.cancellationPolicy, amountPaid: b.amount!, slotStart: new Date(b.slotStart!), now: this.now(), by: 'buyer' });
      preview = t.cancelPreview(won(outcome.refundAmount), won(outcome.feeAmount), outcome.free);
    }
    return html`<section part="cancel" class="box section" aria-labelledby="cancel-title">
      <h3 id="cancel-title">${t.cancelTitle}</h3>
      <p class="muted">${t.policyText(b.cancellationPolicy)}</p>
      ${this.form === 'cancel'
        ? html`<p part="refund-preview" class="preview">${preview}</p>
            ${paid ? html`<p class="muted">${t.cancelServerDecides}</p>` : ''}
            ${this.#reasonForm('cancel')}`
        : html`<button part="cancel-button" type="button" class="secondary" @click=${() => this.#openForm('cancel')}>${t.openCancel}</button>`}
    </section>`;
  }

  #cancellation(b: Booking): TemplateResult | string {
    const c = b.cancellation;
    if (!c) return '';
    const locale = this.locale;
    const t = bookingStrings[locale];
    return html`<section part="cancellation" class="section" aria-labelledby="cancellation-title">
      <h3 id="cancellation-title">${t.cancellation}</h3>
      <p>${t.cancelledBy[c.by]} · ${formatSeoulDateTime(c.at, locale)}</p>
      ${c.reason ? html`<p class="muted">${t.reason}: ${c.reason}</p>` : ''}
      <dl class="amounts">
        <dt>${t.refund}</dt><dd class="total">${formatKrw(c.refundAmount, locale)}</dd>
        <dt>${t.fee}</dt><dd>${formatKrw(c.feeAmount, locale)}</dd>
      </dl>
    </section>`;
  }

  protected override render() {
    const locale = this.locale;
    const t = bookingStrings[locale];
    const c = commonStrings[locale];
    const b = this.loaded;
    if (!b) {
      const failure = this.error;
      if (!this.#token) return html`<div part="base error" class="error"><p>${t.noBooking}</p></div>`;
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
    const until = b.holdExpiresAt && UNPAID.has(b.status) ? formatSeoulDateTime(b.holdExpiresAt, locale) : '';
    const expired = !!b.holdExpiresAt && Date.parse(b.holdExpiresAt) <= this.now().getTime();
    const s = serviceStrings[locale];
    const place = [b.area && areaText(b.area, s), b.address].filter(Boolean).join(' · ');
    return html`<article part="base" class="document" aria-labelledby="title" aria-busy=${this.busy ? 'true' : 'false'}>
      <header class="head">
        <h2 part="title" id="title">${t.title}</h2>
        <button part="refresh-button" type="button" class="secondary" ?disabled=${this.busy} @click=${this.refresh}>${t.refresh}</button>
      </header>
      <dl class="amounts facts">
        <dt>${t.number}</dt><dd class="number">${b.number}</dd>
        <dt>${t.status}</dt><dd><strong part="status" class="status" tabindex="-1">${t.statuses[b.status]}</strong></dd>
      </dl>
      <p part="status-note">${t.statusNote(b.status, until)}</p>
      ${this.error && this.error.operation !== 'load-booking'
        ? html`<div part="error" class="error" tabindex="-1" role="alert"><p>${errorKind(this.error.error) === 'config' ? c.notConfigured : t.actionFailed}</p></div>`
        : this.error
          ? html`<div part="error" class="error"><p>${t.loadFailed}</p><button part="action" type="button" @click=${this.refresh}>${c.retry}</button></div>`
          : ''}
      ${UNPAID.has(b.status) && !expired && b.slotStart
        ? html`<button part="pay-button" type="button" class="pay" @click=${(e: Event) => this.#pay(e.currentTarget as HTMLElement)}>${t.payNow}</button>`
        : ''}
      <dl part="details" class="amounts details">
        <dt>${t.service}</dt><dd>${b.serviceTitle}</dd>
        <dt>${t.partner}</dt><dd>${b.partnerName}</dd>
        ${b.slotStart ? html`<dt>${t.when}</dt><dd>${formatSeoulSlot(b.slotStart, b.slotEnd, locale)}</dd>` : ''}
        ${place ? html`<dt>${t.place}</dt><dd>${place}</dd>` : ''}
        <dt>${t.people}</dt><dd>${t.persons(b.partySize)}</dd>
        ${b.amount !== null ? html`<dt>${t.amount}</dt><dd class="total">${won(b.amount)}</dd>` : ''}
      </dl>
      ${this.#quote(b)} ${this.#cancel(b)} ${this.#cancellation(b)}
      <section part="history" class="section" aria-labelledby="history-title">
        <h3 id="history-title">${t.history}</h3>
        <ol class="history">
          ${b.events.map(
            (e) => html`<li>
              <time datetime=${e.at}>${formatSeoulDateTime(e.at, locale)}</time>
              <span>${t.eventTypes[e.type]} <span class="muted">(${t.by[e.by]})</span></span>
              ${e.note ? html`<span class="muted">${e.note}</span>` : ''}
            </li>`,
          )}
        </ol>
      </section>
      <p part="announcement" role="status" class="sr">${this.announcement}</p>
    </article>`;
  }
}
