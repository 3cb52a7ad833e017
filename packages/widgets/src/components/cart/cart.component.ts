import { formatKrw, type CartProblem, type CartQuote, type PartnerShippingGroup, type QuotedLine } from '@thecen/schema/browser';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { bookingLine, bookingLineStyles, bookingViews, type BookingView } from '../../cart/booking-line.js';
import { lineKey, type CartBooking, type CartLine } from '../../cart/cart-store.js';
import { isBlocking, problemFix } from '../../cart/line-problems.js';
import { quantityStepper, stepperStyles } from '../../cart/quantity-stepper.js';
import { QuoteController } from '../../cart/quote-controller.js';
import type { AddressSearch } from '../../config/page-config.js';
import { cartStrings } from '../../i18n/cart-strings.js';
import { commonStrings } from '../../i18n/locale.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CenElement } from '../../internal/cen-element.js';
import { commerceStyles } from '../../internal/commerce.styles.js';
import { errorKind } from '../../internal/error-kind.js';
import { deepActiveElement, focusableElements } from '../../internal/focusable.js';
import styles from './cart.styles.js';

/** What a line of the cart shows: the cart's line, its quote and its problem. */
interface LineView {
  line: CartLine;
  key: string;
  quoted: QuotedLine | undefined;
  problem: CartProblem | undefined;
}

/**
 * @summary The cart as a modal drawer (a native `<dialog>`: focus stays inside, Escape closes,
 * focus returns to the opener): held service bookings with their slot and the hold's end, lines
 * grouped by partner with each partner's shipping and free-shipping progress, quantities, problems
 * in words with a fix, totals priced by the server, and "주문하기", which opens checkout in the same
 * dialog (loaded then).
 * @tag cen-cart
 *
 * @slot - Not rendered.
 *
 * @event {CenCartOpenEvent} cen-cart-open - The dialog opened. `detail: { count: number }`.
 * @event {CenCartCloseEvent} cen-cart-close - The dialog closed. `detail: { count: number }`.
 * @event {CenCartChangeEvent} cen-cart-change - The buyer changed a quantity, removed a line or a booking. `detail: { count: number, lines: CartLine[] }`.
 * @event {CenErrorEvent} cen-error - The cart could not be priced. `detail: { error: Error, operation: 'quote' }`.
 * @event {CenCheckoutSubmitEvent} cen-checkout-submit - From the checkout step (see `<cen-checkout>`). `detail: { lines: CartLine[], paymentMethod: PaymentMethod, total: number }`.
 * @event {CenOrderCreatedEvent} cen-order-created - From the checkout step (see `<cen-checkout>`). `detail: { orderId: string, number: string, total: number }`.
 *
 * @csspart dialog - The `<dialog>` element.
 * @csspart base - The panel inside the dialog.
 * @csspart header - The title row.
 * @csspart title - The dialog title ("장바구니", then "주문/결제").
 * @csspart close-button - The close button.
 * @csspart empty - The empty-cart message.
 * @csspart partner - One partner's group of lines.
 * @csspart bookings - The held service bookings.
 * @csspart booking - One booking: service, partner, slot, party size, the hold's end, amount.
 * @csspart hold - A booking's hold end ("…까지 결제하면 예약이 확정됩니다").
 * @csspart line - One line.
 * @csspart line-image - A line's product image.
 * @csspart line-title - A line's product title.
 * @csspart stepper - A line's quantity stepper.
 * @csspart remove-button - A line's or booking's remove button.
 * @csspart problem - A line's or booking's problem in words (품절, 가격 변경, 예약 시간 만료, …).
 * @csspart fix-button - The fix of a problem (삭제, N개로 줄이기).
 * @csspart shipping - A partner's shipping fee and free-shipping progress.
 * @csspart totals - The totals.
 * @csspart checkout-button - The "주문하기" button.
 * @csspart back-button - The "장바구니로 돌아가기" button of the checkout step.
 * @csspart checkout - The `<cen-checkout>` of the checkout step.
 * @csspart error - The message when the cart could not be priced.
 * @csspart action - The retry button of the error state.
 *
 * @cssproperty [--cen-cart-width=28rem] - Width of the drawer (the whole screen on narrow ones).
 * @cssproperty [--cen-cart-background=var(--cen-color-surface)] - Background of the drawer.
 * @cssproperty [--cen-cart-backdrop=rgb(0 0 0 / .45)] - Colour over the page behind the drawer.
 */
export class CenCart extends CenElement {
  static override styles = [baseStyles, commerceStyles, stepperStyles, bookingLineStyles, styles];

  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    returnUrl: { attribute: 'return-url' },
    addressSearch: { attribute: false },
    step: { state: true },
    announcement: { state: true },
  };

  /** Whether the drawer is open; set it (or call `show()`) to open, clear it (or call `close()`) to close. */
  declare open: boolean;
  /**
   * Page the buyer returns to after paying, passed to the checkout step's `return-url` (attribute
   * `return-url`; relative URLs resolve against this page, e.g. `order.html` holding a
   * `<cen-order-status>`); default: this page.
   */
  declare returnUrl: string | undefined;
  /** Passed to the checkout step's `addressSearch` (a postcode search such as Kakao's); see `<cen-checkout>`. */
  declare addressSearch: AddressSearch | undefined;

  declare private step: 'cart' | 'checkout';
  declare private announcement: string;
  #opener: HTMLElement | undefined;

  #quotes = new QuoteController(
    this,
    {
      quoted: (quote) => {
        if (this.#announceNext) this.announcement = cartStrings[this.locale].updated(formatKrw(quote.total, this.locale));
        this.#announceNext = false;
      },
      failed: (error) => this.emit('cen-error', { error: error as Error, operation: 'quote' }),
    },
    false, // quotes only while open
  );
  #announceNext = false;

  constructor() {
    super();
    this.open = false;
    this.step = 'cart';
    this.announcement = '';
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the drawer; focus returns to `opener` (default: the element focused now) when it closes. */
  show(opener?: HTMLElement): void {
    this.#opener = opener ?? (deepActiveElement() as HTMLElement | undefined);
    this.open = true;
  }

  /** Closes the drawer. */
  close(): void {
    this.open = false;
  }

  protected override willUpdate(): void {
    // Quote only while open; the checkout step quotes the cart itself.
    this.#quotes.active = this.open && this.step === 'cart';
  }

  protected override updated(): void {
    const dialog = this.#dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      this.#opener ??= deepActiveElement() as HTMLElement | undefined;
      dialog.showModal();
      this.emit('cen-cart-open', { count: this.#lines.length + this.#bookings.length });
    } else if (!this.open && dialog.open) dialog.close();
  }

  /**
   * Tab from the last control goes to the first, Shift+Tab from the first to the last: the
   * page behind is inert, and focus must not leave for the browser's own controls either.
   */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const controls = focusableElements(this.#dialog!);
    const active = deepActiveElement();
    const target = event.shiftKey ? (active === controls[0] ? controls.at(-1) : undefined) : active === controls.at(-1) ? controls[0] : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }

  /** After the dialog closed (close button, Escape, `close()`): focus back to the opener. */
  #onClose(): void {
    this.open = false;
    this.announcement = '';
    const opener = this.#opener;
    this.#opener = undefined;
    if (opener?.isConnected) opener.focus();
    this.emit('cen-cart-close', { count: this.#lines.length + this.#bookings.length });
  }

  get #lines(): readonly CartLine[] {
    try {
      return this.#quotes.store.lines;
    } catch {
      return [];
    }
  }

  get #bookings(): readonly CartBooking[] {
    try {
      return this.#quotes.store.bookings;
    } catch {
      return [];
    }
  }

  #removeBooking(view: BookingView): void {
    const title = view.quoted?.title ?? view.booking.serviceTitle;
    this.#quotes.store.removeBooking(view.booking.bookingToken);
    this.#changed(false);
    this.announcement = cartStrings[this.locale].removed(title);
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#title')?.focus());
  }

  #changed(announce = true): void {
    const store = this.#quotes.store;
    this.#announceNext = announce;
    this.emit('cen-cart-change', { count: store.count, lines: store.lines });
  }

  #setQuantity(key: string, quantity: number): void {
    this.#quotes.store.setQuantity(key, quantity);
    this.#changed();
  }

  #remove(view: LineView, title: string): void {
    this.#quotes.store.remove(view.key);
    this.#changed(false);
    this.announcement = cartStrings[this.locale].removed(title);
    // The removed line's buttons are gone: keep focus inside the dialog, on the title.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#title')?.focus());
  }

  async #toCheckout(): Promise<void> {
    await import('../checkout/checkout.js');
    this.step = 'checkout';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  async #toCart(): Promise<void> {
    this.step = 'cart';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  /** Every line with its quote and problem, matched by product and option. */
  #views(quote: CartQuote | undefined): LineView[] {
    return this.#lines.map((line) => {
      const key = lineKey(line);
      return {
        line,
        key,
        quoted: quote?.lines.find((q) => lineKey(q) === key),
        problem: quote?.problems.find((p) => lineKey(p) === key && isBlocking(p)) ?? quote?.problems.find((p) => lineKey(p) === key),
      };
    });
  }

  #lineItem(view: LineView): TemplateResult {
    const locale = this.locale;
    const t = cartStrings[locale];
    const { quoted, problem, line, key } = view;
    const title = quoted?.title ?? (problem ? t.unknownProduct : t.pending);
    const won = (n: number) => formatKrw(n, locale);
    const max = quoted?.available ?? undefined;
    return html`<li part="line" class="line">
      ${quoted?.image ? html`<img part="line-image" src=${quoted.image.url} alt="" width="64" height="64" loading="lazy" />` : html`<span class="thumb"></span>`}
      <div class="info">
        <p part="line-title" class="title">${title}</p>
        ${quoted?.variantLabel ? html`<p class="muted">${t.option(quoted.variantLabel)}</p>` : ''}
        ${quoted
          ? html`<p class="muted">
              ${quoted.listUnitPrice && quoted.listUnitPrice > quoted.unitPrice ? html`<s><span class="sr">${t.listPrice}</span>${won(quoted.listUnitPrice)}</s> ` : ''}${t.each(won(quoted.unitPrice))}
            </p>`
          : ''}
        ${problem
          ? html`<p part="problem" class="problem" id=${`problem-${key}`}>${t.problem(problem, won)}</p>
              ${problemFix(problem, t, title, { remove: () => this.#remove(view, title), setQuantity: (n) => this.#setQuantity(key, n) })}`
          : ''}
      </div>
      <div class="controls">
        ${quoted || !problem
          ? quantityStepper({
              value: line.quantity,
              ...(max != null && max > 0 && { max: Math.max(max, line.quantity) }),
              label: t.quantityOf(title),
              decrease: t.decreaseOf(title),
              increase: t.increaseOf(title),
              onChange: (n) => this.#setQuantity(key, n),
            })
          : ''}
        ${quoted?.orderable ? html`<strong class="amount">${won(quoted.lineTotal)}</strong>` : ''}
        <button part="remove-button" type="button" class="link" aria-label=${t.removeLine(title)} @click=${() => this.#remove(view, title)}>${t.remove}</button>
      </div>
    </li>`;
  }

  #shipping(group: PartnerShippingGroup): TemplateResult {
    const locale = this.locale;
    const t = cartStrings[locale];
    const won = (n: number) => formatKrw(n, locale);
    const threshold = group.freeShippingThreshold;
    const toFree = group.amountToFreeShipping;
    return html`<div part="shipping" class="shipping">
      <dl class="amounts">
        <dt>${t.shipping}</dt>
        <dd>${group.shippingFee ? won(group.shippingFee) : t.free}</dd>
        ${group.remoteAreaFee ? html`<dt>${t.remoteAreaFee}</dt><dd>${won(group.remoteAreaFee)}</dd>` : ''}
      </dl>
      ${threshold && toFree !== null
        ? html`<p class=${toFree ? '' : 'muted'}>${toFree ? t.toFreeShipping(won(toFree)) : t.freeShipping} <span class="muted">(${t.freeOver(won(threshold))})</span></p>
            <progress max=${threshold} .value=${Math.min(threshold, group.subtotal)} aria-label=${t.freeShippingProgress(group.partnerName)}></progress>`
        : ''}
    </div>`;
  }

  #cartStep(): TemplateResult {
    const locale = this.locale;
    const t = cartStrings[locale];
    const quotes = this.#quotes;
    const { quote, error } = quotes;
    const views = this.#views(quote);
    const bookings = bookingViews(this.#bookings, quote);
    if (!views.length && !bookings.length) return html`<p part="empty" class="empty">${t.empty}</p>`;
    const won = (n: number) => formatKrw(n, locale);
    const grouped = new Set<string>();
    const groups = (quote?.groups ?? []).map((group) => {
      const keys = new Set(group.lineIndexes.map((i) => quote!.lines.find((l) => l.lineIndex === i)).filter((l) => !!l).map((l) => lineKey(l)));
      const members = views.filter((v) => keys.has(v.key) && v.quoted?.orderable);
      members.forEach((v) => grouped.add(v.key));
      return { group, members };
    });
    const rest = views.filter((v) => !grouped.has(v.key));
    const unavailable = rest.filter((v) => v.problem && isBlocking(v.problem));
    const pending = rest.filter((v) => !unavailable.includes(v));
    const blocked = unavailable.length > 0 || !!quote?.problems.some(isBlocking);
    const canOrder = quotes.current && !blocked && !!quote?.groups.length;
    return html`<div class="content" aria-busy=${quotes.busy ? 'true' : 'false'}>
        ${error && !quote
          ? html`<div part="error" class="error">
              <p>${errorKind(error) === 'config' ? commonStrings[locale].notConfigured : t.quoteFailed}</p>
              ${errorKind(error) === 'config' ? '' : html`<button part="action" type="button" @click=${() => quotes.refresh()}>${commonStrings[locale].retry}</button>`}
            </div>`
          : ''}
        ${bookings.length
          ? html`<section part="bookings" class="group" aria-labelledby="bookings-title">
              <h3 id="bookings-title">${t.bookings}</h3>
              <ul role="list">${bookings.map((v) => bookingLine(v, locale, t, () => this.#removeBooking(v)))}</ul>
            </section>`
          : ''}
        ${groups.filter(({ members }) => members.length).map(
          ({ group, members }, i) => html`<section part="partner" class="group" aria-labelledby=${`partner-${i}`}>
            <h3 id=${`partner-${i}`}>${group.partnerName}</h3>
            <ul role="list">${members.map((v) => this.#lineItem(v))}</ul>
            ${this.#shipping(group)}
          </section>`,
        )}
        ${pending.length ? html`<ul role="list" class="group" aria-label=${t.pending}>${pending.map((v) => this.#lineItem(v))}</ul>` : ''}
        ${unavailable.length
          ? html`<section part="partner" class="group unavailable" aria-labelledby="unavailable">
              <h3 id="unavailable">${t.unavailable}</h3>
              <ul role="list">${unavailable.map((v) => this.#lineItem(v))}</ul>
            </section>`
          : ''}
      </div>
      <footer class="footer">
        ${quote
          ? html`<dl part="totals" class="amounts">
              <dt>${t.subtotal}</dt><dd>${won(quote.subtotal)}</dd>
              <dt>${t.shippingTotal}</dt><dd>${won(quote.shippingTotal)}</dd>
              <dt class="total">${t.total}</dt><dd class="total">${won(quote.total)}</dd>
            </dl>`
          : html`<p class="muted">${quotes.busy ? t.loading : ''}</p>`}
        ${blocked ? html`<p id="blocked" class="problem">${t.blocked}</p>` : ''}
        <button part="checkout-button" type="button" class="primary" ?disabled=${!canOrder} aria-describedby=${blocked ? 'blocked' : nothing} @click=${this.#toCheckout}>${t.checkout}</button>
      </footer>`;
  }

  protected override render() {
    const t = cartStrings[this.locale];
    const checkout = this.step === 'checkout';
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onClose} @keydown=${this.#onKeydown} @click=${(e: MouseEvent) => e.target === e.currentTarget && this.close()}>
      <div part="base" class="panel">
        <header part="header" class="header">
          ${checkout ? html`<button part="back-button" type="button" class="link" @click=${this.#toCart}>${t.back}</button>` : ''}
          <h2 part="title" id="title" tabindex="-1">${checkout ? t.checkoutTitle : t.title}</h2>
          <button part="close-button" type="button" class="close secondary" aria-label=${t.close} @click=${this.close}>×</button>
        </header>
        ${this.open
          ? checkout
            ? html`<div class="content"><cen-checkout part="checkout" embedded .returnUrl=${this.returnUrl} .addressSearch=${this.addressSearch}></cen-checkout></div>`
            : this.#cartStep()
          : ''}
        <p role="status" class="sr">${this.announcement}</p>
      </div>
    </dialog>`;
  }
}
