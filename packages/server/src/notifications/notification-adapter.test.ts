import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLogNotificationAdapter, notificationLine, type OutboundNotification } from './notification-adapter.js';

const notification: OutboundNotification = {
  id: 'ntf_abc',
  kind: 'confirmed',
  recipient: 'buyer',
  bookingId: 'bkg_abcd1234',
  attempt: 1,
  payload: {
    to: { name: '김예약', phone: '01023456789', email: 'booker@example.kr' },
    bookingId: 'bkg_abcd1234',
    bookingNumber: 'BK-20261123-4F7K2Q',
    status: 'confirmed',
    serviceTitle: '찾아가는 안마',
    partnerName: '안마협동조합',
    slotStart: '2026-11-24T10:00:00+09:00',
    slotEnd: '2026-11-24T11:00:00+09:00',
    partySize: 1,
    amount: 60000,
  },
};

test('the log adapter writes one line per notification to its sink', async () => {
  const lines: string[] = [];
  const adapter = createLogNotificationAdapter((line) => lines.push(line));
  assert.equal(adapter.name, 'log');
  await adapter.send(notification);
  await adapter.send({ ...notification, id: 'ntf_def', kind: 'reminder', recipient: 'partner' });
  assert.equal(lines.length, 2);
  assert.equal(lines[0], notificationLine(notification));
  assert.match(lines[0]!, /^\[thecen-notify\] 예약 확정 → buyer 01023456789 booker@example\.kr BK-20261123-4F7K2Q 찾아가는 안마 2026-11-24T10:00:00\+09:00 \(ntf_abc\)$/);
  assert.match(lines[1]!, /내일 예약 안내 → partner/);
  assert.doesNotMatch(lines.join('\n'), /\n.*\n/, 'one line each');
});
