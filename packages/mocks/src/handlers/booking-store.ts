import {
  assertTransition,
  cancellationOutcome,
  checkConsents,
  findBookableSlot,
  generateSlots,
  IllegalBookingTransitionError,
  instantBookingAmount,
  QuoteBookingRequest,
  serviceAreaErrors,
  toSeoulIso,
  type Availability,
  type Booking,
  type BookingEvent,
  type BookingStatus,
  type BookingWithToken,
  type CheckoutTerms,
  type CreateHoldRequest,
  type CreateInquiryRequest,
  type FieldError,
  type PricedBooking,
  type Service,
  type ServiceAvailability,
} from '@thecen/schema';
import type { ChannelFixture } from '../fixtures/channel.js';
import { MockProblem, type CheckoutBookings, type StoredAnswer } from './checkout-store.js';
import type { PublicCatalog } from './public-catalog.js';
import { randomBookingNumber, randomBookingToken, randomId } from './random-ids.js';

interface BookingRecord {
  channelId: string;
  token: string;
  booking: Booking;
  /** True while the booking takes `partySize` of its slot's capacity (held, accepted, confirmed). */
  slotTaken: boolean;
  /** The partner recorded that the service began: no cancellation by the buyer after it. */
  started: boolean;
}

export interface BookingStoreOptions {
  catalog: PublicCatalog;
  /** Availability of each bookable service, by service id. */
  availability: Readonly<Record<string, ServiceAvailability>>;
  /** The mall's consent texts; an inquiry needs the personal-information consents. */
  terms: CheckoutTerms;
  now: () => Date;
}

/** What the partner (and the checkout) do to mock bookings in tests, in place of the secret-key API. */
export interface MockBookings {
  /** Answers an inquiry (or revises a quote) with a price, proposed slots and a validity: `quoted`. */
  quote(bookingId: string, input: QuoteBookingRequest): Booking;
  /**
   * Pays a booking that is in no order, as if the checkout had: a hold goes `pending_payment` then
   * `confirmed`; an accepted quote `confirmed`. (A booking in a mock order is paid with the order:
   * `mockPayments(…).approve(paymentId)`.)
   */
  pay(bookingId: string): Booking;
  /** Cancels as the partner: `cancelled` with a full refund of what was paid. */
  cancel(bookingId: string, reason?: string): Booking;
  /** Records the `started` event of a confirmed booking (the buyer can no longer cancel). */
  start(bookingId: string): Booking;
  /** A confirmed booking took place: `completed`. */
  complete(bookingId: string): Booking;
  /** The buyer did not come: `no_show`. */
  markNoShow(bookingId: string): Booking;
  /** Ends every running hold now (held and accepted bookings): they are `expired` and free their slots. Answers them. */
  expireHolds(): Booking[];
  /** A booking as it is now. */
  booking(bookingId: string): Booking;
  /** The booking token the buyer received for a booking. */
  token(bookingId: string): string;
  /** Every booking, oldest first. */
  list(): Booking[];
}

const ACTIONS: Partial<Record<BookingStatus, string>> = {
  quoted: 'quoted',
  pending_payment: 'accepted or ordered',
  confirmed: 'confirmed',
  completed: 'completed',
  cancelled: 'cancelled',
  no_show: 'marked as a no-show',
  expired: 'expired',
};

function validationFailed(errors: FieldError[]): MockProblem {
  return new MockProblem(400, 'validation_failed', errors.map((e) => `${e.path} ${e.message}`).join('; '), { errors });
}

/**
 * The in-memory bookings of one `createHandlers()` call: holds and accepted quotes take capacity
 * (party sizes) of their slot until they expire or are cancelled, inquiries wait for the partner
 * (`MockBookings.quote`). Slots, transitions and cancellation fees come from `@thecen/schema`,
 * like the server's.
 */
export function createBookingStore({ catalog, availability, terms, now }: BookingStoreOptions) {
  const records = new Map<string, BookingRecord>();
  const idByToken = new Map<string, string>();
  // An inquiry shares the buyer's details with the partner: the personal-information consents are
  // required, the purchase terms come later at checkout.
  const inquiryTerms = { consents: terms.consents.map((d) => (d.type === 'purchase_terms' ? { ...d, required: false } : d)) };

  const nowIso = () => toSeoulIso(now());

  function bookable(serviceId: string): { service: Service; availability: ServiceAvailability } {
    const service = catalog.serviceById.get(serviceId);
    const found = availability[serviceId];
    if (!service || !found) throw new MockProblem(404, 'not_found', `No bookable service has the id ${serviceId}.`);
    return { service, availability: found };
  }

  /** Capacity taken per slot start (epoch ms) of a service: the party sizes of the bookings holding it. */
  function takenOf(serviceId: string): Map<number, number> {
    const taken = new Map<number, number>();
    for (const { booking, slotTaken } of records.values()) {
      if (!slotTaken || booking.serviceId !== serviceId || !booking.slotStart) continue;
      const start = Date.parse(booking.slotStart);
      taken.set(start, (taken.get(start) ?? 0) + booking.partySize);
    }
    return taken;
  }

  function addEvent(record: BookingRecord, type: BookingEvent['type'], by: BookingEvent['by'], note: string | null = null): void {
    const at = nowIso();
    record.booking.events.push({ type, at, by, note });
    record.booking.updatedAt = at;
  }

  function notAllowed(from: BookingStatus, detail: string): MockProblem {
    if (from === 'expired') return new MockProblem(409, 'booking_expired', `The booking has expired: ${detail}`);
    return new MockProblem(409, 'booking_transition_not_allowed', `The booking is ${from.replace('_', ' ')}: ${detail}`);
  }

  /** Moves a booking along a legal transition only (`assertTransition`), recording the event. */
  function move(record: BookingRecord, to: BookingStatus, by: BookingEvent['by'], note: string | null = null): void {
    const from = record.booking.status;
    try {
      assertTransition(from, to);
    } catch (error) {
      if (error instanceof IllegalBookingTransitionError) throw notAllowed(from, `it cannot be ${ACTIONS[to] ?? to} now.`);
      throw error;
    }
    record.booking.status = to;
    addEvent(record, to, by, note);
  }

  /** Holds and accepted quotes whose time ran out expire (freeing their slot); so do lapsed quotes. */
  function sweep(): void {
    const time = now().getTime();
    for (const record of records.values()) {
      const { booking } = record;
      // A booking in an order lives as long as the order (its payment deadline); the checkout releases it.
      const lapsed = booking.orderId === null && booking.holdExpiresAt !== null && Date.parse(booking.holdExpiresAt) <= time;
      if ((booking.status === 'held' || booking.status === 'pending_payment') && lapsed) {
        move(record, 'expired', 'system', 'hold expired');
        booking.holdExpiresAt = null;
        record.slotTaken = false;
      } else if (booking.status === 'quoted' && booking.quote && Date.parse(booking.quote.validUntil) <= time) {
        move(record, 'expired', 'system', 'quote expired');
      }
    }
  }

  /** 409 `slot_unavailable` unless `partySize` more fits in the slot of `start`. */
  function checkCapacity(serviceId: string, a: ServiceAvailability, start: Date, partySize: number): void {
    const taken = takenOf(serviceId).get(start.getTime()) ?? 0;
    if (taken + partySize > a.capacityPerSlot) {
      const left = Math.max(0, a.capacityPerSlot - taken);
      throw new MockProblem(409, 'slot_unavailable', `The slot ${toSeoulIso(start)} has ${left} of ${a.capacityPerSlot} places left; choose another one.`);
    }
  }

  function create(channelId: string, service: Service, a: ServiceAvailability, fields: Partial<Booking> & Pick<Booking, 'mode' | 'status' | 'partySize'>): BookingRecord {
    const createdAt = now();
    const at = toSeoulIso(createdAt);
    const id = randomId('booking');
    const booking: Booking = {
      id,
      object: 'booking',
      number: randomBookingNumber(createdAt),
      serviceId: service.id,
      serviceTitle: service.title,
      partnerId: service.partnerId,
      partnerName: service.partner.name,
      slotStart: null,
      slotEnd: null,
      area: null,
      address: null,
      contact: { name: '', phone: '', email: '' },
      needs: '',
      preferredTimes: [],
      quote: null,
      amount: null,
      holdExpiresAt: null,
      cancellationPolicy: { ...a.cancellationPolicy },
      orderId: null,
      cancellation: null,
      events: [{ type: fields.status, at, by: 'buyer', note: null }],
      createdAt: at,
      updatedAt: at,
      ...fields,
    };
    const record: BookingRecord = { channelId, token: randomBookingToken(id), booking, slotTaken: false, started: false };
    records.set(id, record);
    idByToken.set(record.token, id);
    return record;
  }

  const withToken = (record: BookingRecord): BookingWithToken => ({
    object: 'booking_with_token',
    booking: structuredClone(record.booking),
    bookingToken: record.token,
  });

  function availabilityOf(serviceId: string, from: string, to: string): Availability {
    sweep();
    const { availability: a } = bookable(serviceId);
    return {
      object: 'availability',
      serviceId,
      timeZone: 'Asia/Seoul',
      from,
      to,
      durationMinutes: a.durationMinutes,
      holdMinutes: a.holdMinutes,
      cancellationPolicy: { ...a.cancellationPolicy },
      days: generateSlots({ availability: a, from, to, now: now(), taken: takenOf(serviceId) }),
    };
  }

  function hold(channel: ChannelFixture, input: CreateHoldRequest): StoredAnswer {
    sweep();
    const { service, availability: a } = bookable(input.serviceId);
    const errors: FieldError[] = [];
    if (service.bookingMode !== 'instant') {
      errors.push({ path: 'body.serviceId', message: 'is booked on request: send an inquiry (POST /v1/bookings/inquiries)', code: 'request_mode_service' });
    }
    errors.push(...serviceAreaErrors(service, input.area));
    if (errors.length > 0) throw validationFailed(errors);
    const start = new Date(input.slotStart);
    const slot = findBookableSlot(a, start, now());
    if (!slot) {
      throw new MockProblem(409, 'slot_unavailable', `The slot ${toSeoulIso(start)} cannot be booked now; see GET /v1/services/${service.id}/availability.`);
    }
    checkCapacity(service.id, a, start, input.partySize);
    const record = create(channel.id, service, a, {
      mode: 'instant',
      status: 'held',
      slotStart: slot.start,
      slotEnd: slot.end,
      partySize: input.partySize,
      area: input.area ? { ...input.area } : null,
      amount: instantBookingAmount(service, input.partySize),
      holdExpiresAt: toSeoulIso(new Date(now().getTime() + a.holdMinutes * 60_000)),
    });
    record.slotTaken = true;
    return { status: 201, body: withToken(record) };
  }

  function inquire(channel: ChannelFixture, input: CreateInquiryRequest): StoredAnswer {
    sweep();
    const { service, availability: a } = bookable(input.serviceId);
    const errors: FieldError[] = [];
    if (service.bookingMode !== 'request') {
      errors.push({ path: 'body.serviceId', message: 'is booked instantly: hold a slot (POST /v1/bookings/holds)', code: 'instant_mode_service' });
    }
    errors.push(...serviceAreaErrors(service, input.area), ...checkConsents(inquiryTerms, input.consents));
    if (errors.length > 0) throw validationFailed(errors);
    const record = create(channel.id, service, a, {
      mode: 'request',
      status: 'inquiry',
      partySize: input.partySize ?? 1,
      area: input.area ? { ...input.area } : null,
      address: input.address ?? null,
      contact: { ...input.contact },
      needs: input.needs,
      preferredTimes: input.preferredTimes.map((p) => ({ ...p })),
    });
    return { status: 201, body: withToken(record) };
  }

  function recordByToken(channelId: string, token: string): BookingRecord {
    sweep();
    const record = records.get(idByToken.get(token) ?? '');
    if (!record || record.channelId !== channelId) throw new MockProblem(404, 'not_found', 'No booking has this token.');
    return record;
  }

  function accept(record: BookingRecord, slotStart: string): StoredAnswer {
    const { booking } = record;
    if (booking.status !== 'quoted' || !booking.quote) throw notAllowed(booking.status, 'only a quoted booking can be accepted.');
    const start = new Date(slotStart);
    if (!booking.quote.proposedSlots.some((s) => Date.parse(s) === start.getTime())) {
      throw validationFailed([{ path: 'body.slotStart', message: 'is not one of the slots the partner proposed', code: 'not_proposed' }]);
    }
    const a = availability[booking.serviceId];
    if (!a) throw new MockProblem(404, 'not_found', `No bookable service has the id ${booking.serviceId}.`);
    if (start.getTime() <= now().getTime()) throw new MockProblem(409, 'slot_unavailable', `The slot ${toSeoulIso(start)} has already begun.`);
    checkCapacity(booking.serviceId, a, start, booking.partySize);
    booking.slotStart = toSeoulIso(start);
    booking.slotEnd = toSeoulIso(new Date(start.getTime() + a.durationMinutes * 60_000));
    booking.amount = booking.quote.amount;
    booking.holdExpiresAt = toSeoulIso(new Date(now().getTime() + a.holdMinutes * 60_000));
    record.slotTaken = true;
    move(record, 'pending_payment', 'buyer');
    return { status: 200, body: structuredClone(booking) };
  }

  function cancelWith(record: BookingRecord, by: 'buyer' | 'partner', reason: string): Booking {
    const { booking } = record;
    if (by === 'buyer' && record.started) throw notAllowed(booking.status, 'the service has started, so it can no longer be cancelled.');
    let refundAmount = 0;
    let feeAmount = 0;
    if (booking.status === 'confirmed') {
      ({ refundAmount, feeAmount } = cancellationOutcome({
        policy: booking.cancellationPolicy,
        amountPaid: booking.amount ?? 0,
        slotStart: new Date(booking.slotStart!),
        now: now(),
        by,
      }));
    }
    move(record, 'cancelled', by, reason);
    booking.cancellation = { by, at: nowIso(), reason, refundAmount, feeAmount };
    booking.holdExpiresAt = null;
    record.slotTaken = false;
    return booking;
  }

  function decline(record: BookingRecord, reason: string): StoredAnswer {
    if (record.booking.status !== 'quoted') throw notAllowed(record.booking.status, 'only a quote can be declined.');
    return { status: 200, body: structuredClone(cancelWith(record, 'buyer', reason)) };
  }

  function cancelByBuyer(record: BookingRecord, reason: string): StoredAnswer {
    return { status: 200, body: structuredClone(cancelWith(record, 'buyer', reason)) };
  }

  /** A booking by id for the partner controls; a plain `Error` when there is none. */
  function recordById(bookingId: string): BookingRecord {
    sweep();
    const record = records.get(bookingId);
    if (!record) throw new Error(`No mock booking has the id ${bookingId}.`);
    return record;
  }

  const partner: MockBookings = {
    quote(bookingId, input) {
      const record = recordById(bookingId);
      const parsed = QuoteBookingRequest.parse(input);
      const time = now().getTime();
      if (Date.parse(parsed.validUntil) <= time) throw new Error(`The quote's validUntil (${parsed.validUntil}) is not in the future.`);
      const past = parsed.proposedSlots.find((s) => Date.parse(s) <= time);
      if (past) throw new Error(`The proposed slot ${past} is not in the future.`);
      move(record, 'quoted', 'partner', parsed.message || null);
      const { booking } = record;
      booking.quote = {
        amount: parsed.amount,
        message: parsed.message,
        proposedSlots: [...new Set(parsed.proposedSlots.map((s) => toSeoulIso(new Date(s))))],
        validUntil: toSeoulIso(new Date(parsed.validUntil)),
        quotedAt: nowIso(),
      };
      booking.amount = parsed.amount;
      return structuredClone(booking);
    },
    pay(bookingId) {
      const record = recordById(bookingId);
      if (record.booking.orderId) throw new Error(`Booking ${bookingId} is paid by order ${record.booking.orderId}: approve that order's payment with mockPayments() instead.`);
      if (record.booking.status === 'held') move(record, 'pending_payment', 'system', 'order placed');
      move(record, 'confirmed', 'system', 'paid');
      record.booking.holdExpiresAt = null;
      return structuredClone(record.booking);
    },
    cancel(bookingId, reason = '파트너 사정으로 취소') {
      return structuredClone(cancelWith(recordById(bookingId), 'partner', reason));
    },
    start(bookingId) {
      const record = recordById(bookingId);
      if (record.booking.status !== 'confirmed' || record.started) {
        throw notAllowed(record.booking.status, record.started ? 'it has already started.' : 'only a confirmed booking can start.');
      }
      record.started = true;
      addEvent(record, 'started', 'partner');
      return structuredClone(record.booking);
    },
    complete(bookingId) {
      const record = recordById(bookingId);
      move(record, 'completed', 'partner');
      return structuredClone(record.booking);
    },
    markNoShow(bookingId) {
      const record = recordById(bookingId);
      move(record, 'no_show', 'partner');
      return structuredClone(record.booking);
    },
    expireHolds() {
      sweep();
      const at = nowIso();
      const running = [...records.values()].filter((r) => r.booking.status === 'held' || r.booking.status === 'pending_payment');
      for (const record of running) record.booking.holdExpiresAt = at;
      sweep();
      return running.map((r) => structuredClone(r.booking));
    },
    booking: (bookingId) => structuredClone(recordById(bookingId).booking),
    token: (bookingId) => recordById(bookingId).token,
    list() {
      sweep();
      return [...records.values()].map((r) => structuredClone(r.booking));
    },
  };

  const ordered = (orderId: string) => [...records.values()].filter((r) => r.booking.orderId === orderId);

  /** The checkout's side: price bookings in carts, attach them to orders, follow their payment. */
  const checkout: CheckoutBookings = {
    price(channelId, inputs) {
      sweep();
      const errors: FieldError[] = [];
      const priced: PricedBooking[] = [];
      inputs.forEach(({ bookingToken }, index) => {
        const record = records.get(idByToken.get(bookingToken) ?? '');
        if (!record || record.channelId !== channelId) {
          errors.push({ path: `body.bookings.${index}.bookingToken`, message: 'is not a booking of this mall', code: 'unknown_booking' });
          return;
        }
        const { booking } = record;
        const payable = (booking.status === 'held' || booking.status === 'pending_payment') && booking.orderId === null;
        priced.push({
          bookingId: booking.id,
          serviceId: booking.serviceId,
          title: booking.serviceTitle,
          partnerId: booking.partnerId,
          partnerName: booking.partnerName,
          slotStart: booking.slotStart,
          slotEnd: booking.slotEnd,
          partySize: booking.partySize,
          amount: booking.amount ?? 0,
          holdExpiresAt: booking.holdExpiresAt,
          problem: payable ? null : booking.status === 'expired' ? 'booking_expired' : 'booking_unavailable',
        });
      });
      if (errors.length > 0) throw validationFailed(errors);
      return priced;
    },
    attach(bookingIds, order) {
      for (const id of bookingIds) {
        const record = records.get(id)!;
        const { booking } = record;
        if (booking.status === 'held') move(record, 'pending_payment', 'buyer', 'order placed');
        booking.orderId = order.id;
        booking.holdExpiresAt = order.expiresAt;
        if (!booking.contact.name) booking.contact = { ...order.buyer };
        if (booking.address === null && order.shippingAddress) booking.address = `${order.shippingAddress.road} ${order.shippingAddress.detail}`.trim();
      }
    },
    paid(orderId) {
      for (const record of ordered(orderId)) {
        if (record.booking.status !== 'pending_payment') continue;
        move(record, 'confirmed', 'system', 'paid');
        record.booking.holdExpiresAt = null;
      }
    },
    released(orderId, how) {
      for (const record of ordered(orderId)) {
        const { booking } = record;
        if (booking.status !== 'pending_payment') continue;
        if (how === 'expired') move(record, 'expired', 'system', 'order expired');
        else {
          move(record, 'cancelled', 'buyer', 'order cancelled');
          booking.cancellation = { by: 'buyer', at: nowIso(), reason: 'order cancelled', refundAmount: 0, feeAmount: 0 };
        }
        booking.holdExpiresAt = null;
        record.slotTaken = false;
      }
    },
  };

  return { availability: availabilityOf, hold, inquire, recordByToken, accept, decline, cancelByBuyer, sweep, partner, checkout };
}

export type BookingStore = ReturnType<typeof createBookingStore>;
