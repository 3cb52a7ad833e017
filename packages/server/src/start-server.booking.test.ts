import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO_CHANNEL, demoCheckoutTerms } from '@thecen/mocks/fixtures';
import { addDays, seoulDate } from '@thecen/schema';
import type { OutboundNotification } from './notifications/notification-adapter.js';
import { startServer } from './start-server.js';

test('the running server seeds booking calendars and delivers booking notifications through its adapter', async () => {
  const sent: OutboundNotification[] = [];
  const server = await startServer({
    port: 0,
    env: {},
    expiryIntervalMs: 20,
    notificationAdapter: { name: 'test', send: async (n) => void sent.push(n) },
  });
  try {
    const key = DEMO_CHANNEL.publishableKey;
    const services = await (await fetch(`${server.url}/v1/services?key=${key}&limit=100`)).json();
    const service = services.data.find(
      (s: { bookingMode: string; deliveryModes: string[] }) => s.bookingMode === 'request' && !s.deliveryModes.includes('visit'),
    );
    assert.ok(service, 'the demo has a request-mode service that does not visit');
    const today = seoulDate(new Date());
    const calendar = await fetch(`${server.url}/v1/services/${service.id}/availability?key=${key}&from=${today}&to=${addDays(today, 13)}`);
    assert.equal(calendar.status, 200, await calendar.clone().text());
    const res = await fetch(`${server.url}/v1/bookings/inquiries`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}`, Origin: 'http://localhost:5173', 'Idempotency-Key': 'inquiry-1' },
      body: JSON.stringify({
        serviceId: service.id,
        needs: '상담을 받고 싶어요.',
        preferredTimes: [{ date: addDays(today, 3), timeOfDay: 'any' }],
        contact: { name: '김문의', phone: '010-1111-2222', email: 'ask@example.kr' },
        consents: demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: true })),
      }),
    });
    assert.equal(res.status, 201, await res.clone().text());
    const { booking } = await res.json();
    for (let i = 0; i < 250 && sent.filter((n) => n.bookingId === booking.id).length < 2; i++) await sleep(20);
    assert.deepEqual(
      sent.filter((n) => n.bookingId === booking.id).map((n) => `${n.kind}:${n.recipient}`).sort(),
      ['booked:buyer', 'booked:partner'],
    );
  } finally {
    await server.close();
  }
});
