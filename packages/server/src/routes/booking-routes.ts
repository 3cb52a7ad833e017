import { checkConsents, routes, type BookingWithToken } from '@thecen/schema';
import type { Context, Handler } from 'hono';
import { bookableService } from '../bookings/bookable-service.js';
import { findBookingRow, loadBooking, type BookingRow } from '../bookings/booking-rows.js';
import { signBookingToken, verifyBookingToken } from '../bookings/booking-token.js';
import { cancelBooking, finishCancellationRefund } from '../bookings/cancel-booking.js';
import { createHold } from '../bookings/create-hold.js';
import { recordPartnerProgress, type PartnerProgress } from '../bookings/partner-progress.js';
import { acceptQuote, createInquiry, declineQuote, quoteBooking } from '../bookings/request-bookings.js';
import { availabilityOf } from '../bookings/service-availability.js';
import { loadServiceAvailability } from '../bookings/service-availability-store.js';
import { getService } from '../catalog/service-queries.js';
import { loadCheckoutTerms } from '../channels/checkout-terms-store.js';
import type { CheckoutContext } from '../checkout/checkout-context.js';
import type { Queryable } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import { readJsonBody } from '../http/read-body.js';
import { EMPTY_QUERY, parsePathParams, parseQuery, type InputSchema } from '../http/validate-input.js';
import { idempotencyKeyOf, type IdempotentWork } from '../orders/idempotency.js';
import { noCheckoutTerms } from './checkout-routes.js';
import { answerIdempotently } from './idempotent-answer.js';
import { jsonAnswer, sendAnswer } from './json-answer.js';
import { outputContextOf } from './output-context-of.js';

export type BookingRouteName =
  | 'getServiceAvailability'
  | 'createBookingHold'
  | 'createBookingInquiry'
  | 'getBookingByToken'
  | 'acceptBookingQuote'
  | 'declineBookingQuote'
  | 'cancelBookingByBuyer'
  | 'getBooking'
  | 'quoteBooking'
  | 'cancelBookingByPartner'
  | 'startBooking'
  | 'completeBooking'
  | 'markBookingNoShow';

type RecordResource = (tx: Queryable, id: string) => Promise<void>;

/**
 * Service booking: availability, instant holds and inquiries (publishable key), the buyer's
 * actions with the booking token (accept / decline a quote, cancel), and the partner's actions
 * with the secret key (read, quote, cancel, start, complete, no-show). Every write takes an
 * `Idempotency-Key`.
 */
export function bookingHandlers(ctx: CheckoutContext): Record<BookingRouteName, Handler<AppEnv>> {
  const { db } = ctx;
  const idempotent = (c: Context<AppEnv>, route: BookingRouteName, raw: unknown, work: IdempotentWork) => answerIdempotently(c, db, route, raw, work);

  /** The booking of a token, for the key's channel only; 404 for anything else. */
  async function bookingOfToken(c: Context<AppEnv>): Promise<BookingRow> {
    const id = verifyBookingToken(c.req.param('token') ?? '', await ctx.signingSecret());
    const row = id ? await findBookingRow(db, id) : null;
    if (!row || row.channel_id !== c.get('channel').id) throw new ProblemError(404, 'not_found', 'No booking matches this token.');
    return row;
  }

  /** The booking of an id, for the secret key's channel only. */
  async function bookingOfId(c: Context<AppEnv>): Promise<BookingRow> {
    const { id } = parsePathParams(c, routes.getBooking.params);
    const row = await findBookingRow(db, id);
    if (!row || row.channel_id !== c.get('channel').id) throw new ProblemError(404, 'not_found', `No booking has the id ${id}.`);
    return row;
  }

  async function bookingAnswer(id: string) {
    return jsonAnswer(await loadBooking(db, id));
  }

  async function withToken(id: string) {
    const body: BookingWithToken = {
      object: 'booking_with_token',
      booking: (await loadBooking(db, id))!,
      bookingToken: signBookingToken(id, await ctx.signingSecret()),
    };
    return jsonAnswer(body, 201);
  }

  /** A write on one booking with a body: validated, then run once per Idempotency-Key. */
  function onBooking<T>(
    route: BookingRouteName,
    of: (c: Context<AppEnv>) => Promise<BookingRow>,
    body: InputSchema<T> | null,
    run: (row: BookingRow, data: T, record: RecordResource) => Promise<void>,
    resume: (id: string) => Promise<void> = async () => {},
  ): Handler<AppEnv> {
    return async (c) => {
      parseQuery(c, EMPTY_QUERY);
      const row = await of(c);
      idempotencyKeyOf(c.req.header('Idempotency-Key'));
      const { data, raw } = body ? await readJsonBody(c, body) : { data: undefined as T, raw: null };
      return idempotent(c, route, raw, {
        execute: async (record) => {
          await run(row, data, record);
          return bookingAnswer(row.id);
        },
        resume: async (id) => {
          await resume(id);
          return bookingAnswer(id);
        },
      });
    };
  }

  const progress = (route: BookingRouteName, kind: PartnerProgress) =>
    onBooking(route, bookingOfId, null, (row, _data, record) => recordPartnerProgress(db, row.id, kind, ctx.now(), record));

  return {
    getServiceAvailability: async (c) => {
      const { id } = parsePathParams(c, routes.getServiceAvailability.params);
      const query = parseQuery(c, routes.getServiceAvailability.query);
      const service = await getService(db, id, outputContextOf(c, ctx.publicUrl));
      if (!service) throw new ProblemError(404, 'not_found', `No service has the id ${id}.`);
      const availability = await loadServiceAvailability(db, id);
      if (!availability) throw new ProblemError(404, 'not_found', `The service ${id} has no booking calendar yet.`);
      return sendAnswer(c, jsonAnswer(await availabilityOf(db, id, availability, query, ctx.now())));
    },

    createBookingHold: async (c) => {
      parseQuery(c, EMPTY_QUERY);
      idempotencyKeyOf(c.req.header('Idempotency-Key'));
      const { data: request, raw } = await readJsonBody(c, routes.createBookingHold.body);
      const channelId = c.get('channel').id;
      const octx = outputContextOf(c, ctx.publicUrl);
      return idempotent(c, 'createBookingHold', raw, {
        execute: async (record) => {
          const bookable = await bookableService(db, request.serviceId, 'instant', octx);
          return withToken(await createHold(db, { ...bookable, channelId, request, now: ctx.now(), onCreated: record }));
        },
        resume: withToken,
      });
    },

    createBookingInquiry: async (c) => {
      parseQuery(c, EMPTY_QUERY);
      idempotencyKeyOf(c.req.header('Idempotency-Key'));
      const { data: request, raw } = await readJsonBody(c, routes.createBookingInquiry.body);
      const channelId = c.get('channel').id;
      const octx = outputContextOf(c, ctx.publicUrl);
      return idempotent(c, 'createBookingInquiry', raw, {
        execute: async (record) => {
          const terms = await loadCheckoutTerms(db, channelId);
          if (!terms) throw noCheckoutTerms();
          const consentErrors = checkConsents(terms.terms, request.consents);
          if (consentErrors.length > 0) throw validationProblem(consentErrors);
          const bookable = await bookableService(db, request.serviceId, 'request', octx);
          return withToken(await createInquiry(db, { ...bookable, channelId, request, now: ctx.now(), onCreated: record }));
        },
        resume: withToken,
      });
    },

    getBookingByToken: async (c) => {
      parseQuery(c, EMPTY_QUERY);
      const row = await bookingOfToken(c);
      return sendAnswer(c, await bookingAnswer(row.id));
    },

    acceptBookingQuote: onBooking('acceptBookingQuote', bookingOfToken, routes.acceptBookingQuote.body, (row, data, record) =>
      acceptQuote(db, row.id, data, ctx.now(), record),
    ),

    declineBookingQuote: onBooking('declineBookingQuote', bookingOfToken, routes.declineBookingQuote.body, (row, data, record) =>
      declineQuote(db, row.id, data.reason, ctx.now(), record),
    ),

    cancelBookingByBuyer: onBooking(
      'cancelBookingByBuyer',
      bookingOfToken,
      routes.cancelBookingByBuyer.body,
      (row, data, record) => cancelBooking(ctx, row.id, { by: 'buyer', reason: data.reason, onRecorded: record }),
      (id) => finishCancellationRefund(ctx, id),
    ),

    getBooking: async (c) => {
      parseQuery(c, EMPTY_QUERY);
      const row = await bookingOfId(c);
      return sendAnswer(c, await bookingAnswer(row.id));
    },

    quoteBooking: onBooking('quoteBooking', bookingOfId, routes.quoteBooking.body, (row, data, record) =>
      quoteBooking(db, row.id, data, ctx.now(), record),
    ),

    cancelBookingByPartner: onBooking(
      'cancelBookingByPartner',
      bookingOfId,
      routes.cancelBookingByPartner.body,
      (row, data, record) => cancelBooking(ctx, row.id, { by: 'partner', reason: data.reason, onRecorded: record }),
      (id) => finishCancellationRefund(ctx, id),
    ),

    startBooking: progress('startBooking', 'start'),
    completeBooking: progress('completeBooking', 'complete'),
    markBookingNoShow: progress('markBookingNoShow', 'no_show'),
  };
}
