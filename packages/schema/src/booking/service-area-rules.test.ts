import assert from 'node:assert/strict';
import { test } from 'node:test';
import { areaCovered, instantBookingAmount, serviceAreaErrors, serviceAreaLabel, visitsBuyer } from './service-area-rules.js';

const visit = { deliveryModes: ['visit' as const], areas: [{ region: 'seoul', district: '마포구' }, { region: 'gyeonggi' }] };

test('an area is covered by its district, its whole region, or nationwide', () => {
  assert.equal(areaCovered(visit.areas, { region: 'seoul', district: '마포구' }), true);
  assert.equal(areaCovered(visit.areas, { region: 'seoul', district: '강남구' }), false);
  assert.equal(areaCovered(visit.areas, { region: 'seoul' }), false, 'all of Seoul is more than 마포구');
  assert.equal(areaCovered(visit.areas, { region: 'gyeonggi', district: '고양시' }), true);
  assert.equal(areaCovered([{ region: 'nationwide' }], { region: 'jeju', district: '서귀포시' }), true);
  assert.equal(areaCovered([], { region: 'seoul' }), false);
});

test('a visit service needs an area it covers, at body.area; other services ignore it', () => {
  assert.equal(visitsBuyer(visit), true);
  assert.deepEqual(serviceAreaErrors(visit, { region: 'seoul', district: '마포구' }), []);
  assert.deepEqual(serviceAreaErrors(visit, undefined).map((e) => [e.path, e.code]), [['body.area', 'area_required']]);
  const outside = serviceAreaErrors(visit, { region: 'busan', district: '해운대구' });
  assert.deepEqual(outside.map((e) => [e.path, e.code]), [['body.area', 'outside_service_area']]);
  assert.match(outside[0]!.message, /부산광역시 해운대구 is not served \(it serves 서울특별시 마포구, 경기도\)/);
  const online = { deliveryModes: ['online' as const, 'at_partner' as const], areas: [{ region: 'online' }] };
  assert.deepEqual(serviceAreaErrors(online, undefined), []);
  assert.deepEqual(serviceAreaErrors(online, { region: 'busan' }), []);
  assert.equal(serviceAreaLabel({ region: 'nationwide' }), '전국');
});

test('an instant booking costs the price times the party size; a quote service has no price yet', () => {
  assert.equal(instantBookingAmount({ pricing: { mode: 'fixed', price: 35000 } }, 3), 105000);
  assert.equal(instantBookingAmount({ pricing: { mode: 'starting_from', price: 15000 } }, 1), 15000);
  assert.equal(instantBookingAmount({ pricing: { mode: 'quote' } }, 2), null);
});
