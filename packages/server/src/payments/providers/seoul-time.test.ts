import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSeoulIsoString } from './seoul-time.js';

test('provider timestamps become Seoul time with +09:00', () => {
  assert.equal(toSeoulIsoString('2026-03-09T23:59:59+09:00'), '2026-03-09T23:59:59+09:00');
  assert.equal(toSeoulIsoString('2026-03-09T14:59:59Z'), '2026-03-09T23:59:59+09:00');
  assert.equal(toSeoulIsoString('2026-03-09T20:59:59.250-03:00'), '2026-03-10T08:59:59.250+09:00');
  // Toss webhook createdAt: Korean local time, microseconds, no offset.
  assert.equal(toSeoulIsoString('2022-01-01T00:00:00.000000'), '2022-01-01T00:00:00+09:00');
  assert.equal(toSeoulIsoString(new Date('2026-12-31T15:00:00Z')), '2027-01-01T00:00:00+09:00');
});

test('unreadable values give null', () => {
  assert.equal(toSeoulIsoString(null), null);
  assert.equal(toSeoulIsoString(undefined), null);
  assert.equal(toSeoulIsoString('next tuesday'), null);
  assert.equal(toSeoulIsoString('2026-13-45T99:00:00'), null);
});
