import type { CancellationPolicy } from './availability.js';

export interface CancellationOutcome {
  refundAmount: number;
  feeAmount: number;
  /** True while the free-cancellation period lasts. */
  free: boolean;
}

/**
 * What a cancellation refunds. The partner cancelling refunds in full; the buyer cancelling is
 * free until `freeUntilHours` before the start, then `feePercent` of the amount is kept (rounded
 * down to whole won, in the buyer's favour). A service that has started is not cancellable here.
 */
export function cancellationOutcome(input: {
  policy: CancellationPolicy;
  amountPaid: number;
  slotStart: Date;
  now: Date;
  by: 'buyer' | 'partner';
}): CancellationOutcome {
  const { policy, amountPaid, slotStart, now, by } = input;
  if (by === 'partner') return { refundAmount: amountPaid, feeAmount: 0, free: true };
  const free = slotStart.getTime() - now.getTime() >= policy.freeUntilHours * 3_600_000;
  if (free) return { refundAmount: amountPaid, feeAmount: 0, free: true };
  const feeAmount = Math.floor((amountPaid * policy.feePercent) / 100);
  return { refundAmount: amountPaid - feeAmount, feeAmount, free: false };
}
