import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Partner } from './partner.js';

const partner = {
  id: 'pa_wooriwheat',
  object: 'partner',
  name: '우리밀협동조합',
  organisationType: 'cooperative',
  businessNumber: '124-81-00998',
  mailOrder: { status: 'reported', number: '2024-서울마포-0123', office: '서울특별시 마포구' },
  representative: '김우리',
  address: { postalCode: '04001', road: '서울특별시 마포구 월드컵로 1', detail: '2층' },
  phone: '02-123-4567',
  email: 'hello@wooriwheat.example.kr',
  membershipGrade: 'regular',
  status: 'active',
  logo: null,
  story: '우리 땅에서 자란 밀을 나눕니다.',
  createdAt: '2026-01-05T09:00:00+09:00',
};

test('a partner parses and its business number and phone are stored as digits', () => {
  const parsed = Partner.parse(partner);
  assert.equal(parsed.businessNumber, '1248100998');
  assert.equal(parsed.phone, '021234567');
});

test('an invalid business number, phone, postal code or organisation type is reported at its path', () => {
  const result = Partner.safeParse({
    ...partner,
    businessNumber: '123-45-67890',
    phone: '12345',
    address: { ...partner.address, postalCode: '1234' },
    organisationType: 'company',
  });
  assert.equal(result.success, false);
  const paths = result.error!.issues.map((i) => i.path.join('.')).sort();
  assert.deepEqual(paths, ['address.postalCode', 'businessNumber', 'organisationType', 'phone']);
});

test('an exempt mail-order seller gives a reason instead of a number', () => {
  assert.equal(Partner.safeParse({ ...partner, mailOrder: { status: 'exempt', reason: '간이과세자 (통신판매업 신고 면제)' } }).success, true);
  assert.equal(Partner.safeParse({ ...partner, mailOrder: { status: 'exempt' } }).success, false);
});

test('control characters in partner text are refused', () => {
  assert.equal(Partner.safeParse({ ...partner, name: '우리밀\u0000협동조합' }).success, false);
});
