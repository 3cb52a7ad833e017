import {
  KOREAN_REGION_CODES,
  KOREAN_REGIONS,
  formatKrw,
  isValidKoreanPhone,
  normalizePhone,
  seoulDate,
  type Availability,
  type AvailabilityDay,
  type BookingWithToken,
  type CheckoutTerms,
  type CreateInquiryRequest,
  type Service,
  type ServiceArea,
  type Slot,
} from '@thecen/schema/browser';
import { CenConflictError, CenInvalidRequestError, newIdempotencyKey } from '@thecen/sdk/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { bookingFacts } from '../../booking/booking-facts.js';
import { bookingSummary } from '../../booking/booking-summary.js';
import { calendarGrid, calendarStyles, type CalendarDayState } from '../../booking/calendar-grid.js';
import { HoldCountdown } from '../../booking/hold-countdown.js';
import { addMonths, addMonthsToDate, isCalendarKey, monthOf, monthRange, moveDate } from '../../booking/month-calendar.js';
import { OTHER_DISTRICT, checkArea, districtsIn, needsAreaCheck } from '../../booking/service-area.js';
import { cartStoreFor } from '../../cart/cart-store-for.js';
import { openCart } from '../../cart/open-cart.js';
import { quantityStepper, stepperStyles } from '../../cart/quantity-stepper.js';
import { attemptKey, forgetAttempt } from '../../checkout/checkout-attempt.js';
import { termsFor } from '../../checkout/checkout-data.js';
import { consentId, consentList, consentStyles } from '../../checkout/consent-list.js';
import { clientFor } from '../../config/client-for.js';
import { elementConfig } from '../../config/page-config.js';
import { referralFor } from '../../referral/element-referral.js';
import { bookingStrings } from '../../i18n/booking-strings.js';
import { consentStrings } from '../../i18n/consent-strings.js';
import { commonStrings, serviceStrings } from '../../i18n/locale.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CenElement } from '../../internal/cen-element.js';
import { commerceStyles } from '../../internal/commerce.styles.js';
import { EMAIL_PATTERN } from '../../internal/email-pattern.js';
import { errorKind } from '../../internal/error-kind.js';
import { ItemLoader } from '../../internal/item-loader.js';
import { formatSeoulShortDay, formatSeoulSlot, formatSeoulTime } from '../../internal/seoul-time.js';
import { areaText } from '../service-card/service-format.js';
import styles from './service-booking.styles.js';

/** What the element shows: the calendar (instant) or the form (request), then the result. */
export type ServiceBookingStep = 'choose' | 'held' | 'expired' | 'inquiry' | 'sent';

const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'any'] as const;
type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/** Text fields of the inquiry form, by element id. */
const INQUIRY_FIELDS = ['needs', 'address', 'contact-name', 'contact-phone', 'contact-email'] as const;
type InquiryField = (typeof INQUIRY_FIELDS)[number];

/** Where the server reports an inquiry field (`body.` + path) → the field's id. */
const FIELD_OF_PATH: Record<string, string> = {
  needs: 'needs',
  address: 'address',
  area: 'region',
  'contact.name': 'contact-name',
  'contact.phone': 'contact-phone',
  'contact.email': 'contact-email',
  preferredTimes: 'preferred-date-0',
};

/** Most preferred dates the form offers (the API takes 10). */
const MAX_PREFERRED = 5;

/** A page URL with `cen_booking=<token>`: the status page the buyer keeps. */
function statusLinkOf(statusUrl: string | undefined, token: string): string {
  const url = new URL(statusUrl || location.href, document.baseURI);
  url.searchParams.set('cen_booking', token);
  return url.href;
}

/**
 * @summary Booking of a service on the partner's page: the service summary (pricing, duration,
 * areas, cancellation policy in words), then for instant booking a month calendar of free days
 * (an accessible grid: arrows, Home/End, PageUp/PageDown), the day's slots with the places left,
 * party size, the visit area check, and "예약하기", which holds the slot for a few minutes (a live
 * countdown) and puts it into the cart to be paid with the products; for booking on request, the
 * inquiry form with the checkout consents and its confirmation with a status link. All dates and
 * times are in Asia/Seoul whatever the browser's time zone.
 * @tag cen-service-booking
 *
 * @slot - Fallback shown until the element is defined, e.g. a link to the service. Never rendered once upgraded.
 *
 * @event {CenBookingHoldEvent} cen-booking-hold - The buyer pressed "예약하기", before the slot is held; cancelable: `preventDefault()` holds nothing. `detail: { service: Service, slotStart: string, partySize: number, area: ServiceArea | undefined }`.
 * @event {CenBookingHeldEvent} cen-booking-held - The slot is held and in the cart, to be paid before the hold runs out. `detail: { booking: CenBookingFacts }`.
 * @event {CenBookingExpiredEvent} cen-booking-expired - The hold ran out before payment; the slot was released. `detail: { booking: CenBookingFacts }`.
 * @event {CenBookingInquirySentEvent} cen-booking-inquiry-sent - The inquiry (request for a quote) was sent. `detail: { booking: CenBookingFacts }`.
 * @event {CenErrorEvent} cen-error - The service, its availability or the terms could not be loaded, or the hold or inquiry failed. `detail: { error: Error, serviceId: string, operation?: 'availability' | 'terms' | 'hold' | 'release-hold' | 'inquire' }`.
 *
 * @csspart base - The booking box.
 * @csspart title - The service title.
 * @csspart badge - The partner's organisation type.
 * @csspart partner - The partner's name.
 * @csspart summary - The service facts: pricing, duration, delivery, areas, cancellation policy.
 * @csspart policy - The cancellation policy in words.
 * @csspart calendar - The month calendar with its navigation.
 * @csspart month-title - The month shown ("2026년 11월").
 * @csspart month-button - The previous and next month buttons.
 * @csspart grid - The date grid (`role="grid"`).
 * @csspart day - A day's button (the number shown, the date and what can be booked read out).
 * @csspart day-available - A day with free slots.
 * @csspart day-closed - A day that cannot be booked (holiday, closed, past, full, not open yet).
 * @csspart day-today - Today (also `aria-current="date"`).
 * @csspart day-selected - The day chosen.
 * @csspart slots - The selected day's slots.
 * @csspart slot - A slot's button ("14:00–15:30 · 3자리 남음").
 * @csspart slot-selected - The slot chosen.
 * @csspart stepper - The party size stepper.
 * @csspart decrease - The stepper's "−" button.
 * @csspart quantity - The stepper's number field.
 * @csspart increase - The stepper's "+" button.
 * @csspart area - The visit area check (region and district).
 * @csspart area-refusal - The message that the chosen area is outside the service's areas.
 * @csspart book-button - The "예약하기" button.
 * @csspart held - The held booking with its countdown.
 * @csspart countdown - The time left on the hold (`role="timer"`).
 * @csspart pay-button - The "결제하기" button (opens the cart).
 * @csspart release-button - The button that releases the hold to choose again.
 * @csspart expired - The message after the hold ran out.
 * @csspart form - The inquiry form.
 * @csspart field - Each label, input, hint and error group of the form.
 * @csspart field-error - The error message of a field.
 * @csspart consents - The consents with their texts.
 * @csspart send-button - The inquiry's send button.
 * @csspart sent - The confirmation after the inquiry was sent.
 * @csspart status-link - The link to the booking's status page.
 * @csspart status - The visually hidden live region (announcements).
 * @csspart error - An error message box (loading, holding or sending failed).
 * @csspart action - The retry button of the error state.
 *
 * @cssproperty [--cen-service-booking-max-width=40rem] - Widest the element grows.
 * @cssproperty [--cen-service-booking-available=var(--cen-color-primary)] - Colour of free days, the selected day and slot.
 * @cssproperty [--cen-service-booking-holiday=var(--cen-color-danger)] - Colour of public holidays and Sundays in the calendar.
 */
export class CenServiceBooking extends CenElement {
  static override styles = [baseStyles, commerceStyles, stepperStyles, consentStyles, calendarStyles, styles];

  static override properties: PropertyDeclarations = {
    serviceId: { attribute: 'service' },
    service: { attribute: false },
    statusUrl: { attribute: 'status-url' },
    now: { attribute: false },
    step: { state: true },
    month: { state: true },
    focusDate: { state: true },
    selectedDate: { state: true },
    selectedSlot: { state: true },
    partySize: { state: true },
    region: { state: true },
    district: { state: true },
    availability: { state: true },
    availabilityError: { state: true },
    terms: { state: true },
    busy: { state: true },
    failure: { state: true },
    held: { state: true },
    sent: { state: true },
    announcement: { state: true },
  };

  /** Id of the service to book (`svc_…`); attribute `service`. */
  declare serviceId: string;
  /** The service; set it to show a service already loaded (no request). */
  declare service: Service | undefined;
  /**
   * Page of your site with a `<cen-booking-status>` (attribute `status-url`; relative URLs resolve
   * against this page): the inquiry confirmation links to it with `?cen_booking=<token>`. Default: this page.
   */
  declare statusUrl: string | undefined;
  /** The clock of the calendar and the hold countdown; default the real time. Replace it in tests. */
  declare now: () => Date;

  declare private step: ServiceBookingStep;
  declare private month: string;
  declare private focusDate: string;
  declare private selectedDate: string | undefined;
  declare private selectedSlot: string | undefined;
  declare private partySize: number;
  declare private region: string;
  declare private district: string;
  declare private availability: Availability | undefined;
  declare private availabilityError: unknown;
  declare private terms: CheckoutTerms | undefined;
  declare private busy: boolean;
  declare private failure: { error: unknown; operation: 'hold' | 'release-hold' | 'inquire' | 'terms'; message: string } | undefined;
  declare private held: BookingWithToken | undefined;
  declare private sent: BookingWithToken | undefined;
  declare private announcement: string;

  #availabilityController: AbortController | undefined;
  /** The policy of the last availability loaded: the summary keeps it across months. */
  #policy: Availability['cancellationPolicy'] | undefined;
  #holdMinutes: number | undefined;
  #values: Record<InquiryField, string> = Object.fromEntries(INQUIRY_FIELDS.map((f) => [f, ''])) as Record<InquiryField, string>;
  #preferred: { date: string; timeOfDay: TimeOfDay }[] = [{ date: '', timeOfDay: 'any' }];
  #consents: Record<string, boolean> = {};
  #attempted = false;
  #serverErrors = new Map<string, string>();

  #loader = new ItemLoader<Service>(
    this,
    (client, id, signal) => client.services.load(id, { signal }),
    (serviceId, service, error) => {
      if (service) this.service = service;
      else this.emit('cen-error', { error: error as Error, serviceId });
    },
  );

  #countdown = new HoldCountdown(this, () => this.now(), {
    announce: (minutes) => (this.announcement = bookingStrings[this.locale].minutesLeft(minutes)),
    expired: () => this.#expire(),
  });

  constructor() {
    super();
    this.serviceId = '';
    this.now = () => new Date();
    this.step = 'choose';
    this.month = '';
    this.focusDate = '';
    this.partySize = 1;
    this.region = '';
    this.district = '';
    this.busy = false;
    this.announcement = '';
  }

  get #today(): string {
    return seoulDate(this.now());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serviceId') && this.serviceId && this.serviceId !== this.service?.id) {
      this.service = undefined;
      this.#loader.load(this.serviceId);
    } else if (changed.has('service') && this.service) this.#loader.cancel();
    if (changed.has('service') && this.service) this.#start(this.service);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Forgotten before its rejection arrives: leaving the page is not a failure (loaded again on return).
    this.#availabilityController?.abort();
    this.#availabilityController = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.service && this.step === 'choose' && !this.availability) this.#loadMonth();
  }

  /** A (new) service: back to the first step of its mode. */
  #start(service: Service): void {
    this.#countdown.stop();
    this.held = undefined;
    this.sent = undefined;
    this.failure = undefined;
    this.selectedDate = undefined;
    this.selectedSlot = undefined;
    this.#policy = undefined;
    this.step = service.bookingMode === 'instant' ? 'choose' : 'inquiry';
    this.month = monthOf(this.#today);
    this.focusDate = this.#today;
    // The request form shows the policy too: one month of availability tells it.
    this.#loadMonth();
    if (service.bookingMode === 'request') this.#loadTerms();
  }

  // ---- availability ---------------------------------------------------------------------------

  #loadMonth(): void {
    const service = this.service;
    this.#availabilityController?.abort();
    this.availability = undefined;
    this.availabilityError = undefined;
    if (!service || !this.isConnected) return;
    const controller = (this.#availabilityController = new AbortController());
    const month = this.month;
    const { from, to } = monthRange(month);
    new Promise<Availability>((resolve) => resolve(clientFor(this).services.availability(service.id, { from, to }, { signal: controller.signal }))).then(
      (availability) => {
        if (controller !== this.#availabilityController) return;
        this.#availabilityController = undefined;
        this.availability = availability;
        this.#policy = availability.cancellationPolicy;
        this.#holdMinutes = availability.holdMinutes;
      },
      (error: unknown) => {
        if (controller !== this.#availabilityController) return;
        this.#availabilityController = undefined;
        // The request form does without the policy; only the calendar reports the failure.
        if (service.bookingMode !== 'instant') return;
        this.availabilityError = error;
        this.emit('cen-error', { error: error as Error, serviceId: service.id, operation: 'availability' });
      },
    );
  }

  #dayOf(date: string): AvailabilityDay | undefined {
    return this.availability?.days.find((d) => d.date === date);
  }

  /** Whether the calendar may show `month`: not before this month, not past a month that reached the horizon. */
  #canShow(month: string): boolean {
    if (month < monthOf(this.#today)) return false;
    if (month <= this.month) return true;
    if (month !== addMonths(this.month, 1)) return false;
    return !this.availability?.days.some((d) => d.closedReason === 'beyond_horizon');
  }

  #showMonth(month: string, focusDate: string): void {
    if (month === this.month) return;
    this.month = month;
    this.focusDate = focusDate < this.#today ? this.#today : focusDate;
    this.#loadMonth();
  }

  #onMonthButton(months: number): void {
    const month = addMonths(this.month, months);
    if (!this.#canShow(month)) return;
    this.#showMonth(month, addMonthsToDate(this.focusDate, months));
  }

  async #onGridKeydown(event: KeyboardEvent): Promise<void> {
    if (!isCalendarKey(event.key)) return;
    event.preventDefault();
    const target = moveDate(this.focusDate, event.key, event.shiftKey);
    const month = monthOf(target);
    if (month !== this.month) {
      if (!this.#canShow(month)) return;
      this.#showMonth(month, target);
    } else this.focusDate = target;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-date="${this.focusDate}"]`)?.focus();
  }

  #dayState(date: string): CalendarDayState {
    const day = this.#dayOf(date);
    const free = day?.slots.filter((s) => s.remaining > 0).length ?? 0;
    return {
      date,
      loading: !day,
      free,
      closedReason: day?.closedReason ?? null,
      holidayName: day?.holidayName ?? null,
      today: date === this.#today,
      selected: date === this.selectedDate,
      focused: date === this.focusDate,
    };
  }

  #selectDay(date: string): void {
    this.focusDate = date;
    const state = this.#dayState(date);
    if (!state.free) return;
    this.selectedDate = date;
    this.selectedSlot = undefined;
    this.failure = undefined;
    this.announcement = bookingStrings[this.locale].slotsFound(formatSeoulShortDay(date, this.locale), state.free);
  }

  get #slot(): Slot | undefined {
    return this.selectedSlot ? this.#dayOf(this.selectedDate ?? '')?.slots.find((s) => s.start === this.selectedSlot) : undefined;
  }

  #selectSlot(slot: Slot): void {
    if (slot.remaining <= 0) return;
    this.selectedSlot = slot.start;
    this.partySize = Math.min(this.partySize, slot.remaining);
    this.failure = undefined;
  }

  // ---- area -----------------------------------------------------------------------------------

  get #areaCheck(): 'covered' | 'outside' | 'unknown' | 'none' {
    const service = this.service;
    if (!service || !needsAreaCheck(service)) return 'none';
    return checkArea(service, this.region, this.district);
  }

  get #area(): ServiceArea | undefined {
    if (this.#areaCheck !== 'covered') return undefined;
    return { region: this.region as ServiceArea['region'], ...(this.district && this.district !== OTHER_DISTRICT && { district: this.district }) };
  }

  // ---- hold -----------------------------------------------------------------------------------

  /** What keeps "예약하기" from holding, in words; empty when it may. */
  get #holdBlocker(): string {
    const t = bookingStrings[this.locale];
    if (!this.#slot) return t.chooseSlotFirst;
    const area = this.#areaCheck;
    if (area === 'unknown') return t.chooseAreaFirst;
    if (area === 'outside') return t.outsideArea;
    return '';
  }

  async #hold(): Promise<void> {
    const service = this.service!;
    const slot = this.#slot;
    const t = bookingStrings[this.locale];
    if (this.busy) return;
    if (this.#holdBlocker) {
      await this.updateComplete;
      // Focus what the buyer has to choose next: a day, a time, then the area.
      const first = !slot ? (this.selectedDate ? '[part~=slot]:not([aria-disabled=true])' : `[data-date="${this.focusDate}"]`) : this.region ? '#district' : '#region';
      this.renderRoot.querySelector<HTMLElement>(first)?.focus();
      this.announcement = this.#holdBlocker;
      return;
    }
    const area = this.#area;
    if (!this.emit('cen-booking-hold', { service, slotStart: slot!.start, partySize: this.partySize, area }, true)) return;
    this.busy = true;
    this.failure = undefined;
    this.announcement = t.holding;
    try {
      const referral = referralFor(this);
      const held = await clientFor(this).bookings.hold(
        { serviceId: service.id, slotStart: slot!.start, partySize: this.partySize, ...(area && { area }), ...(referral && { referral }) },
        { idempotencyKey: newIdempotencyKey() },
      );
      this.announcement = '';
      this.#putInCart(held);
      this.held = held;
      this.step = 'held';
      this.#countdown.start(held.booking.holdExpiresAt ?? this.now().toISOString());
      this.emit('cen-booking-held', { booking: bookingFacts(held.booking) });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#held-title')?.focus();
    } catch (error) {
      this.announcement = '';
      const taken = error instanceof CenConflictError;
      const outside = error instanceof CenInvalidRequestError && error.fieldErrors.some((f) => f.path.startsWith('body.area'));
      this.failure = { error, operation: 'hold', message: taken ? t.slotTaken : outside ? t.outsideArea : t.holdFailed };
      this.emit('cen-error', { error: error as Error, serviceId: service.id, operation: 'hold' });
      if (taken) {
        this.selectedSlot = undefined;
        this.#loadMonth();
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~=error]')?.focus();
    } finally {
      this.busy = false;
    }
  }

  /** Puts the held booking into the page's cart; false (and said) when the cart takes no more bookings. */
  #putInCart(held: BookingWithToken): boolean {
    const b = held.booking;
    const added = cartStoreFor(this).addBooking({
      bookingToken: held.bookingToken,
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
    if (!added) this.announcement = bookingStrings[this.locale].cartFull;
    return added;
  }

  async #pay(event: Event): Promise<void> {
    const held = this.held;
    if (!held) return;
    // The buyer may have removed it from the cart meanwhile: put it back before opening the cart.
    const store = cartStoreFor(this);
    if (!store.bookings.some((b) => b.bookingToken === held.bookingToken)) this.#putInCart(held);
    await openCart(this, event.currentTarget as HTMLElement);
  }

  /** The buyer gives the slot back to choose another: the hold is cancelled and leaves the cart. */
  async #release(): Promise<void> {
    const held = this.held;
    if (!held || this.busy) return;
    this.busy = true;
    try {
      await clientFor(this).bookings.cancel(held.bookingToken, { reason: bookingStrings.ko.releaseReason });
    } catch (error) {
      // The hold runs out by itself; the buyer can go on choosing.
      this.emit('cen-error', { error: error as Error, serviceId: held.booking.serviceId, operation: 'release-hold' });
    } finally {
      this.busy = false;
    }
    cartStoreFor(this).removeBooking(held.bookingToken);
    this.#backToCalendar();
  }

  #expire(): void {
    const held = this.held;
    if (!held || this.step !== 'held') return;
    try {
      cartStoreFor(this).removeBooking(held.bookingToken);
    } catch {
      // No key: no cart.
    }
    this.step = 'expired';
    this.announcement = bookingStrings[this.locale].expiredTitle;
    this.emit('cen-booking-expired', { booking: { ...bookingFacts(held.booking), status: 'expired' } });
  }

  async #backToCalendar(): Promise<void> {
    this.#countdown.stop();
    this.held = undefined;
    this.selectedSlot = undefined;
    this.step = 'choose';
    this.#loadMonth();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-date="${this.focusDate}"]`)?.focus();
  }

  // ---- inquiry --------------------------------------------------------------------------------

  #loadTerms(): void {
    if (this.terms) return;
    let client;
    try {
      client = clientFor(this);
    } catch {
      return; // The summary already says the widget is not configured.
    }
    termsFor(client).then(
      (terms) => {
        this.terms = terms;
        this.failure = undefined;
      },
      (error: unknown) => {
        this.failure = { error, operation: 'terms', message: bookingStrings[this.locale].termsFailed };
        this.emit('cen-error', { error: error as Error, serviceId: this.service?.id ?? this.serviceId, operation: 'terms' });
      },
    );
  }

  #set(field: InquiryField, value: string): void {
    this.#values[field] = value;
    this.#serverErrors.delete(field);
    this.requestUpdate();
  }

  #validate(): Map<string, string> {
    const e = bookingStrings[this.locale].errors;
    const v = this.#values;
    const errors = new Map<string, string>();
    const required = (f: InquiryField) => !v[f].trim() && errors.set(f, e.required);
    required('needs');
    if (this.#areaCheck !== 'none') {
      if (this.#areaCheck === 'unknown') errors.set(this.region ? 'district' : 'region', e.area);
      else if (this.#areaCheck === 'outside') errors.set(this.region && districtsIn(this.service!, this.region)?.length ? 'district' : 'region', e.outside);
      required('address');
    }
    this.#preferred.forEach((p, i) => {
      if (!p.date) errors.set(`preferred-date-${i}`, e.required);
      else if (p.date <= this.#today) errors.set(`preferred-date-${i}`, e.futureDate);
    });
    required('contact-name');
    if (!v['contact-phone'].trim()) errors.set('contact-phone', e.required);
    else if (!isValidKoreanPhone(v['contact-phone'])) errors.set('contact-phone', e.phone);
    if (!v['contact-email'].trim()) errors.set('contact-email', e.required);
    else if (!EMAIL_PATTERN.test(v['contact-email'].trim())) errors.set('contact-email', e.email);
    for (const c of this.terms?.consents ?? []) if (c.required && !this.#consents[c.type]) errors.set(consentId(c.type), e.consent);
    return errors;
  }

  get #errors(): Map<string, string> {
    const errors = this.#attempted ? this.#validate() : new Map<string, string>();
    for (const [field, message] of this.#serverErrors) if (!errors.has(field)) errors.set(field, message);
    return errors;
  }

  #inquiryBody(terms: CheckoutTerms): CreateInquiryRequest {
    const v = Object.fromEntries(INQUIRY_FIELDS.map((f) => [f, this.#values[f].trim()])) as Record<InquiryField, string>;
    const area = this.#area;
    const referral = referralFor(this);
    return {
      serviceId: this.service!.id,
      needs: v.needs,
      ...(area && { area }),
      ...(this.#areaCheck !== 'none' && v.address && { address: v.address }),
      preferredTimes: this.#preferred.map((p) => ({ date: p.date, timeOfDay: p.timeOfDay })),
      partySize: this.partySize,
      contact: { name: v['contact-name'], phone: normalizePhone(v['contact-phone']), email: v['contact-email'] },
      consents: terms.consents.map((c) => ({ type: c.type, version: c.version, accepted: !!this.#consents[c.type] })),
      ...(referral && { referral }),
    };
  }

  async #sendInquiry(event: Event): Promise<void> {
    event.preventDefault();
    const terms = this.terms;
    if (this.busy || !terms) return;
    const t = bookingStrings[this.locale];
    this.#attempted = true;
    this.#serverErrors.clear();
    this.failure = undefined;
    if (this.#validate().size) {
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
      return;
    }
    const body = this.#inquiryBody(terms);
    const scope = `${elementConfig(this).key ?? ''}:inquiry`;
    this.busy = true;
    this.announcement = t.sending;
    try {
      const sent = await clientFor(this).bookings.inquire(body, { idempotencyKey: attemptKey(scope, body) });
      forgetAttempt(scope);
      this.sent = sent;
      this.step = 'sent';
      this.announcement = '';
      this.emit('cen-booking-inquiry-sent', { booking: bookingFacts(sent.booking) });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent-title')?.focus();
    } catch (error) {
      this.announcement = '';
      this.emit('cen-error', { error: error as Error, serviceId: body.serviceId, operation: 'inquire' });
      if (error instanceof CenInvalidRequestError && error.fieldErrors.length) {
        forgetAttempt(scope);
        for (const fe of error.fieldErrors) {
          const path = fe.path.replace(/^body\./, '');
          const key = Object.keys(FIELD_OF_PATH).find((p) => path === p || path.startsWith(`${p}.`));
          if (key) this.#serverErrors.set(FIELD_OF_PATH[key]!, key === 'area' ? t.errors.outside : t.errors.invalid);
          else if (path.startsWith('consents')) {
            const consent = terms.consents.find((c) => c.required);
            if (consent) this.#serverErrors.set(consentId(consent.type), t.errors.consent);
          }
        }
        this.requestUpdate();
      }
      if (!this.#serverErrors.size) this.failure = { error, operation: 'inquire', message: t.inquiryFailed };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true], [part~=error]')?.focus();
    } finally {
      this.busy = false;
    }
  }

  // ---- rendering ------------------------------------------------------------------------------

  #calendar(): TemplateResult {
    const locale = this.locale;
    const t = bookingStrings[locale];
    const error = this.availabilityError;
    return html`${calendarGrid({
        month: this.month,
        locale,
        t,
        day: (date) => this.#dayState(date),
        canPrevious: this.#canShow(addMonths(this.month, -1)),
        canNext: this.#canShow(addMonths(this.month, 1)),
        busy: !this.availability && !error,
        onMonth: (months) => this.#onMonthButton(months),
        onKeydown: (e) => this.#onGridKeydown(e),
        onSelect: (date) => this.#selectDay(date),
        onFocus: (date) => (this.focusDate = date),
      })}
      ${error
        ? html`<div part="error" class="error">
            <p>${errorKind(error) === 'config' ? commonStrings[locale].notConfigured : t.availabilityFailed}</p>
            ${errorKind(error) === 'network' ? html`<button part="action" type="button" @click=${() => this.#loadMonth()}>${commonStrings[locale].retry}</button>` : ''}
          </div>`
        : ''}`;
  }

  #slots(): TemplateResult | string {
    const date = this.selectedDate;
    const day = date ? this.#dayOf(date) : undefined;
    if (!date || !day) return '';
    const locale = this.locale;
    const t = bookingStrings[locale];
    return html`<section part="slots" class="section" aria-labelledby="slots-title">
      <h3 id="slots-title">${t.slotsOf(formatSeoulShortDay(date, locale))}</h3>
      <div class="slot-list" role="group" aria-labelledby="slots-title">
        ${day.slots.map((slot) => {
          const full = slot.remaining <= 0;
          const selected = slot.start === this.selectedSlot;
          const time = `${formatSeoulTime(slot.start, locale)}–${formatSeoulTime(slot.end, locale)}`;
          const left = full ? t.slotFull : slot.capacity > 1 ? t.placesLeft(slot.remaining) : t.slotFree;
          return html`<button
            part=${selected ? 'slot slot-selected' : 'slot'}
            type="button"
            class="slot"
            aria-pressed=${selected ? 'true' : 'false'}
            aria-disabled=${full ? 'true' : 'false'}
            @click=${() => this.#selectSlot(slot)}
          >
            <span class="time">${time}</span> <span class="left">${left}</span>
          </button>`;
        })}
      </div>
    </section>`;
  }

  #areaFields(errors: Map<string, string>): TemplateResult | string {
    const service = this.service!;
    if (!needsAreaCheck(service)) return '';
    const locale = this.locale;
    const t = bookingStrings[locale];
    const s = serviceStrings[locale];
    const districts = this.region ? districtsIn(service, this.region) : null;
    const check = this.#areaCheck;
    const regionError = errors.get('region');
    const districtError = errors.get('district');
    const refused = check === 'outside';
    const describe = (id: string, error: string | undefined) => [error && `${id}-error`, refused && 'area-refusal'].filter(Boolean).join(' ') || nothing;
    return html`<fieldset part="area" class="section area">
      <legend><h3>${t.areaTitle}</h3></legend>
      <p class="muted">${t.areaIntro}</p>
      <div class="area-fields">
        <div part="field" class="field">
          <label for="region">${t.region}</label>
          <select id="region" aria-required="true" aria-invalid=${regionError ? 'true' : 'false'} aria-describedby=${describe('region', regionError)}
            @change=${(e: Event) => {
              this.region = (e.target as HTMLSelectElement).value;
              this.district = '';
              this.#serverErrors.delete('region');
            }}>
            <option value="" ?selected=${!this.region}>${t.choose}</option>
            ${KOREAN_REGION_CODES.filter((r) => r !== 'nationwide' && r !== 'online').map(
              (r) => html`<option value=${r} ?selected=${r === this.region}>${KOREAN_REGIONS[r][locale]}</option>`,
            )}
          </select>
          ${regionError ? html`<p part="field-error" id="region-error" class="problem">${regionError}</p>` : ''}
        </div>
        ${districts && districts.length
          ? html`<div part="field" class="field">
              <label for="district">${t.district}</label>
              <select id="district" aria-required="true" aria-invalid=${districtError ? 'true' : 'false'} aria-describedby=${describe('district', districtError)}
                @change=${(e: Event) => {
                  this.district = (e.target as HTMLSelectElement).value;
                  this.#serverErrors.delete('district');
                }}>
                <option value="" ?selected=${!this.district}>${t.choose}</option>
                ${districts.map((d) => html`<option value=${d} ?selected=${d === this.district}>${d}</option>`)}
                <option value=${OTHER_DISTRICT} ?selected=${this.district === OTHER_DISTRICT}>${t.otherDistrict}</option>
              </select>
              ${districtError ? html`<p part="field-error" id="district-error" class="problem">${districtError}</p>` : ''}
            </div>`
          : ''}
      </div>
      ${refused
        ? html`<p part="area-refusal" id="area-refusal" class="problem">${t.areaRefused(service.areas.map((a) => areaText(a, s)).join(', '))}</p>`
        : check === 'covered'
          ? html`<p class="muted">${t.areaCovered}</p>`
          : ''}
    </fieldset>`;
  }

  #choose(): TemplateResult {
    const locale = this.locale;
    const t = bookingStrings[locale];
    const slot = this.#slot;
    const service = this.service!;
    const blocker = this.#holdBlocker;
    const pricing = service.pricing;
    const estimate = slot && pricing.mode !== 'quote' ? (pricing.mode === 'fixed' ? formatKrw(pricing.price * this.partySize, locale) : serviceStrings[locale].priceFrom(formatKrw(pricing.price, locale))) : '';
    return html`${this.#calendar()} ${this.#slots()}
      ${slot && slot.capacity > 1
        ? html`<div class="section party">
            <h3 id="party-title">${t.partySize}</h3>
            ${quantityStepper({
              value: this.partySize,
              max: Math.max(1, Math.min(slot.remaining, 50)),
              label: t.partySize,
              decrease: t.fewer,
              increase: t.more,
              onChange: (n) => (this.partySize = n),
            })}
            <p class="muted">${t.partyHint(Math.min(slot.remaining, 50))}</p>
          </div>`
        : ''}
      ${this.#areaFields(new Map())}
      ${slot
        ? html`<dl class="amounts choice-summary">
            <dt>${t.when}</dt><dd>${formatSeoulSlot(slot.start, slot.end, locale)}</dd>
            <dt>${t.people}</dt><dd>${t.persons(this.partySize)}</dd>
            ${estimate ? html`<dt>${t.estimate}</dt><dd class="total">${estimate}</dd>` : ''}
          </dl>`
        : ''}
      ${this.failure ? this.#failureBox() : ''}
      ${blocker ? html`<p id="book-hint" class="muted">${blocker}</p>` : html`<p id="book-hint" class="muted">${t.holdFor(this.#holdMinutes ?? 10)}</p>`}
      <button part="book-button" type="button" class="primary" ?disabled=${this.busy} aria-disabled=${blocker ? 'true' : 'false'} aria-describedby="book-hint" @click=${this.#hold}>
        ${this.busy ? t.holding : t.book}
      </button>`;
  }

  #failureBox(): TemplateResult {
    const f = this.failure!;
    const c = commonStrings[this.locale];
    return html`<div part="error" class="error" tabindex="-1" role="alert">
      <p>${errorKind(f.error) === 'config' ? c.notConfigured : f.message}</p>
      ${f.operation === 'terms' ? html`<button part="action" type="button" @click=${() => this.#loadTerms()}>${c.retry}</button>` : ''}
    </div>`;
  }

  #heldView(): TemplateResult {
    const locale = this.locale;
    const t = bookingStrings[locale];
    const held = this.held!;
    const b = held.booking;
    const seconds = this.#countdown.remainingSeconds;
    const minutes = this.#holdMinutes ?? Math.max(1, Math.round((Date.parse(b.holdExpiresAt ?? b.createdAt) - Date.parse(b.createdAt)) / 60_000));
    const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    return html`<section part="held" class="section result" aria-labelledby="held-title">
      <h3 id="held-title" tabindex="-1">${t.heldTitle}</h3>
      <p><strong>${t.holdFor(minutes)}</strong> ${t.holdNote}</p>
      <p part="countdown" class="countdown">
        <span>${t.remaining}</span>
        <span role="timer" aria-label=${t.remainingWords(Math.floor(seconds / 60), seconds % 60)} class="clock">${clock}</span>
      </p>
      <dl class="amounts">
        <dt>${t.number}</dt><dd>${b.number}</dd>
        <dt>${t.service}</dt><dd>${b.serviceTitle}</dd>
        <dt>${t.when}</dt><dd>${b.slotStart ? formatSeoulSlot(b.slotStart, b.slotEnd, locale) : ''}</dd>
        <dt>${t.people}</dt><dd>${t.persons(b.partySize)}</dd>
        ${b.amount !== null ? html`<dt>${t.amount}</dt><dd class="total">${formatKrw(b.amount, locale)}</dd>` : ''}
      </dl>
      <div class="buttons">
        <button part="pay-button" type="button" @click=${this.#pay}>${t.payNow}</button>
        <button part="release-button" type="button" class="secondary" ?disabled=${this.busy} @click=${this.#release}>${t.release}</button>
      </div>
    </section>`;
  }

  #expiredView(): TemplateResult {
    const t = bookingStrings[this.locale];
    return html`<section part="expired" class="section result error" aria-labelledby="expired-title">
      <h3 id="expired-title">${t.expiredTitle}</h3>
      <p>${t.expiredText}</p>
      <button part="action" type="button" @click=${this.#backToCalendar}>${t.chooseAgain}</button>
    </section>`;
  }

  #field(
    id: InquiryField,
    label: string,
    errors: Map<string, string>,
    o: { type?: string; autocomplete?: string; inputmode?: string; hint?: string; maxlength?: number; multiline?: boolean } = {},
  ): TemplateResult {
    const error = errors.get(id);
    const describedBy = [o.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || nothing;
    const onInput = (e: Event) => this.#set(id, (e.target as HTMLInputElement).value);
    return html`<div part="field" class="field">
      <label for=${id}>${label}</label>
      ${o.multiline
        ? html`<textarea id=${id} maxlength=${o.maxlength ?? 2000} .value=${this.#values[id]} aria-required="true" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy} @input=${onInput}></textarea>`
        : html`<input
            id=${id}
            type=${o.type ?? 'text'}
            autocomplete=${o.autocomplete ?? 'off'}
            inputmode=${o.inputmode ?? nothing}
            maxlength=${o.maxlength ?? 200}
            .value=${this.#values[id]}
            aria-required="true"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy}
            @input=${onInput}
          />`}
      ${o.hint ? html`<p id=${`${id}-hint`} class="muted hint">${o.hint}</p>` : ''}
      ${error ? html`<p part="field-error" id=${`${id}-error`} class="problem">${error}</p>` : ''}
    </div>`;
  }

  #preferredTimes(errors: Map<string, string>): TemplateResult {
    const locale = this.locale;
    const t = bookingStrings[locale];
    const min = this.#today;
    const update = () => this.requestUpdate();
    return html`<fieldset class="section">
      <legend><h3>${t.preferredTimes}</h3></legend>
      <p class="muted">${t.preferredHint}</p>
      <ol class="preferred" role="list">
        ${this.#preferred.map((p, i) => {
          const id = `preferred-date-${i}`;
          const error = errors.get(id);
          return html`<li><div class="preferred-row" role="group" aria-label=${t.preferredN(i + 1)}>
            <div part="field" class="field">
              <label for=${id}>${t.preferredDate(i + 1)}</label>
              <input id=${id} type="date" min=${min} .value=${p.date} aria-required="true" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing}
                @input=${(e: Event) => {
                  p.date = (e.target as HTMLInputElement).value;
                  this.#serverErrors.delete(id);
                  update();
                }} />
              ${error ? html`<p part="field-error" id=${`${id}-error`} class="problem">${error}</p>` : ''}
            </div>
            <div part="field" class="field">
              <label for=${`time-of-day-${i}`}>${t.timeOfDay}</label>
              <select id=${`time-of-day-${i}`} @change=${(e: Event) => ((p.timeOfDay = (e.target as HTMLSelectElement).value as TimeOfDay), update())}>
                ${TIMES_OF_DAY.map((v) => html`<option value=${v} ?selected=${v === p.timeOfDay}>${t.timesOfDay[v]}</option>`)}
              </select>
            </div>
            ${i > 0
              ? html`<button type="button" class="link remove" aria-label=${t.removePreferred(i + 1)} @click=${async () => {
                  this.#preferred.splice(i, 1);
                  update();
                  await this.updateComplete;
                  this.renderRoot.querySelector<HTMLElement>('#add-preferred, #preferred-date-0')?.focus();
                }}>${t.remove}</button>`
              : ''}
          </div></li>`;
        })}
      </ol>
      ${this.#preferred.length < MAX_PREFERRED
        ? html`<button id="add-preferred" type="button" class="secondary" @click=${async () => {
            this.#preferred.push({ date: '', timeOfDay: 'any' });
            update();
            await this.updateComplete;
            this.renderRoot.querySelector<HTMLElement>(`#preferred-date-${this.#preferred.length - 1}`)?.focus();
          }}>${t.addPreferred}</button>`
        : ''}
    </fieldset>`;
  }

  #inquiryForm(): TemplateResult {
    const locale = this.locale;
    const t = bookingStrings[locale];
    const terms = this.terms;
    const errors = this.#errors;
    const visit = this.#areaCheck !== 'none';
    if (!terms) {
      return this.failure ? this.#failureBox() : html`<p class="muted" aria-busy="true">${t.loadingTerms}</p>`;
    }
    return html`<form part="form" class="form" novalidate @submit=${this.#sendInquiry}>
      <h3>${t.inquiryTitle}</h3>
      <p class="muted">${t.inquiryIntro}</p>
      ${this.#field('needs', t.needs, errors, { multiline: true, hint: t.needsHint })}
      ${this.#areaFields(errors)}
      ${visit ? this.#field('address', t.address, errors, { autocomplete: 'street-address', hint: t.addressHint, maxlength: 300 }) : ''}
      ${this.#preferredTimes(errors)}
      <div class="section party">
        <h3>${t.partySize}</h3>
        ${quantityStepper({ value: this.partySize, max: 50, label: t.partySize, decrease: t.fewer, increase: t.more, onChange: (n) => (this.partySize = n) })}
      </div>
      <fieldset class="section">
        <legend><h3>${t.contact}</h3></legend>
        <p class="muted">${t.contactNote}</p>
        ${this.#field('contact-name', t.name, errors, { autocomplete: 'name', maxlength: 60 })}
        ${this.#field('contact-phone', t.phone, errors, { type: 'tel', autocomplete: 'tel', inputmode: 'tel', hint: t.phoneHint, maxlength: 20 })}
        ${this.#field('contact-email', t.email, errors, { type: 'email', autocomplete: 'email' })}
      </fieldset>
      ${consentList({
        consents: terms.consents,
        checked: this.#consents,
        errors,
        t: consentStrings[locale],
        onChange: (types, checked) => {
          for (const type of types) {
            this.#consents[type] = checked;
            this.#serverErrors.delete(consentId(type));
          }
          this.requestUpdate();
        },
      })}
      ${this.failure ? this.#failureBox() : ''}
      <button part="send-button" type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? t.sending : t.send}</button>
    </form>`;
  }

  #sentView(): TemplateResult {
    const locale = this.locale;
    const t = bookingStrings[locale];
    const sent = this.sent!;
    return html`<section part="sent" class="section result" aria-labelledby="sent-title">
      <h3 id="sent-title" tabindex="-1">${t.sentTitle}</h3>
      <dl class="amounts">
        <dt>${t.number}</dt><dd>${sent.booking.number}</dd>
        <dt>${t.status}</dt><dd>${t.statuses[sent.booking.status]}</dd>
      </dl>
      <h4>${t.nextTitle}</h4>
      <ol class="steps">${t.nextSteps.map((step) => html`<li>${step}</li>`)}</ol>
      <p><a part="status-link" href=${statusLinkOf(this.statusUrl, sent.bookingToken)}>${t.statusLink}</a></p>
      <p class="muted">${t.statusLinkNote}</p>
    </section>`;
  }

  protected override render() {
    const locale = this.locale;
    const c = commonStrings[locale];
    const s = serviceStrings[locale];
    const service = this.service;
    if (!service) {
      const error = this.#loader.error;
      if (!error) return html`<div part="base" aria-busy="true"><p class="muted">${s.loadingService}</p></div>`;
      const kind = errorKind(error);
      return html`<div part="base error" class="error">
        <p>${kind === 'not-found' ? s.serviceNotFound : kind === 'config' ? c.notConfigured : c.loadFailed}</p>
        ${kind === 'network' ? html`<button part="action" type="button" @click=${() => this.#loader.reload()}>${c.retry}</button>` : ''}
      </div>`;
    }
    const body =
      this.step === 'held' && this.held
        ? this.#heldView()
        : this.step === 'expired'
          ? this.#expiredView()
          : this.step === 'sent' && this.sent
            ? this.#sentView()
            : this.step === 'inquiry'
              ? this.#inquiryForm()
              : this.#choose();
    return html`<article part="base" class="booking" aria-labelledby="title">
      ${bookingSummary(service, this.#policy, locale)}
      ${body}
      <p part="status" role="status" class="sr">${this.announcement}</p>
    </article>`;
  }
}
