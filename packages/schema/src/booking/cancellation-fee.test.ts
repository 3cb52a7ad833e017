import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cancellationOutcome } from './cancellation-fee.js';

const slotStart = new Date('2026-12-01T10:00:00+09:00');
const hoursBefore = (hours: number, ms = 0) => new Date(slotStart.getTime() - hours * 3_600_000 + ms);
const policy = { freeUntilHours: 24, feePercent: 30 };

test('free until exactly freeUntilHours before the start, a fee from the next millisecond', () => {
  assert.deepEqual(cancellationOutcome({ policy, amountPaid: 45000, slotStart, now: hoursBefore(48), by: 'buyer' }), {
    refundAmount: 45000,
    feeAmount: 0,
    free: true,
  });
  assert.deepEqual(cancellationOutcome({ policy, amountPaid: 45000, slotStart, now: hoursBefore(24), by: 'buyer' }), {
    refundAmount: 45000,
    feeAmount: 0,
    free: true,
  });
  assert.deepEqual(cancellationOutcome({ policy, amountPaid: 45000, slotStart, now: hoursBefore(24, 1), by: 'buyer' }), {
    refundAmount: 31500,
    feeAmount: 13500,
    free: false,
  });
  assert.deepEqual(cancellationOutcome({ policy, amountPaid: 45000, slotStart, now: hoursBefore(1), by: 'buyer' }), {
    refundAmount: 31500,
    feeAmount: 13500,
    free: false,
  });
});

test('the fee is rounded down to whole won: the buyer gets the odd won', () => {
  const outcome = cancellationOutcome({ policy, amountPaid: 33333, slotStart, now: hoursBefore(2), by: 'buyer' });
  assert.deepEqual(outcome, { refundAmount: 23334, feeAmount: 9999, free: false });
  const small = cancellationOutcome({ policy: { freeUntilHours: 24, feePercent: 15 }, amountPaid: 9, slotStart, now: hoursBefore(2), by: 'buyer' });
  assert.deepEqual(small, { refundAmount: 8, feeAmount: 1, free: false });
  for (const amount of [1, 7, 99, 12345, 180000, 999999]) {
    for (const feePercent of [0, 1, 10, 30, 33, 50, 99, 100]) {
      const o = cancellationOutcome({ policy: { freeUntilHours: 24, feePercent }, amountPaid: amount, slotStart, now: hoursBefore(1), by: 'buyer' });
      assert.ok(Number.isInteger(o.feeAmount) && Number.isInteger(o.refundAmount));
      assert.equal(o.feeAmount + o.refundAmount, amount);
      assert.ok(o.feeAmount <= (amount * feePercent) / 100, `${amount} × ${feePercent}%`);
      assert.ok(o.feeAmount > (amount * feePercent) / 100 - 1);
    }
  }
});

test('100 % after the free period means no refund; 0 % means a full refund that is not "free"', () => {
  const classPolicy = { freeUntilHours: 48, feePercent: 100 };
  assert.deepEqual(cancellationOutcome({ policy: classPolicy, amountPaid: 35000, slotStart, now: hoursBefore(47), by: 'buyer' }), {
    refundAmount: 0,
    feeAmount: 35000,
    free: false,
  });
  assert.equal(cancellationOutcome({ policy: classPolicy, amountPaid: 35000, slotStart, now: hoursBefore(48), by: 'buyer' }).refundAmount, 35000);
  assert.deepEqual(cancellationOutcome({ policy: { freeUntilHours: 24, feePercent: 0 }, amountPaid: 35000, slotStart, now: hoursBefore(1), by: 'buyer' }), {
    refundAmount: 35000,
    feeAmount: 0,
    free: false,
  });
});

test('freeUntilHours 0: free up to the start itself', () => {
  const p = { freeUntilHours: 0, feePercent: 50 };
  assert.equal(cancellationOutcome({ policy: p, amountPaid: 10000, slotStart, now: slotStart, by: 'buyer' }).free, true);
  assert.equal(cancellationOutcome({ policy: p, amountPaid: 10000, slotStart, now: new Date(slotStart.getTime() + 1), by: 'buyer' }).feeAmount, 5000);
});

test('the partner cancelling always refunds in full, even at the last minute or after the start', () => {
  for (const now of [hoursBefore(72), hoursBefore(1), slotStart, new Date(slotStart.getTime() + 3_600_000)]) {
    assert.deepEqual(cancellationOutcome({ policy: { freeUntilHours: 48, feePercent: 100 }, amountPaid: 160000, slotStart, now, by: 'partner' }), {
      refundAmount: 160000,
      feeAmount: 0,
      free: true,
    });
  }
});

test('nothing paid, nothing kept', () => {
  assert.deepEqual(cancellationOutcome({ policy, amountPaid: 0, slotStart, now: hoursBefore(1), by: 'buyer' }), { refundAmount: 0, feeAmount: 0, free: false });
});
