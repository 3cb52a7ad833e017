import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BOOKING_TOKEN_PATTERN } from '@thecen/schema';
import { signOrderToken, verifyOrderToken } from '../orders/order-token.js';
import { signBookingToken, verifyBookingToken } from './booking-token.js';

const SECRET = 'a-signing-secret-of-at-least-thirty-two-chars';

test('a booking token matches the public pattern, verifies back to its booking and hides the id', () => {
  const token = signBookingToken('bkg_abcdefghij0123456789', SECRET);
  assert.match(token, BOOKING_TOKEN_PATTERN);
  assert.equal(verifyBookingToken(token, SECRET), 'bkg_abcdefghij0123456789');
  assert.doesNotMatch(token, /bkg_/);
  assert.equal(verifyBookingToken(token, `${SECRET}x`), null);
  const tampered = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`;
  assert.notEqual(tampered, token);
  assert.equal(verifyBookingToken(tampered, SECRET), null);
});

test('order and booking tokens never verify as each other, even for a forged prefix', () => {
  const order = signOrderToken('ord_abcdefghij0123456789', SECRET);
  assert.equal(verifyBookingToken(`bt_${order.slice(3)}`, SECRET), null);
  const booking = signBookingToken('bkg_abcdefghij0123456789', SECRET);
  assert.equal(verifyOrderToken(`ot_${booking.slice(3)}`, SECRET), null);
  assert.equal(verifyBookingToken(signBookingToken('ord_abcdefghij0123456789', SECRET), SECRET), null, 'only booking ids');
});
