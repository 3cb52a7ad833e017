import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BOOKING_STATUSES, type BookingStatus } from './booking.js';
import { assertTransition, BOOKING_TRANSITIONS, canTransition, IllegalBookingTransitionError } from './booking-transitions.js';

/** The legal moves, written out from the decision (005) rather than read from the table. */
const LEGAL: [BookingStatus, BookingStatus][] = [
  ['inquiry', 'quoted'],
  ['inquiry', 'cancelled'],
  ['inquiry', 'expired'],
  ['quoted', 'quoted'], // the partner revises the quote
  ['quoted', 'pending_payment'],
  ['quoted', 'cancelled'],
  ['quoted', 'expired'],
  ['held', 'pending_payment'],
  ['held', 'cancelled'],
  ['held', 'expired'],
  ['pending_payment', 'confirmed'],
  ['pending_payment', 'cancelled'],
  ['pending_payment', 'expired'],
  ['confirmed', 'completed'],
  ['confirmed', 'cancelled'],
  ['confirmed', 'no_show'],
];

test('every legal move is allowed and passes assertTransition', () => {
  for (const [from, to] of LEGAL) {
    assert.equal(canTransition(from, to), true, `${from} → ${to}`);
    assert.doesNotThrow(() => assertTransition(from, to));
  }
});

test('every other move of the 9 × 9 is refused', () => {
  const legal = new Set(LEGAL.map(([from, to]) => `${from}>${to}`));
  let refused = 0;
  for (const from of BOOKING_STATUSES) {
    for (const to of BOOKING_STATUSES) {
      if (legal.has(`${from}>${to}`)) continue;
      refused++;
      assert.equal(canTransition(from, to), false, `${from} → ${to}`);
      assert.throws(() => assertTransition(from, to), IllegalBookingTransitionError, `${from} → ${to}`);
    }
  }
  assert.equal(refused, 81 - LEGAL.length);
  assert.deepEqual(Object.keys(BOOKING_TRANSITIONS).sort(), [...BOOKING_STATUSES].sort());
});

test('the end states have no way out, and nothing goes back to inquiry or held', () => {
  for (const end of ['completed', 'cancelled', 'no_show', 'expired'] as const) assert.deepEqual(BOOKING_TRANSITIONS[end], [], end);
  for (const from of BOOKING_STATUSES) {
    assert.equal(canTransition(from, 'inquiry'), false);
    assert.equal(canTransition(from, 'held'), false);
  }
});

test('some moves that must never happen', () => {
  for (const [from, to] of [
    ['held', 'confirmed'], // only a payment confirms
    ['inquiry', 'pending_payment'], // an inquiry needs a quote first
    ['inquiry', 'confirmed'],
    ['expired', 'pending_payment'], // an expired hold cannot be paid
    ['cancelled', 'confirmed'],
    ['completed', 'cancelled'],
    ['no_show', 'completed'],
    ['confirmed', 'expired'], // a paid booking does not run out
    ['pending_payment', 'quoted'],
  ] as const) {
    assert.throws(
      () => assertTransition(from, to),
      (error: unknown) => {
        assert.ok(error instanceof IllegalBookingTransitionError);
        assert.equal(error.name, 'IllegalBookingTransitionError');
        assert.equal(error.from, from);
        assert.equal(error.to, to);
        assert.equal(error.message, `a booking cannot go from ${from} to ${to}`);
        return true;
      },
    );
  }
});
