import type { Database, Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import { recordBookingEvent, transitionBooking, transitionNotAllowed } from './booking-lifecycle.js';
import { findBookingRow } from './booking-rows.js';

export type PartnerProgress = 'start' | 'complete' | 'no_show';

/**
 * The partner reports how a confirmed booking went: `start` records the timestamped `started`
 * event (from then on the buyer can no longer withdraw; the status stays `confirmed`),
 * `complete` → `completed`, `no_show` → `no_show` (not after the service started: the buyer came).
 */
export async function recordPartnerProgress(
  db: Database,
  bookingId: string,
  progress: PartnerProgress,
  now: Date,
  onRecorded: (tx: Queryable, bookingId: string) => Promise<void>,
): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await findBookingRow(tx, bookingId, { forUpdate: true });
    if (!row) throw new ProblemError(404, 'not_found', 'No such booking.');
    switch (progress) {
      case 'start':
        if (row.status !== 'confirmed') throw transitionNotAllowed(row.status, 'started');
        if (row.started_at) throw transitionNotAllowed(row.status, 'started', 'The service has already started.');
        await tx.query('UPDATE bookings SET started_at = $2, updated_at = $2 WHERE id = $1', [row.id, now]);
        await recordBookingEvent(tx, row.id, 'started', 'partner', now);
        break;
      case 'complete':
        await transitionBooking(tx, row, 'completed', 'partner', now, { action: 'completed' });
        break;
      case 'no_show':
        if (row.started_at) throw transitionNotAllowed(row.status, 'marked a no-show', 'The service has started, so the buyer came.');
        await transitionBooking(tx, row, 'no_show', 'partner', now, { action: 'marked a no-show' });
        break;
    }
    await onRecorded(tx, row.id);
  });
}
