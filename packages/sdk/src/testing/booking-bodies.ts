/**
 * Response bodies of the booking routes that pass their schemas, for the SDK's tests. Each
 * builder takes overrides of its top-level members.
 */

export const BOOKING_TOKEN = 'bt_YmtnXzdmM2sycTl4.c2lnbmF0dXJlc2lnbmF0dXJl';
export const BOOKING_ID = 'bkg_7f3k2q9x';

export function availability(overrides: Record<string, unknown> = {}) {
  return {
    object: 'availability',
    serviceId: 'svc_hanjicraft01',
    timeZone: 'Asia/Seoul',
    from: '2026-12-01',
    to: '2026-12-02',
    durationMinutes: 120,
    holdMinutes: 10,
    cancellationPolicy: { freeUntilHours: 48, feePercent: 100 },
    days: [
      {
        date: '2026-12-01',
        closedReason: null,
        holidayName: null,
        slots: [{ start: '2026-12-01T10:00:00+09:00', end: '2026-12-01T12:00:00+09:00', capacity: 8, remaining: 3 }],
      },
      { date: '2026-12-02', closedReason: 'closed', holidayName: null, slots: [] },
    ],
    ...overrides,
  };
}

export function booking(overrides: Record<string, unknown> = {}) {
  const at = '2026-11-23T10:00:00+09:00';
  return {
    id: BOOKING_ID,
    object: 'booking',
    number: 'BK-20261123-4F7K2Q',
    mode: 'instant',
    status: 'held',
    serviceId: 'svc_hanjicraft01',
    serviceTitle: '한지 공예 원데이 클래스',
    partnerId: 'pa_hanjicraft',
    partnerName: '한지공예산업협동조합',
    slotStart: '2026-12-01T10:00:00+09:00',
    slotEnd: '2026-12-01T12:00:00+09:00',
    partySize: 2,
    area: null,
    address: null,
    contact: { name: '', phone: '', email: '' },
    needs: '',
    preferredTimes: [],
    quote: null,
    amount: 70000,
    holdExpiresAt: '2026-11-23T10:10:00+09:00',
    cancellationPolicy: { freeUntilHours: 48, feePercent: 100 },
    orderId: null,
    cancellation: null,
    events: [{ type: 'held', at, by: 'buyer', note: null }],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function bookingWithToken(overrides: Record<string, unknown> = {}) {
  return { object: 'booking_with_token', booking: booking(overrides), bookingToken: BOOKING_TOKEN };
}

export const holdBody = { serviceId: 'svc_hanjicraft01', slotStart: '2026-12-01T10:00:00+09:00', partySize: 2 };

export const inquiryBody = {
  serviceId: 'svc_housingwelfare01',
  needs: '작은방 도배와 곰팡이 제거',
  area: { region: 'seoul', district: '마포구' },
  preferredTimes: [{ date: '2026-12-03', timeOfDay: 'morning' as const }],
  contact: { name: '김하늘', phone: '010-1234-5678', email: 'sky@example.kr' },
  consents: [{ type: 'personal_info_collection' as const, version: '2026-11-01', accepted: true }],
};

export const quoteBody = {
  amount: 350000,
  message: '도배 2면, 곰팡이 제거 포함',
  proposedSlots: ['2026-12-03T09:00:00+09:00', '2026-12-04T13:00:00+09:00'],
  validUntil: '2026-12-02T18:00:00+09:00',
};
