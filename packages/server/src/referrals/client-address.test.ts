import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import { addressKeyOf, clientAddressOf, trustsProxy } from './client-address.js';

describe('client addresses', () => {
  test('CEN_TRUST_PROXY turns on with 1/true/yes/on only', () => {
    for (const value of ['1', 'true', 'YES', ' on ']) assert.equal(trustsProxy({ CEN_TRUST_PROXY: value }), true, value);
    for (const value of [undefined, '', '0', 'false', 'no', 'maybe']) assert.equal(trustsProxy({ CEN_TRUST_PROXY: value }), false, String(value));
    assert.equal(trustsProxy(undefined), false);
  });

  test('X-Forwarded-For counts (its first hop) only when the proxy is trusted', async () => {
    const app = new Hono();
    app.get('/trusted', (c) => c.text(clientAddressOf(c, { trustProxy: true }) ?? 'none'));
    app.get('/direct', (c) => c.text(clientAddressOf(c, { trustProxy: false }) ?? 'none'));
    const headers = { 'X-Forwarded-For': '203.0.113.7, 10.0.0.1' };
    assert.equal(await (await app.request('/trusted', { headers })).text(), '203.0.113.7');
    assert.equal(await (await app.request('/direct', { headers })).text(), 'none', 'no socket in memory, and the header is not believed');
    assert.equal(await (await app.request('/trusted', { headers: { 'X-Forwarded-For': 'not-an-ip' } })).text(), 'none');
  });

  test('IPv4 addresses count as they are, IPv6 by their /64 network', () => {
    assert.equal(addressKeyOf('203.0.113.7'), '203.0.113.7');
    assert.equal(addressKeyOf('::ffff:203.0.113.7'), '203.0.113.7', 'IPv4-mapped');
    assert.equal(addressKeyOf('::ffff:cb00:7107'), '203.0.113.7', 'IPv4-mapped, hex');
    assert.equal(addressKeyOf('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
    assert.equal(addressKeyOf('2001:db8:1:2:bbbb:cccc:dddd:eeee'), '2001:db8:1:2::/64', 'the same subscriber');
    assert.equal(addressKeyOf('2001:DB8::1'), '2001:db8:0:0::/64');
    assert.equal(addressKeyOf('::1'), '0:0:0:0::/64');
    assert.notEqual(addressKeyOf('2001:db8:1:3::1'), addressKeyOf('2001:db8:1:2::1'));
  });
});
