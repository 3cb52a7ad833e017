// End to end: service booking on the example co-op site (its own origin, strict CSP) against the
// real server on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set. An instant booking: a day and a slot chosen in the calendar, held, paid
// in the shared checkout with the test provider. A request booking: an inquiry, the partner's
// quote through the secret-key API, the buyer's acceptance on the status page, payment. The
// database must agree: the booking confirmed, the order paid and both referencing each other.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { formatKrw, type BookingWithToken } from '@thecen/schema';
import { createClient } from '@thecen/sdk';
import { noProblems, openBuyerPage } from './buyer-session.js';
import { withDemoStack } from './demo-stack.js';
import { TIMEOUT, arriveAt, engines, until } from './waiting.js';

const KEY = 'pk_test_TheCenDemoCoopSite01';
const INSTANT = 'svc_coparenting02'; // 영유아 숲놀이 교실: fixed price, 12 places a slot
const REQUEST = 'svc_housingwelfare01'; // 취약계층 집수리: quote after a visit, Seoul and Gyeonggi
const PARTY = 2;
const QUOTE_AMOUNT = 320_000;

/** The Seoul calendar date `days` days from now, `YYYY-MM-DD`. */
function seoulDate(days: number): string {
  return new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

interface BookingRow {
  id: string;
  status: string;
  order_id: string | null;
  amount: string | number | null;
  party_size: number;
  slot_start: Date | string | null;
}

for (const engine of engines) {
  describe(`service booking from the example co-op site, end to end (${engine.name})`, () => {
    const running = withDemoStack(engine);

    const sql = <T>(text: string, params: unknown[] = []) => running.stack.api.db.query<T & Record<string, unknown>>(text, params);

    /** A buyer with a fresh browser profile on `path` of the site; console errors are collected. */
    const open = (path: string) => openBuyerPage(running.browser, new URL(path, running.stack.siteUrl).href);

    /** The next `BookingWithToken` the API answers to the page (a hold or an inquiry). */
    function nextBookingWithToken(page: Page, path: string): Promise<BookingWithToken> {
      return page
        .waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === path && r.status() === 201, { timeout: TIMEOUT })
        .then(async (r) => (await r.json()) as BookingWithToken);
    }

    async function bookingRow(id: string): Promise<BookingRow> {
      const [row] = await sql<BookingRow>('SELECT id, status, order_id, amount, party_size, slot_start FROM bookings WHERE id = $1', [id]);
      assert.ok(row, `booking ${id} in the database`);
      return row;
    }

    /** Required consents ticked, the amount on the pay button checked, paid with the test provider's 승인. */
    async function payInCheckout(page: Page, buyer: { name: string; email: string }, total: number): Promise<void> {
      const checkout = page.locator('cen-checkout');
      await checkout.getByLabel('이름', { exact: true }).waitFor();
      await checkout.getByLabel('이름', { exact: true }).fill(buyer.name);
      await checkout.getByLabel('휴대전화', { exact: true }).fill('010-1234-5678');
      await checkout.getByLabel('이메일', { exact: true }).fill(buyer.email);
      // A visit booking asks for the address; a class at the partner's does not.
      const road = checkout.getByLabel('도로명 주소', { exact: true });
      if ((await road.count()) > 0) {
        await checkout.getByLabel('받는 분', { exact: true }).fill(buyer.name);
        await checkout.getByLabel('받는 분 연락처', { exact: true }).fill('01012345678');
        await checkout.getByLabel('우편번호', { exact: true }).fill('04001');
        await road.fill('서울특별시 마포구 월드컵로 1');
        await checkout.getByLabel('상세 주소').fill('101동 202호');
      }
      const required = checkout.getByRole('checkbox', { name: /^\[필수\]/ });
      await until('the required consents in checkout', async () => (await required.count()) > 0);
      for (const box of await required.all()) await box.check();
      const pay = checkout.getByRole('button', { name: /결제하기$/ });
      await until('the pay button to be enabled', async () => (await pay.getAttribute('aria-disabled')) === 'false');
      await until(`the pay button to name ${formatKrw(total)}`, async () => ((await pay.textContent()) ?? '').includes(formatKrw(total)));
      await pay.click();
      await arriveAt(page, 'the hosted test payment page', (url) => url.href.startsWith(`${running.stack.apiOrigin}/pay/test/pay_`));
      assert.ok((await page.locator('.price').textContent())?.includes(formatKrw(total)), 'the payment page asks for the booking amount');
      await page.getByRole('button', { name: '승인' }).click();
      await arriveAt(page, 'the site’s order page with an order token', (url) => url.href.startsWith(new URL('order.html?cen_order=ot_', running.stack.siteUrl).href));
      assert.equal(new URL(page.url()).searchParams.get('cen_payment'), null, 'no failure flag');
      await until('the order page to say 결제 완료', async () => ((await page.locator('cen-order-status').locator('[part~="status"]').first().textContent()) ?? '').trim() === '결제 완료');
    }

    /** The booking confirmed, its order paid, each referencing the other, for `amount` won. */
    async function expectConfirmedAndPaid(bookingId: string, amount: number): Promise<void> {
      const booking = await until('the booking to be confirmed in the database', async () => {
        const row = await bookingRow(bookingId);
        return row.status === 'confirmed' && row;
      });
      assert.ok(booking.order_id, 'the booking references its order');
      assert.equal(Number(booking.amount), amount, 'the booking amount');
      const [order] = await sql<{ status: string; total: string | number }>('SELECT status, total FROM orders WHERE id = $1', [booking.order_id]);
      assert.equal(order?.status, 'paid', 'the order is paid');
      assert.equal(Number(order.total), amount, 'the order total is the booking amount (no shipping for a service)');
      const lines = await sql<{ booking_id: string; unit_price: string | number; quantity: number }>(
        'SELECT booking_id, unit_price, quantity FROM order_lines WHERE order_id = $1 AND booking_id IS NOT NULL',
        [booking.order_id],
      );
      assert.deepEqual(lines.map((l) => [l.booking_id, Number(l.unit_price) * Number(l.quantity)]), [[bookingId, amount]], 'the order lists the booking as a line');
      const [payment] = await sql<{ status: string; amount: string | number }>('SELECT status, amount FROM payments WHERE order_id = $1', [booking.order_id]);
      assert.equal(payment?.status, 'paid');
      assert.equal(Number(payment.amount), amount);
    }

    /** Opens the cart (a booking in it) and goes to checkout. */
    async function checkoutFromCart(page: Page, serviceTitle: string): Promise<void> {
      const cart = page.locator('cen-cart');
      await cart.getByRole('dialog', { name: '장바구니' }).waitFor();
      await cart.getByText(serviceTitle).first().waitFor();
      await cart.getByRole('button', { name: '주문하기' }).click();
    }

    test('instant: a free day and slot held, paid through checkout, confirmed with its order', async () => {
      const { context, page, problems } = await open('booking.html');
      const widget = page.locator(`cen-service-booking[service="${INSTANT}"]`);
      const [service] = await sql<{ title: string; price: string | number; booking_mode: string }>('SELECT title, price, booking_mode FROM services WHERE id = $1', [INSTANT]);
      assert.equal(service?.booking_mode, 'instant');
      const expectedAmount = Number(service.price) * PARTY;

      // The first day with free slots: this month once loaded, or a later one.
      const days = widget.locator('button[part~="day"]');
      const available = widget.locator('button[part~="day-available"]');
      let monthsAhead = 0;
      await until('a day with free slots in the calendar', async () => {
        if ((await available.count()) > 0) return true;
        const total = await days.count();
        const settled = total > 0 && (await widget.locator('button[part~="day-closed"]').count()) === total;
        if (settled && monthsAhead < 2) {
          monthsAhead++;
          await widget.getByRole('button', { name: '다음 달' }).click();
        }
        return false;
      });
      const day = available.first();
      const date = await day.getAttribute('data-date');
      await day.click();
      assert.equal(await day.getAttribute('aria-disabled'), 'false', `${date} can be booked`);

      const slot = widget.locator('button[part~="slot"][aria-disabled="false"]').first();
      await slot.waitFor();
      await slot.click();
      await until('the slot to be chosen', async () => (await slot.getAttribute('aria-pressed')) === 'true');
      for (let n = 1; n < PARTY; n++) await widget.getByRole('button', { name: '인원 늘리기' }).click();
      await until(`a party of ${PARTY}`, async () => (await widget.getByRole('spinbutton', { name: '인원' }).inputValue()) === String(PARTY));

      const held = nextBookingWithToken(page, '/v1/bookings/holds');
      await widget.getByRole('button', { name: '예약하기' }).click();
      const { booking } = await held;
      assert.equal(booking.status, 'held');
      assert.equal(booking.partySize, PARTY);
      assert.equal(booking.slotStart?.slice(0, 10), date, 'the chosen day');
      await widget.getByRole('heading', { name: '시간을 잡아 두었습니다' }).waitFor();
      assert.equal((await bookingRow(booking.id)).status, 'held', 'held in the database');

      await widget.getByRole('button', { name: '결제하기' }).click();
      await checkoutFromCart(page, service.title);
      await payInCheckout(page, { name: '김하나', email: 'instant-booking@example.kr' }, expectedAmount);

      await expectConfirmedAndPaid(booking.id, expectedAmount);
      const row = await bookingRow(booking.id);
      assert.equal(row.party_size, PARTY);
      assert.equal(new Date(row.slot_start!).toISOString(), new Date(booking.slotStart!).toISOString(), 'the held slot');

      noProblems(problems);
      await context.close();
    });

    test('request: inquiry, the partner quotes through the API, the buyer accepts a slot and pays', async () => {
      const { context, page, problems } = await open('booking.html');
      const widget = page.locator(`cen-service-booking[service="${REQUEST}"]`);

      // The inquiry form.
      await widget.getByLabel('필요한 내용').fill('작은 방 도배와 장판 교체가 필요합니다. 벽에 곰팡이가 조금 있습니다.');
      await widget.getByLabel('시·도').selectOption('seoul');
      const district = widget.getByLabel('시·군·구');
      if ((await district.count()) > 0) {
        const values = await district.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
        await district.selectOption(values.find((v) => v === '마포구') ?? values[0]!);
      }
      await widget.getByLabel('방문 주소').fill('서울특별시 마포구 월드컵로 1, 101동 202호');
      await widget.getByLabel('희망 날짜 1').fill(seoulDate(5));
      await widget.getByLabel('이름', { exact: true }).fill('이두리');
      await widget.getByLabel('휴대전화', { exact: true }).fill('010-2345-6789');
      await widget.getByLabel('이메일', { exact: true }).fill('request-booking@example.kr');
      for (const box of await widget.getByRole('checkbox', { name: /^\[필수\]/ }).all()) await box.check();
      const sent = nextBookingWithToken(page, '/v1/bookings/inquiries');
      await widget.getByRole('button', { name: '견적 요청 보내기' }).click();
      const { booking, bookingToken } = await sent;
      await widget.getByRole('heading', { name: '견적 요청을 보냈습니다' }).waitFor();
      assert.equal((await bookingRow(booking.id)).status, 'inquiry', 'an inquiry in the database');
      const statusLink = widget.getByRole('link', { name: '예약 상태 보기' });
      const href = new URL((await statusLink.getAttribute('href'))!, page.url());
      assert.equal(href.searchParams.get('cen_booking'), bookingToken, 'the status link carries the booking token');

      // The partner's server quotes: two bookable slot starts from the public availability.
      const client = createClient({ baseUrl: running.stack.apiOrigin, publishableKey: KEY });
      const availability = await client.services.availability(REQUEST, { from: seoulDate(0), to: seoulDate(30) });
      const starts = availability.days.flatMap((d) => d.slots.filter((s) => s.remaining > 0).map((s) => s.start));
      assert.ok(starts.length >= 2, `two free slots of ${REQUEST} in the next 30 days (found ${starts.length})`);
      const proposed = starts.slice(0, 2);
      const secretKey = running.stack.api.demoSecretKey;
      assert.ok(secretKey, 'the demo stack knows its secret key');
      const quote = async () =>
        fetch(`${running.stack.apiOrigin}/v1/bookings/${booking.id}/quote`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-quote-${booking.id}` },
          body: JSON.stringify({
            amount: QUOTE_AMOUNT,
            message: '도배 1칸, 장판 1칸 기준 견적입니다.',
            proposedSlots: proposed,
            validUntil: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          }),
        });
      const quoted = await quote();
      const quotedBody = (await quoted.json()) as { status?: string };
      assert.equal(quoted.status, 200, JSON.stringify(quotedBody));
      assert.equal(quotedBody.status, 'quoted');
      assert.equal((await bookingRow(booking.id)).status, 'quoted');

      // The buyer opens the link, picks the second proposed time and accepts.
      await statusLink.click();
      await arriveAt(page, 'the booking status page', (url) => url.pathname.endsWith('/booking-status.html') && url.searchParams.get('cen_booking') === bookingToken);
      const status = page.locator('cen-booking-status');
      await until('the status page to say 견적 도착', async () => ((await status.locator('[part~="status"]').first().textContent()) ?? '').trim() === '견적 도착');
      const choices = status.getByRole('radio');
      await until('the two proposed times', async () => (await choices.count()) === 2);
      await choices.nth(1).check();
      await status.getByRole('button', { name: '이 시간으로 예약하고 결제하기' }).click();
      const accepted = await until('the accepted booking in the database', async () => {
        const row = await bookingRow(booking.id);
        return row.status === 'pending_payment' && row;
      });
      assert.equal(new Date(accepted.slot_start!).toISOString(), new Date(proposed[1]!).toISOString(), 'the chosen proposed slot');

      // Accepting puts it into the cart and opens it.
      const [service] = await sql<{ title: string }>('SELECT title FROM services WHERE id = $1', [REQUEST]);
      await checkoutFromCart(page, service!.title);
      await payInCheckout(page, { name: '이두리', email: 'request-booking@example.kr' }, QUOTE_AMOUNT);
      await expectConfirmedAndPaid(booking.id, QUOTE_AMOUNT);

      noProblems(problems);
      await context.close();
    });
  });
}
