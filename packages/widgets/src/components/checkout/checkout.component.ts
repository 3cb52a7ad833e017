import {
  formatKrw,
  isValidBusinessNumber,
  isValidKoreanPhone,
  normalizeBusinessNumber,
  normalizePhone,
  type CheckoutTerms,
  type CreateOrderRequest,
  type Partner,
  type PartnerShippingGroup,
  type PaymentMethod,
  type QuotedLine,
  type ReceiptRequest,
} from '@thecen/schema/browser';
import { CenCartChangedError, CenConflictError, CenInvalidRequestError } from '@thecen/sdk/core';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { bookingLine, bookingLineStyles, bookingViews } from '../../cart/booking-line.js';
import { lineKey } from '../../cart/cart-store.js';
import { isBlocking, problemFix } from '../../cart/line-problems.js';
import { QuoteController } from '../../cart/quote-controller.js';
import { attemptKey, forgetAttempt } from '../../checkout/checkout-attempt.js';
import { consentId, consentList, consentStyles } from '../../checkout/consent-list.js';
import { partnerFor, termsFor } from '../../checkout/checkout-data.js';
import { brokerNotice, platformIdentity, sellerFromPartner, sellerIdentity, withdrawalRights } from '../../checkout/seller-identity.js';
import { clientFor } from '../../config/client-for.js';
import { elementConfig, pageConfig, type AddressSearch } from '../../config/page-config.js';
import { referralFor } from '../../referral/element-referral.js';
import { cartStrings } from '../../i18n/cart-strings.js';
import { checkoutStrings } from '../../i18n/checkout-strings.js';
import { commonStrings } from '../../i18n/locale.js';
import { sellerStrings } from '../../i18n/seller-strings.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CenElement } from '../../internal/cen-element.js';
import { commerceStyles } from '../../internal/commerce.styles.js';
import { EMAIL_PATTERN } from '../../internal/email-pattern.js';
import { errorKind } from '../../internal/error-kind.js';
import styles from './checkout.styles.js';

/** Text fields of the form, by element id. */
const TEXT_FIELDS = [
  'buyer-name',
  'buyer-phone',
  'buyer-email',
  'recipient',
  'recipient-phone',
  'postal-code',
  'road',
  'detail',
  'delivery-note',
  'cash-identifier',
  'business-number',
  'company-name',
  'representative',
  'invoice-email',
  'business-type',
  'business-item',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** Where the server reports a field (`body.` + path) → the field's id. */
const FIELD_OF_PATH: Record<string, TextField> = {
  'buyer.name': 'buyer-name',
  'buyer.phone': 'buyer-phone',
  'buyer.email': 'buyer-email',
  'shippingAddress.recipient': 'recipient',
  'shippingAddress.phone': 'recipient-phone',
  'shippingAddress.postalCode': 'postal-code',
  'shippingAddress.road': 'road',
  'shippingAddress.detail': 'detail',
  deliveryNote: 'delivery-note',
  'receipt.identifier': 'cash-identifier',
  'receipt.businessNumber': 'business-number',
  'receipt.companyName': 'company-name',
  'receipt.representative': 'representative',
  'receipt.email': 'invoice-email',
  'receipt.businessType': 'business-type',
  'receipt.businessItem': 'business-item',
};

type ReceiptType = ReceiptRequest['type'];
type CashPurpose = 'income_deduction' | 'expense_proof';

/** The page URL without the parameters a payment return adds. */
function currentPageUrl(): string {
  const url = new URL(location.href);
  url.searchParams.delete('cen_order');
  url.searchParams.delete('cen_payment');
  return url.href;
}

/** Where the buyer returns: `returnUrl` resolved against the page (so `order.html` works), else this page. */
function returnUrlOf(returnUrl: string | undefined): string {
  return returnUrl ? new URL(returnUrl, document.baseURI).href : currentPageUrl();
}

/**
 * @summary Checkout for the page's cart: buyer, delivery address (typed, or through a postcode
 * search the page provides; for a cart of bookings only, the address of a visit, or none),
 * delivery note, cash receipt or tax invoice, payment method, then ONE summary before paying —
 * each partner's seller identity, the lines and booked services (slot, hold end) and totals priced by the
 * server, when payment is taken, the broker notice, withdrawal rights and the consents (none
 * pre-ticked) — and the pay button, which creates the order once (idempotency key per attempt)
 * and sends the buyer to the payment page.
 * @tag cen-checkout
 *
 * @slot - Fallback shown until the element is defined. Never rendered once upgraded.
 *
 * @event {CenCheckoutSubmitEvent} cen-checkout-submit - The buyer confirmed the order, before it is sent; cancelable: `preventDefault()` stops it. `detail: { lines: CartLine[], paymentMethod: PaymentMethod, total: number }`.
 * @event {CenOrderCreatedEvent} cen-order-created - The order was created; the buyer is sent to pay next. `detail: { orderId: string, number: string, total: number }`.
 * @event {CenCartChangeEvent} cen-cart-change - The buyer fixed a line's problem (removed it, lowered its quantity). `detail: { count: number, lines: CartLine[] }`.
 * @event {CenErrorEvent} cen-error - The terms, a quote or the order failed. `detail: { error: Error, operation: 'terms' | 'quote' | 'create-order' }`.
 *
 * @csspart base - The form.
 * @csspart title - The "주문/결제" heading (not rendered with `embedded`).
 * @csspart error-summary - The list of fields to fix, shown after a failed attempt.
 * @csspart field - Each label, input, hint and error group.
 * @csspart field-error - The error message of a field.
 * @csspart address-search - The "주소 검색" button (only with an `addressSearch`).
 * @csspart summary - The order summary before the pay button.
 * @csspart partner - One partner's block in the summary.
 * @csspart seller - A seller's identity (상호, 대표자, 사업자등록번호, 통신판매업 신고번호, 주소, 연락처).
 * @csspart problem - A line's or booking's problem in words.
 * @csspart fix-button - The fix of a line's problem.
 * @csspart booking - A booked service in the summary: slot, party size, the hold's end, amount.
 * @csspart hold - A booking's hold end ("…까지 결제하면 예약이 확정됩니다").
 * @csspart remove-button - The remove button of a booking that can no longer be paid.
 * @csspart totals - The totals.
 * @csspart payment-timing - When payment is taken.
 * @csspart broker-notice - The notice that the mall is an intermediary, not the seller.
 * @csspart withdrawal - Withdrawal rights and their exceptions.
 * @csspart consents - The consents with their texts.
 * @csspart cart-changed - The notice after the server found the cart changed (409), with its confirm button.
 * @csspart platform - The mall's own identity.
 * @csspart pay-button - The pay button.
 * @csspart error - The message when the order could not be sent or the terms not loaded.
 * @csspart action - The retry button of the error state.
 *
 * @cssproperty [--cen-checkout-max-width=40rem] - Widest the form grows (standalone).
 * @cssproperty [--cen-checkout-pay-background=var(--cen-color-primary)] - Background of the pay button.
 */
export class CenCheckout extends CenElement {
  static override styles = [baseStyles, commerceStyles, consentStyles, bookingLineStyles, styles];

  static override properties: PropertyDeclarations = {
    returnUrl: { attribute: 'return-url' },
    embedded: { type: Boolean, reflect: true },
    addressSearch: { attribute: false },
    navigate: { attribute: false },
    terms: { state: true },
    failure: { state: true },
    submitting: { state: true },
    announcement: { state: true },
  };

  /** Page the buyer returns to after paying (attribute `return-url`; relative URLs resolve against this page, e.g. `order.html`); default: this page. The server adds `cen_order=<token>`. */
  declare returnUrl: string | undefined;
  /** Inside `<cen-cart>`: the dialog shows the title, so the element does not. */
  declare embedded: boolean;
  /**
   * A postcode search (e.g. Kakao's) resolving with `{ postalCode, road }`, or null when closed;
   * default `configure({ addressSearch })`. Without one, a "주소 검색" button is not shown and the
   * address is typed.
   */
  declare addressSearch: AddressSearch | undefined;
  /** Sends the buyer to the payment page; default `location.assign(url)`. Replace it in tests or single-page apps. */
  declare navigate: (url: string) => void;

  declare private terms: CheckoutTerms | undefined;
  declare private failure: { error: unknown; operation: 'terms' | 'create-order' } | undefined;
  declare private submitting: boolean;
  declare private announcement: string;

  #values: Record<TextField, string> = Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>;
  #receipt: ReceiptType = 'none';
  #cashPurpose: CashPurpose = 'income_deduction';
  #businessPurchase = false;
  #paymentMethod: PaymentMethod = 'card';
  #consents: Record<string, boolean> = {};
  /** After the first attempt, the form shows every error as the buyer types. */
  #attempted = false;
  #serverErrors = new Map<string, string>();
  #generalErrors: string[] = [];
  #cartChanged = false;
  #partners = new Map<string, Partner | Error>();

  #quotes = new QuoteController(this, {
    quoted: () => this.#loadPartners(),
    failed: (error) => this.emit('cen-error', { error: error as Error, operation: 'quote' }),
  });

  constructor() {
    super();
    this.embedded = false;
    this.submitting = false;
    this.announcement = '';
    this.navigate = (url) => location.assign(url);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.terms) this.#loadTerms();
  }

  #loadTerms(): void {
    this.failure = undefined;
    new Promise<CheckoutTerms>((resolve) => resolve(termsFor(clientFor(this)))).then(
      (terms) => {
        this.terms = terms;
        for (const c of terms.consents) this.#consents[c.type] ??= false;
      },
      (error: unknown) => {
        this.failure = { error, operation: 'terms' };
        this.emit('cen-error', { error: error as Error, operation: 'terms' });
      },
    );
  }

  #loadPartners(): void {
    for (const group of this.#quotes.quote?.groups ?? []) {
      const known = this.#partners.get(group.partnerId);
      if (known && !(known instanceof Error)) continue;
      this.#partners.delete(group.partnerId);
      partnerFor(clientFor(this), group.partnerId).then(
        (partner) => {
          this.#partners.set(partner.id, partner);
          this.requestUpdate();
        },
        (error: unknown) => {
          this.#partners.set(group.partnerId, error instanceof Error ? error : new Error(String(error)));
          this.requestUpdate();
        },
      );
    }
  }

  // ---- values and validation ------------------------------------------------------------------

  #set(field: TextField, value: string): void {
    this.#values[field] = value;
    this.#serverErrors.delete(field);
    if (field === 'postal-code') this.#quotes.postalCode = /^\d{5}$/.test(value.trim()) ? value.trim() : undefined;
    this.requestUpdate();
  }

  /** The client-side errors of the form, by field id, in the order of the form. */
  #validate(): Map<string, string> {
    const e = checkoutStrings[this.locale].errors;
    const v = this.#values;
    const errors = new Map<string, string>();
    const required = (f: TextField) => !v[f].trim() && errors.set(f, e.required);
    const phone = (f: TextField) => required(f) || (!isValidKoreanPhone(v[f]) && errors.set(f, e.phone));
    const email = (f: TextField) => required(f) || (!EMAIL_PATTERN.test(v[f].trim()) && errors.set(f, e.email));
    const businessNumber = (f: TextField) => required(f) || (!isValidBusinessNumber(v[f]) && errors.set(f, e.businessNumber));
    required('buyer-name');
    phone('buyer-phone');
    email('buyer-email');
    if (this.#needsAddress) {
      required('recipient');
      phone('recipient-phone');
      if (!/^\d{5}$/.test(v['postal-code'].trim())) errors.set('postal-code', e.postalCode);
      required('road');
    }
    if (this.#receipt === 'cash_receipt') {
      if (this.#cashPurpose === 'income_deduction') phone('cash-identifier');
      else businessNumber('cash-identifier');
    } else if (this.#receipt === 'tax_invoice') {
      businessNumber('business-number');
      required('company-name');
      required('representative');
      email('invoice-email');
    }
    for (const c of this.terms?.consents ?? []) if (c.required && !this.#consents[c.type]) errors.set(consentId(c.type), e.consent);
    return errors;
  }

  /** Products ship to an address, and a visit service comes to one; other bookings need none. */
  get #needsAddress(): boolean {
    const store = this.#quotes.store;
    return store.lines.length > 0 || store.bookings.some((b) => b.visit);
  }

  /** Errors to show: the client's once the buyer tried to pay, plus what the server rejected. */
  get #errors(): Map<string, string> {
    const errors = this.#attempted ? this.#validate() : new Map<string, string>();
    for (const [field, message] of this.#serverErrors) if (!errors.has(field)) errors.set(field, message);
    return errors;
  }

  #body(terms: CheckoutTerms): CreateOrderRequest {
    const v = Object.fromEntries(TEXT_FIELDS.map((f) => [f, this.#values[f].trim()])) as Record<TextField, string>;
    const receipt: ReceiptRequest =
      this.#receipt === 'cash_receipt'
        ? {
            type: 'cash_receipt',
            purpose: this.#cashPurpose,
            identifier: this.#cashPurpose === 'income_deduction' ? normalizePhone(v['cash-identifier']) : normalizeBusinessNumber(v['cash-identifier']),
          }
        : this.#receipt === 'tax_invoice'
          ? {
              type: 'tax_invoice',
              businessNumber: normalizeBusinessNumber(v['business-number']),
              companyName: v['company-name'],
              representative: v.representative,
              email: v['invoice-email'],
              ...(v['business-type'] && { businessType: v['business-type'] }),
              ...(v['business-item'] && { businessItem: v['business-item'] }),
            }
          : { type: 'none' };
    const store = this.#quotes.store;
    return {
      lines: store.lines.map((line) => ({ ...line })),
      ...(store.bookings.length > 0 && { bookings: store.bookings.map((b) => ({ bookingToken: b.bookingToken })) }),
      buyer: { name: v['buyer-name'], phone: normalizePhone(v['buyer-phone']), email: v['buyer-email'] },
      ...(this.#needsAddress && {
        shippingAddress: { recipient: v.recipient, phone: normalizePhone(v['recipient-phone']), postalCode: v['postal-code'], road: v.road, detail: v.detail },
      }),
      ...(store.lines.length > 0 && v['delivery-note'] && { deliveryNote: v['delivery-note'] }),
      consents: terms.consents.map((c) => ({ type: c.type, version: c.version, accepted: !!this.#consents[c.type] })),
      receipt,
      businessPurchase: this.#businessPurchase,
      paymentMethod: this.#paymentMethod,
      returnUrl: returnUrlOf(this.returnUrl),
    };
  }

  /** What still keeps the buyer from paying, besides the form: loading, a problem in the cart, an unconfirmed change. */
  get #blocked(): boolean {
    const quote = this.#quotes.quote;
    return (
      !this.terms ||
      !quote ||
      !this.#quotes.current ||
      !quote.groups.length ||
      quote.problems.some(isBlocking) ||
      this.#cartChanged ||
      quote.groups.some((g) => !(this.#partners.get(g.partnerId) && !(this.#partners.get(g.partnerId) instanceof Error)))
    );
  }

  async #focusFirstError(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
  }

  async #submit(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.submitting) return;
    this.#attempted = true;
    this.#generalErrors = [];
    const errors = this.#validate();
    this.requestUpdate();
    if (errors.size) {
      this.#focusFirstError();
      return;
    }
    const scope = elementConfig(this).key ?? '';
    const t = checkoutStrings[this.locale];
    this.submitting = true;
    try {
      // A quote still on its way (the postal code just changed): wait for it, then check again.
      await this.#quotes.settled();
      const terms = this.terms;
      const quote = this.#quotes.quote;
      if (this.#blocked || !terms || !quote) {
        this.submitting = false;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[part~=cart-changed], [part~=problem], [part~=summary] [part~=error]')?.focus();
        return;
      }
      const referral = referralFor(this);
      const body = { ...this.#body(terms), ...(referral && { referral }) };
      if (!this.emit('cen-checkout-submit', { lines: body.lines, paymentMethod: body.paymentMethod, total: quote.total }, true)) return;
      this.failure = undefined;
      this.announcement = t.paying;
      const created = await clientFor(this).orders.create(body, { idempotencyKey: attemptKey(scope, body) });
      this.emit('cen-order-created', { orderId: created.order.id, number: created.order.number, total: created.order.total });
      if (!created.payment.redirectUrl) throw new Error(t.noRedirect);
      this.announcement = t.redirecting;
      this.navigate(created.payment.redirectUrl);
    } catch (error) {
      this.announcement = '';
      this.#handleOrderError(error, scope);
    } finally {
      this.submitting = false;
    }
  }

  #handleOrderError(error: unknown, scope: string): void {
    if (error instanceof CenCartChangedError && error.quote) {
      // The server re-priced the cart: show it, and let the buyer confirm before paying again.
      forgetAttempt(scope);
      this.#quotes.apply(error.quote);
      this.#loadPartners();
      this.#cartChanged = true;
      this.requestUpdate();
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~=cart-changed]')?.focus());
      return;
    }
    this.emit('cen-error', { error: error as Error, operation: 'create-order' });
    if (error instanceof CenInvalidRequestError && error.fieldErrors.length) {
      forgetAttempt(scope);
      const invalid = checkoutStrings[this.locale].errors.invalid;
      for (const fe of error.fieldErrors) {
        const path = fe.path.replace(/^body\./, '');
        const field = Object.keys(FIELD_OF_PATH).find((p) => path === p || path.startsWith(`${p}.`));
        const consent = path.startsWith('consents') ? this.terms?.consents.find((c) => c.required) : undefined;
        if (field) this.#serverErrors.set(FIELD_OF_PATH[field]!, invalid);
        else if (consent) this.#serverErrors.set(consentId(consent.type), checkoutStrings[this.locale].errors.consent);
        else this.#generalErrors.push(`${fe.path}: ${fe.message}`);
      }
      this.requestUpdate();
      this.#focusFirstError();
      return;
    }
    // A conflict with an earlier attempt's key (another body): the next attempt gets a new key.
    if (error instanceof CenConflictError) forgetAttempt(scope);
    this.failure = { error, operation: 'create-order' };
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~=error]')?.focus());
  }

  async #searchAddress(search: AddressSearch): Promise<void> {
    const found = await search();
    if (!found) return;
    this.#set('postal-code', found.postalCode);
    this.#set('road', found.road);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail')?.focus();
  }

  #removeBooking(token: string): void {
    const store = this.#quotes.store;
    store.removeBooking(token);
    this.emit('cen-cart-change', { count: store.count, lines: store.lines });
  }

  #fixLine(key: string, change: { remove?: true; quantity?: number }): void {
    const store = this.#quotes.store;
    if (change.remove) store.remove(key);
    else if (change.quantity) store.setQuantity(key, change.quantity);
    this.emit('cen-cart-change', { count: store.count, lines: store.lines });
  }

  // ---- rendering ------------------------------------------------------------------------------

  #field(
    id: TextField,
    label: string,
    errors: Map<string, string>,
    o: { type?: string; autocomplete?: string; inputmode?: string; hint?: string; optional?: boolean; maxlength?: number; multiline?: boolean } = {},
  ): TemplateResult {
    const t = checkoutStrings[this.locale];
    const error = errors.get(id);
    const describedBy = [o.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || nothing;
    const onInput = (e: Event) => this.#set(id, (e.target as HTMLInputElement).value);
    return html`<div part="field" class="field">
      <label for=${id}>${label}${o.optional ? html` <span class="muted">${t.optional}</span>` : ''}</label>
      ${o.multiline
        ? html`<textarea id=${id} maxlength=${o.maxlength ?? 200} .value=${this.#values[id]} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy} @input=${onInput}></textarea>`
        : html`<input
            id=${id}
            type=${o.type ?? 'text'}
            autocomplete=${o.autocomplete ?? 'off'}
            inputmode=${o.inputmode ?? nothing}
            maxlength=${o.maxlength ?? 200}
            .value=${this.#values[id]}
            aria-required=${o.optional ? 'false' : 'true'}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy}
            @input=${onInput}
          />`}
      ${o.hint ? html`<p id=${`${id}-hint`} class="muted hint">${o.hint}</p>` : ''}
      ${error ? html`<p part="field-error" id=${`${id}-error`} class="problem">${error}</p>` : ''}
    </div>`;
  }

  #radio<T extends string>(name: string, value: T, current: T, label: string, onChange: (value: T) => void): TemplateResult {
    return html`<label class="choice"
      ><input type="radio" name=${name} .value=${value} .checked=${value === current} @change=${() => onChange(value)} /> <span>${label}</span></label
    >`;
  }

  #errorSummary(errors: Map<string, string>): TemplateResult | string {
    if (!errors.size && !this.#generalErrors.length) return '';
    const t = checkoutStrings[this.locale];
    const labelOf = (id: string) => this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.labels?.[0]?.textContent?.trim().replace(/\s+/g, ' ') ?? id;
    return html`<div part="error-summary" class="error" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">${t.errorsTitle}</h3>
      <ul class="bullets">
        ${[...errors].map(
          ([id, message]) => html`<li>
            <button type="button" class="link" @click=${() => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus()}>${labelOf(id)}</button>: ${message}
          </li>`,
        )}
        ${this.#generalErrors.map((message) => html`<li>${message}</li>`)}
      </ul>
    </div>`;
  }

  #buyerSection(errors: Map<string, string>): TemplateResult {
    const t = checkoutStrings[this.locale];
    return html`<section class="section" aria-labelledby="buyer-title">
      <h3 id="buyer-title">${t.buyer}</h3>
      ${this.#field('buyer-name', t.name, errors, { autocomplete: 'name', maxlength: 60 })}
      ${this.#field('buyer-phone', t.phone, errors, { type: 'tel', autocomplete: 'tel', inputmode: 'tel', hint: t.phoneHint, maxlength: 20 })}
      ${this.#field('buyer-email', t.email, errors, { type: 'email', autocomplete: 'email', maxlength: 200 })}
    </section>`;
  }

  #addressSection(errors: Map<string, string>): TemplateResult {
    const t = checkoutStrings[this.locale];
    const search = this.addressSearch ?? pageConfig().addressSearch;
    const shipping = this.#quotes.store.lines.length > 0;
    return html`<section class="section" aria-labelledby="address-title">
      <h3 id="address-title">${shipping ? t.address : t.visitAddress}</h3>
      <label class="choice">
        <input type="checkbox" @change=${(e: Event) => {
          if (!(e.target as HTMLInputElement).checked) return;
          this.#set('recipient', this.#values['buyer-name']);
          this.#set('recipient-phone', this.#values['buyer-phone']);
        }} />
        <span>${t.sameAsBuyer}</span>
      </label>
      ${this.#field('recipient', t.recipient, errors, { autocomplete: 'shipping name', maxlength: 60 })}
      ${this.#field('recipient-phone', t.recipientPhone, errors, { type: 'tel', autocomplete: 'shipping tel', inputmode: 'tel', maxlength: 20 })}
      <div class="postal">
        ${this.#field('postal-code', t.postalCode, errors, { autocomplete: 'shipping postal-code', inputmode: 'numeric', hint: t.postalCodeHint, maxlength: 5 })}
        ${search ? html`<button part="address-search" type="button" class="secondary" @click=${() => this.#searchAddress(search)}>${t.searchAddress}</button>` : ''}
      </div>
      ${this.#quotes.quote?.remoteArea ? html`<p class="problem">${t.remoteArea}</p>` : ''}
      ${this.#field('road', t.road, errors, { autocomplete: 'shipping address-line1' })}
      ${this.#field('detail', t.detail, errors, { autocomplete: 'shipping address-line2', optional: true })}
      ${shipping ? this.#field('delivery-note', t.deliveryNote, errors, { optional: true, multiline: true }) : ''}
    </section>`;
  }

  #receiptSection(errors: Map<string, string>): TemplateResult {
    const t = checkoutStrings[this.locale];
    const setReceipt = (value: ReceiptType) => {
      this.#receipt = value;
      this.requestUpdate();
    };
    return html`<fieldset class="section">
      <legend><h3>${t.receipt}</h3></legend>
      <div class="choices">
        ${this.#radio('receipt', 'none', this.#receipt, t.receiptNone, setReceipt)}
        ${this.#radio('receipt', 'cash_receipt', this.#receipt, t.cashReceipt, setReceipt)}
        ${this.#radio('receipt', 'tax_invoice', this.#receipt, t.taxInvoice, setReceipt)}
      </div>
      ${this.#receipt === 'cash_receipt'
        ? html`<fieldset class="nested">
              <legend>${t.cashPurpose}</legend>
              <div class="choices">
                ${this.#radio('cash-purpose', 'income_deduction', this.#cashPurpose, t.incomeDeduction, (v) => ((this.#cashPurpose = v), this.requestUpdate()))}
                ${this.#radio('cash-purpose', 'expense_proof', this.#cashPurpose, t.expenseProof, (v) => ((this.#cashPurpose = v), this.requestUpdate()))}
              </div>
            </fieldset>
            ${this.#field('cash-identifier', this.#cashPurpose === 'income_deduction' ? t.receiptPhone : t.receiptBusinessNumber, errors, {
              type: this.#cashPurpose === 'income_deduction' ? 'tel' : 'text',
              inputmode: 'numeric',
              maxlength: 20,
              hint: t.cashReceiptNote,
            })}`
        : ''}
      ${this.#receipt === 'tax_invoice'
        ? html`${this.#field('business-number', t.businessNumber, errors, { inputmode: 'numeric', maxlength: 12, hint: t.businessNumberHint })}
          ${this.#field('company-name', t.companyName, errors, { autocomplete: 'organization', maxlength: 100 })}
          ${this.#field('representative', t.representative, errors, { maxlength: 60 })}
          ${this.#field('invoice-email', t.invoiceEmail, errors, { type: 'email', autocomplete: 'email' })}
          ${this.#field('business-type', t.businessType, errors, { optional: true, maxlength: 60 })}
          ${this.#field('business-item', t.businessItem, errors, { optional: true, maxlength: 60 })}`
        : ''}
      <label class="choice">
        <input type="checkbox" .checked=${this.#businessPurchase} @change=${(e: Event) => ((this.#businessPurchase = (e.target as HTMLInputElement).checked), this.requestUpdate())} />
        <span>${t.businessPurchase}</span>
      </label>
    </fieldset>`;
  }

  #paymentSection(terms: CheckoutTerms | undefined): TemplateResult {
    const t = checkoutStrings[this.locale];
    const set = (value: PaymentMethod) => {
      this.#paymentMethod = value;
      this.requestUpdate();
    };
    return html`<fieldset class="section">
      <legend><h3>${t.payment}</h3></legend>
      <div class="choices">
        ${this.#radio('payment-method', 'card', this.#paymentMethod, t.paymentMethods.card, set)}
        ${this.#radio('payment-method', 'virtual_account', this.#paymentMethod, t.paymentMethods.virtual_account, set)}
      </div>
      <p part="payment-timing" class="muted">${this.#paymentMethod === 'card' ? t.whenCard : t.whenVirtualAccount(terms?.virtualAccountHours ?? 24)}</p>
    </fieldset>`;
  }

  #line(line: QuotedLine | undefined, key: string): TemplateResult {
    const locale = this.locale;
    const c = cartStrings[locale];
    const won = (n: number) => formatKrw(n, locale);
    const problem = this.#quotes.quote?.problems.find((p) => lineKey(p) === key && isBlocking(p)) ?? this.#quotes.quote?.problems.find((p) => lineKey(p) === key);
    const title = line?.title ?? c.unknownProduct;
    return html`<li class="line">
      <div>
        <p class="title">${title}</p>
        ${line?.variantLabel ? html`<p class="muted">${c.option(line.variantLabel)}</p>` : ''}
        ${line ? html`<p class="muted">${c.times(won(line.unitPrice), line.quantity)}</p>` : ''}
        ${problem
          ? html`<p part="problem" class="problem" tabindex="-1">${c.problem(problem, won)}</p>
              ${problemFix(problem, c, title, { remove: () => this.#fixLine(key, { remove: true }), setQuantity: (n) => this.#fixLine(key, { quantity: n }) })}`
          : ''}
      </div>
      ${line?.orderable ? html`<strong>${won(line.lineTotal)}</strong>` : ''}
    </li>`;
  }

  #partnerBlock(group: PartnerShippingGroup, index: number): TemplateResult {
    const locale = this.locale;
    const c = cartStrings[locale];
    const s = sellerStrings[locale];
    const won = (n: number) => formatKrw(n, locale);
    const quote = this.#quotes.quote!;
    const partner = this.#partners.get(group.partnerId);
    const lines = group.lineIndexes.map((i) => quote.lines.find((l) => l.lineIndex === i)).filter((l) => !!l);
    const bookings = bookingViews(this.#quotes.store.bookings, quote).filter((v) => v.quoted && group.bookingIndexes?.includes(v.quoted.bookingIndex));
    return html`<section part="partner" class="partner box" aria-labelledby=${`partner-${index}`}>
      <h4 id=${`partner-${index}`}>${group.partnerName}</h4>
      <ul role="list">${bookings.map((v) => bookingLine(v, locale, c))}${lines.map((l) => this.#line(l, lineKey(l)))}</ul>
      <dl class="amounts">
        <dt>${c.subtotal}</dt><dd>${won(group.subtotal)}</dd>
        <dt>${c.shipping}</dt><dd>${group.shippingFee ? won(group.shippingFee) : c.free}</dd>
        ${group.remoteAreaFee ? html`<dt>${c.remoteAreaFee}</dt><dd>${won(group.remoteAreaFee)}</dd>` : ''}
      </dl>
      <h5 class="seller-title">${s.seller}</h5>
      ${partner instanceof Error
        ? html`<div part="error" class="error"><p>${commonStrings[locale].loadFailed}</p><button part="action" type="button" @click=${() => this.#loadPartners()}>${commonStrings[locale].retry}</button></div>`
        : partner
          ? sellerIdentity(sellerFromPartner(partner), s)
          : html`<p class="muted seller">${s.loadingSeller}</p>`}
    </section>`;
  }

  #summary(terms: CheckoutTerms, errors: Map<string, string>): TemplateResult {
    const locale = this.locale;
    const t = checkoutStrings[locale];
    const c = cartStrings[locale];
    const s = sellerStrings[locale];
    const won = (n: number) => formatKrw(n, locale);
    const quote = this.#quotes.quote;
    const unavailable = quote
      ? this.#quotes.store.lines.filter((l) => !quote.groups.some((g) => g.lineIndexes.some((i) => quote.lines.find((q) => q.lineIndex === i && lineKey(q) === lineKey(l)))))
      : [];
    const unpayable = quote ? bookingViews(this.#quotes.store.bookings, quote).filter((v) => v.problem || !v.quoted?.orderable) : [];
    return html`<section part="summary" class="section summary" aria-labelledby="summary-title" aria-busy=${this.#quotes.busy ? 'true' : 'false'}>
      <h3 id="summary-title">${t.summary}</h3>
      ${this.#cartChanged
        ? html`<div part="cart-changed" class="error" tabindex="-1" role="group" aria-labelledby="changed-text">
            <p id="changed-text">${t.cartChanged}</p>
            <button type="button" @click=${() => ((this.#cartChanged = false), this.requestUpdate())}>${t.confirmChanges}</button>
          </div>`
        : ''}
      ${quote ? quote.groups.map((g, i) => this.#partnerBlock(g, i)) : html`<p class="muted">${c.loading}</p>`}
      ${unavailable.length || unpayable.length
        ? html`<section class="box" aria-labelledby="unavailable-title">
            <h4 id="unavailable-title">${c.unavailable}</h4>
            <ul role="list">
              ${unpayable.map((v) => bookingLine(v, locale, c, () => this.#removeBooking(v.booking.bookingToken)))}
              ${unavailable.map((l) => this.#line(quote?.lines.find((q) => lineKey(q) === lineKey(l)), lineKey(l)))}
            </ul>
          </section>`
        : ''}
      ${quote
        ? html`<dl part="totals" class="amounts">
            <dt>${c.subtotal}</dt><dd>${won(quote.subtotal)}</dd>
            <dt>${c.shippingTotal}</dt><dd>${won(quote.shippingTotal)}</dd>
            <dt class="total">${c.total}</dt><dd class="total">${won(quote.total)}</dd>
          </dl>`
        : ''}
      <p class="muted">${this.#paymentMethod === 'card' ? t.whenCard : t.whenVirtualAccount(terms.virtualAccountHours)}</p>
      ${brokerNotice(terms)}
      ${withdrawalRights(terms, s, 'withdrawal-title', this.#businessPurchase)}
      ${consentList({
        consents: terms.consents,
        checked: this.#consents,
        errors,
        t,
        onChange: (types, checked) => {
          for (const type of types) {
            this.#consents[type] = checked;
            this.#serverErrors.delete(consentId(type));
          }
          this.requestUpdate();
        },
      })}
    </section>`;
  }

  protected override render() {
    const locale = this.locale;
    const t = checkoutStrings[locale];
    const c = commonStrings[locale];
    const terms = this.terms;
    const failure = this.failure;
    let store;
    try {
      store = this.#quotes.store;
    } catch {
      return html`<div part="base error" class="error"><p>${c.notConfigured}</p></div>`;
    }
    if (!store.count) return html`<div part="base"><p class="empty">${t.empty}</p></div>`;
    if (!terms) {
      return failure
        ? html`<div part="base error" class="error">
            <p>${errorKind(failure.error) === 'config' ? c.notConfigured : t.termsFailed}</p>
            <button part="action" type="button" @click=${() => this.#loadTerms()}>${c.retry}</button>
          </div>`
        : html`<div part="base" aria-busy="true"><p class="muted">${cartStrings[locale].loading}</p></div>`;
    }
    const errors = this.#errors;
    const quote = this.#quotes.quote;
    const ready = !errors.size && !this.#validate().size && !this.#blocked;
    return html`<form part="base" class="form" novalidate @submit=${this.#submit}>
      ${this.embedded ? '' : html`<h2 part="title">${t.title}</h2>`}
      ${this.#errorSummary(errors)}
      ${this.#buyerSection(errors)} ${this.#needsAddress ? this.#addressSection(errors) : ''} ${this.#receiptSection(errors)} ${this.#paymentSection(terms)}
      ${this.#summary(terms, errors)}
      ${failure
        ? html`<div part="error" class="error" tabindex="-1">
            <p>${t.orderFailed}</p>
            <button part="action" type="submit">${t.retryOrder}</button>
          </div>`
        : ''}
      ${ready ? '' : html`<p id="pay-hint" class="muted">${t.payHint}</p>`}
      <button part="pay-button" type="submit" class="pay" ?disabled=${this.submitting} aria-disabled=${ready ? 'false' : 'true'} aria-describedby=${ready ? nothing : 'pay-hint'}>
        ${this.submitting ? t.paying : t.pay(formatKrw(quote?.total ?? 0, locale))}
      </button>
      ${platformIdentity(terms.platform, sellerStrings[locale])}
      <p role="status" class="sr">${this.announcement}</p>
    </form>`;
  }
}
