import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_CHANNEL, demoServiceAvailability, demoServices } from '@thecen/mocks/fixtures';
import { Availability, SERVICE_GROUPS, ServiceAvailability, addDays, seoulDate } from '@thecen/schema';
import { createApp } from '../app.js';
import { loadServiceAvailability } from '../bookings/service-availability-store.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { createPgliteDatabase } from '../db/pglite-database.js';
import { send, withKey } from '../testing/http-client.js';
import { defaultAvailabilityFor, seedDemoAvailability } from './seed-demo-availability.js';
import { seedDemoData } from './seed-demo-data.js';

let db: Database;
before(async () => {
  db = await createPgliteDatabase();
  await migrate(db);
});
after(() => db.close());

test('every demo service gets a calendar once, from the demo fixtures', async () => {
  assert.equal(await seedDemoAvailability(db), 0, 'no services yet');
  await seedDemoData(db);
  assert.equal(await seedDemoAvailability(db), demoServices.length);
  assert.equal(await seedDemoAvailability(db), 0, 'nothing added at the next start');
  for (const service of demoServices) {
    const stored = await loadServiceAvailability(db, service.id);
    assert.ok(stored, service.id);
    if (demoServiceAvailability[service.id]) assert.deepEqual(stored, demoServiceAvailability[service.id]);
  }
});

test('the demo shows both booking modes in all four groups, with slots to book', async () => {
  const active = demoServices.filter((s) => s.status === 'active');
  for (const group of SERVICE_GROUPS) {
    const modes = new Set(active.filter((s) => s.group === group).map((s) => s.bookingMode));
    assert.ok(modes.size >= 1, `${group} has services`);
  }
  assert.deepEqual(new Set(active.map((s) => s.bookingMode)), new Set(['instant', 'request']));
  const now = new Date('2026-11-23T01:00:00.000Z');
  const app = createApp({ db, checkout: { now: () => now } });
  const from = seoulDate(now);
  const instant = active.find((s) => s.bookingMode === 'instant' && s.pricing.mode !== 'quote')!;
  const res = await send(app, withKey(`/v1/services/${instant.id}/availability`, DEMO_CHANNEL.publishableKey, { from, to: addDays(from, 30) }));
  assert.equal(res.status, 200, res.text);
  assert.ok(Availability.safeParse(res.json).success);
  assert.ok(res.json.days.some((d: { slots: unknown[] }) => d.slots.length > 0), 'some day has slots');
});

test('a default calendar is valid and fits the service', () => {
  const classroom = defaultAvailabilityFor({ group: 'education', durationMinutes: 90, deliveryModes: ['at_partner'] });
  assert.ok(ServiceAvailability.safeParse(classroom).success);
  assert.equal(classroom.capacityPerSlot, 12);
  assert.equal(classroom.durationMinutes, 120);
  const visit = defaultAvailabilityFor({ group: 'living', durationMinutes: null, deliveryModes: ['visit'] });
  assert.deepEqual([visit.capacityPerSlot, visit.durationMinutes, visit.leadTimeMinutes], [1, 60, 24 * 60]);
});
