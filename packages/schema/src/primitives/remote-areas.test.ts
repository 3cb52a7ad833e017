import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REMOTE_AREA_POSTAL_RANGES, isRemoteArea } from './remote-areas.js';

test('Jeju: every code from 63000 to 63644, not one past it', () => {
  for (const code of ['63000', '63001', '63309', '63534', '63644']) assert.equal(isRemoteArea(code), true, code);
  for (const code of ['62999', '63645', '63999']) assert.equal(isRemoteArea(code), false, code);
});

test('Ulleung (402xx): 40200 to 40240', () => {
  for (const code of ['40200', '40221', '40240']) assert.equal(isRemoteArea(code), true, code);
  for (const code of ['40199', '40241']) assert.equal(isRemoteArea(code), false, code);
});

test('other islands from the table (Ongjin, Sinan, Wando)', () => {
  for (const code of ['23100', '23136', '58800', '58850', '59150']) assert.equal(isRemoteArea(code), true, code);
});

test('the mainland is not remote: Seoul, Busan, Jeonju, Daejeon', () => {
  for (const code of ['04001', '03920', '48058', '55041', '34126', '00000', '99999']) assert.equal(isRemoteArea(code), false, code);
});

test('surrounding spaces are ignored; anything but 5 digits is not remote', () => {
  assert.equal(isRemoteArea(' 63309 '), true);
  for (const code of ['', '6330', '633090', '63-309', 'abcde', '６３３０９', '63309a']) assert.equal(isRemoteArea(code), false, JSON.stringify(code));
});

test('every range of the table is well-formed and its ends are remote', () => {
  assert.ok(REMOTE_AREA_POSTAL_RANGES.length > 10);
  for (const [from, to, name] of REMOTE_AREA_POSTAL_RANGES) {
    assert.match(from, /^\d{5}$/, name);
    assert.match(to, /^\d{5}$/, name);
    assert.ok(from <= to, `${from}–${to} ${name}`);
    assert.ok(name.length > 0);
    assert.equal(isRemoteArea(from), true, from);
    assert.equal(isRemoteArea(to), true, to);
  }
});

test('the ranges do not overlap', () => {
  const sorted = [...REMOTE_AREA_POSTAL_RANGES].sort(([a], [b]) => a.localeCompare(b));
  for (let i = 1; i < sorted.length; i++) {
    const [, previousTo] = sorted[i - 1]!;
    const [from] = sorted[i]!;
    assert.ok(previousTo < from, `${previousTo} < ${from}`);
  }
});
