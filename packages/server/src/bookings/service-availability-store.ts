import { ServiceAvailability, issuesToFieldErrors, type ServiceAvailability as Availability } from '@thecen/schema';
import type { Queryable } from '../db/database.js';

interface Validator<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[] } };
}

const schema = ServiceAvailability as Validator<Availability>;

/** Thrown when an availability document does not pass `ServiceAvailability`. */
export class InvalidAvailabilityError extends Error {
  override name = 'InvalidAvailabilityError';
  constructor(readonly serviceId: string, readonly problems: string[]) {
    super(`invalid availability of ${serviceId}: ${problems.join('; ')}`);
  }
}

/** Checks an availability document; throws `InvalidAvailabilityError` with field paths. */
export function checkedAvailability(serviceId: string, value: unknown): Availability {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidAvailabilityError(serviceId, issuesToFieldErrors('body', result.error.issues).map((e) => `${e.path} ${e.message}`));
}

/** Sets (or replaces) when and how much a service can be booked; validated with `ServiceAvailability` first. */
export async function saveServiceAvailability(db: Queryable, serviceId: string, availability: unknown): Promise<Availability> {
  const checked = checkedAvailability(serviceId, availability);
  await db.query(
    `INSERT INTO service_availability (service_id, availability, updated_at) VALUES ($1, $2::jsonb, now())
     ON CONFLICT (service_id) DO UPDATE SET availability = EXCLUDED.availability, updated_at = now()`,
    [serviceId, JSON.stringify(checked)],
  );
  return checked;
}

/** The service's availability; null when it has none (it cannot be booked). */
export async function loadServiceAvailability(db: Queryable, serviceId: string): Promise<Availability | null> {
  const [row] = await db.query<{ availability: unknown }>('SELECT availability FROM service_availability WHERE service_id = $1', [serviceId]);
  return row ? checkedAvailability(serviceId, row.availability) : null;
}
