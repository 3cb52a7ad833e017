import type { Service, ServiceAvailability } from '@thecen/schema';
import type { OutputContext } from '../catalog/output-context.js';
import { getService } from '../catalog/service-queries.js';
import type { Queryable } from '../db/database.js';
import { validationProblem } from '../http/problem.js';
import { loadServiceAvailability } from './service-availability-store.js';

export interface BookableService {
  service: Service;
  availability: ServiceAvailability;
}

/**
 * A service on sale (active, of an active partner) with a booking calendar, in the mode the
 * request needs; a 400 at `body.serviceId` otherwise, saying what to do instead.
 */
export async function bookableService(
  db: Queryable,
  serviceId: string,
  mode: 'instant' | 'request',
  ctx: OutputContext,
): Promise<BookableService> {
  const path = 'body.serviceId';
  const service = await getService(db, serviceId, ctx);
  if (!service) throw validationProblem([{ path, message: 'is not a service on sale', code: 'unknown_service' }]);
  if (mode === 'instant' && service.bookingMode !== 'instant') {
    throw validationProblem([{ path, message: 'is booked on request: send an inquiry (POST /v1/bookings/inquiries)', code: 'booking_mode_mismatch' }]);
  }
  if (mode === 'instant' && service.pricing.mode === 'quote') {
    throw validationProblem([{ path, message: 'is priced after consultation: send an inquiry (POST /v1/bookings/inquiries)', code: 'booking_mode_mismatch' }]);
  }
  if (mode === 'request' && service.bookingMode !== 'request') {
    throw validationProblem([{ path, message: 'is booked instantly: hold a slot (POST /v1/bookings/holds)', code: 'booking_mode_mismatch' }]);
  }
  const availability = await loadServiceAvailability(db, serviceId);
  if (!availability) throw validationProblem([{ path, message: 'has no booking calendar yet', code: 'no_availability' }]);
  return { service, availability };
}
