import { formatKrw, type CartProblem, type CartQuote } from '@thecen/schema/browser';
import { css, html, type TemplateResult } from 'lit';
import type { CartStrings, Locale } from '../i18n/translation.js';
import { formatSeoulDateTime, formatSeoulSlot } from '../internal/seoul-time.js';
import type { CartBooking } from './cart-store.js';

/** A booking as the server's quote prices it. */
type QuotedBooking = NonNullable<CartQuote['bookings']>[number];

/** A booking of the cart with what the server's quote says of it (matched by its place in the request). */
export interface BookingView {
  booking: CartBooking;
  quoted: QuotedBooking | undefined;
  problem: CartProblem | undefined;
}

/** The cart's bookings with their quote and problem (the quote lists them in request order). */
export function bookingViews(bookings: readonly CartBooking[], quote: CartQuote | undefined): BookingView[] {
  return bookings.map((booking, i) => {
    const quoted = quote?.bookings?.find((q) => q.bookingIndex === i && q.bookingId === booking.bookingId) ?? quote?.bookings?.find((q) => q.bookingId === booking.bookingId);
    const index = quoted?.bookingIndex ?? i;
    return { booking, quoted, problem: quote?.problems.find((p) => p.bookingIndex === index && (!p.bookingId || p.bookingId === booking.bookingId)) };
  });
}

/**
 * One booked service in the cart or the checkout summary: title, partner, the slot in Asia/Seoul,
 * party size, the hold's end ("…까지 결제하면 예약이 확정됩니다") or the problem that keeps it from
 * being paid, the amount, and a remove button when `onRemove` is given.
 */
export function bookingLine(view: BookingView, locale: Locale, t: CartStrings, onRemove?: () => void): TemplateResult {
  const { booking: b, quoted, problem } = view;
  const amount = quoted?.amount ?? b.amount;
  const holdExpiresAt = quoted?.holdExpiresAt ?? b.holdExpiresAt;
  const title = quoted?.title ?? b.serviceTitle;
  return html`<li part="booking" class="booking-line">
    <div class="info">
      <p class="title">${title}</p>
      <p class="muted">${quoted?.partnerName ?? b.partnerName}</p>
      <p>${formatSeoulSlot(quoted?.slotStart ?? b.slotStart, quoted?.slotEnd ?? b.slotEnd, locale)} · ${t.persons(quoted?.partySize ?? b.partySize)}</p>
      ${problem
        ? html`<p part="problem" class="problem">${t.problem(problem, (n) => formatKrw(n, locale))}</p>`
        : holdExpiresAt
          ? html`<p part="hold" class="muted">${t.holdUntil(formatSeoulDateTime(holdExpiresAt, locale))}</p>`
          : ''}
    </div>
    <div class="controls">
      ${amount !== null && !problem ? html`<strong class="amount">${formatKrw(amount, locale)}</strong>` : ''}
      ${onRemove ? html`<button part="remove-button" type="button" class="link" aria-label=${t.removeBooking(title)} @click=${onRemove}>${t.remove}</button>` : ''}
    </div>
  </li>`;
}

export const bookingLineStyles = css`
.booking-line{display:flex;flex-wrap:wrap;justify-content:space-between;gap:var(--_s2) var(--_s3);padding-block:var(--_s2)}
.booking-line .info{flex:1 1 12rem;display:flex;flex-direction:column;align-items:flex-start;gap:var(--_s1);font-size:.875rem}
.booking-line .title{font-size:1rem;font-weight:600}
.booking-line .controls{display:flex;flex-wrap:wrap;align-items:center;gap:var(--_s2);margin-inline-start:auto}
.booking-line .amount{white-space:nowrap}
`;
