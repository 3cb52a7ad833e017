import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { signTestWebhook, verifyTestWebhookSignature } from './test-webhook-signature.js';

const body = '{"id":"evt_1","type":"deposit.completed","paymentId":"pay_abcd","amount":1000,"occurredAt":"2026-11-23T01:00:00.000Z"}';
const now = new Date('2026-11-23T01:00:00.000Z');
const t = Math.floor(now.getTime() / 1000);

test('t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
  const header = signTestWebhook(body, 'whsec_x', t);
  const expected = createHmac('sha256', 'whsec_x').update(`${t}.${body}`).digest('hex');
  assert.equal(header, `t=${t},v1=${expected}`);
  assert.ok(verifyTestWebhookSignature(header, body, 'whsec_x', now));
});

test('another secret, another body, a stale or future time, or garbage: refused', () => {
  assert.ok(!verifyTestWebhookSignature(signTestWebhook(body, 'whsec_other', t), body, 'whsec_x', now));
  assert.ok(!verifyTestWebhookSignature(signTestWebhook(body, 'whsec_x', t), `${body} `, 'whsec_x', now));
  assert.ok(!verifyTestWebhookSignature(signTestWebhook(body, 'whsec_x', t - 301), body, 'whsec_x', now));
  assert.ok(!verifyTestWebhookSignature(signTestWebhook(body, 'whsec_x', t + 301), body, 'whsec_x', now));
  assert.ok(verifyTestWebhookSignature(signTestWebhook(body, 'whsec_x', t - 299), body, 'whsec_x', now));
  for (const junk of [null, '', 't=1', `v1=${'0'.repeat(64)}`, `t=${t},v1=zz`, 'x'.repeat(2000)]) {
    assert.ok(!verifyTestWebhookSignature(junk, body, 'whsec_x', now), String(junk).slice(0, 20));
  }
});

test('during a secret rotation any one of several v1 values may match', () => {
  const good = signTestWebhook(body, 'whsec_x', t).split(',')[1]!;
  assert.ok(verifyTestWebhookSignature(`t=${t},v1=${'0'.repeat(64)},${good}`, body, 'whsec_x', now));
});
