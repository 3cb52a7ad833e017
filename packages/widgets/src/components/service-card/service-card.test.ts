import { formatKrw, type Service } from '@thecen/schema/browser';
import { demoPartners, demoServices } from '@thecen/mocks/fixtures';
import { sendKeys } from '@web/test-runner-commands';
import {
  accessibleName,
  afterEach,
  assert,
  cleanup,
  describe,
  equal,
  expectAccessible,
  gatedFetch,
  includes,
  it,
  mockFetch,
  mount,
  mountInStore,
  nextEvent,
  part,
  partText,
  record,
  until,
} from '../../../test/harness.js';
import './service-card.js';
import type { CenServiceCard } from './service-card.component.js';

const activePartners = new Set(demoPartners.filter((p) => p.status === 'active').map((p) => p.id));
const visible = demoServices.filter((s) => s.status === 'active' && activePartners.has(s.partnerId));
function demo(description: string, test: (s: Service) => boolean): Service {
  const found = visible.find(test);
  if (!found) throw new Error(`the demo catalog has no ${description}`);
  return found;
}
const fixedInMapo = demo('fixed-price service in a Seoul district', (s) => s.pricing.mode === 'fixed' && s.areas.length === 1 && s.areas[0]!.region === 'seoul' && !!s.areas[0]!.district && s.durationMinutes !== null);
const startingFrom = demo('"from" price service', (s) => s.pricing.mode === 'starting_from');
const quote = demo('quote service', (s) => s.pricing.mode === 'quote');
const inHours = demo('service lasting whole hours of 2 or more', (s) => !!s.durationMinutes && s.durationMinutes >= 120 && s.durationMinutes % 60 === 0);
const underTwoHours = demo('service shorter than two hours', (s) => !!s.durationMinutes && s.durationMinutes < 120);
const severalAreas = demo('service in several areas', (s) => s.areas.length > 1);

const groups = { care: '돌봄', living: '생활', education: '교육', business_support: '경영지원' };

async function loadedCard(id: string, attributes = ''): Promise<CenServiceCard> {
  const store = mountInStore(`<cen-service-card service="${id}"></cen-service-card>`, mockFetch(), attributes);
  const card = store.querySelector('cen-service-card')!;
  await nextEvent(card, 'cen-service-load');
  return card;
}

describe('<cen-service-card>', () => {
  afterEach(cleanup);

  it('is accessible when loaded, loading and failed', async () => {
    await expectAccessible(await loadedCard(fixedInMapo.id));
    const fetch = gatedFetch(mockFetch());
    const store = mountInStore('<cen-service-card service="svc_nosuchthing1"></cen-service-card>', fetch);
    const card = store.querySelector('cen-service-card')!;
    await until(() => part(card, 'base'));
    await expectAccessible(card);
    fetch.open();
    await nextEvent(card, 'cen-error');
    await card.updateComplete;
    await expectAccessible(card);
  });

  it('renders group, title, partner, fixed price, duration, delivery and area, booking mode', async () => {
    const s = fixedInMapo;
    const card = await loadedCard(s.id);
    equal(partText(card, 'group'), groups[s.group], 'group label');
    equal(partText(card, 'title'), s.title, 'title');
    equal(partText(card, 'partner'), s.partner.name, 'partner');
    assert(partText(card, 'badge'), 'organisation badge');
    equal(partText(card, 'price'), formatKrw((s.pricing as { price: number }).price), 'fixed price like 50,000원');
    const details = partText(card, 'details')!;
    includes(details, `서울 ${s.areas[0]!.district}`, 'area as 서울 + district');
    equal(partText(card, 'booking'), s.bookingMode === 'instant' ? '즉시 예약' : '예약 요청', 'booking mode');
    const name = accessibleName(part(card, 'link')!);
    assert(name.startsWith(s.title), `the link is named by the title first: ${name}`);
    includes(name, partText(card, 'price')!, 'the link name has the price');
  });

  it('writes "from" prices and quotes', async () => {
    const from = await loadedCard(startingFrom.id);
    equal(partText(from, 'price'), `${formatKrw((startingFrom.pricing as { price: number }).price)}부터`, 'starting_from');
    const quoted = await loadedCard(quote.id);
    equal(partText(quoted, 'price'), '상담 후 견적', 'quote');
  });

  it('writes durations in minutes, or hours from two hours', async () => {
    const hours = await loadedCard(inHours.id);
    includes(partText(hours, 'details'), `${inHours.durationMinutes! / 60}시간`, 'whole hours');
    const minutes = await loadedCard(underTwoHours.id);
    includes(partText(minutes, 'details'), `${underTwoHours.durationMinutes}분`, 'minutes');
  });

  it('names the first area and counts the others', async () => {
    const card = await loadedCard(severalAreas.id);
    includes(partText(card, 'details'), `외 ${severalAreas.areas.length - 1}곳`, 'more areas');
  });

  it('speaks English with lang="en"', async () => {
    const card = await loadedCard(quote.id, 'lang="en"');
    equal(partText(card, 'price'), 'Quote after consultation', 'quote in English');
    const from = await loadedCard(startingFrom.id, 'lang="en"');
    equal(partText(from, 'price'), `from ${formatKrw((startingFrom.pricing as { price: number }).price, 'en')}`, 'from price in English');
  });

  it('says when the service does not exist', async () => {
    const store = mountInStore('<cen-service-card service="svc_nosuchthing1"></cen-service-card>');
    const card = store.querySelector('cen-service-card')!;
    const event = await nextEvent(card, 'cen-error');
    equal(event.detail.serviceId, 'svc_nosuchthing1', 'detail.serviceId');
    equal(event.detail.error.name, 'CenNotFoundError', 'error class');
    await card.updateComplete;
    equal(partText(card, 'error'), '서비스를 찾을 수 없습니다.', 'message');
  });

  it('fires cen-service-load for a fetch only, and a cancelable cen-service-click', async () => {
    const card = await loadedCard(fixedInMapo.id);
    const loads = record(document, 'cen-service-load');
    card.service = { ...card.service!, title: '프로그램으로 바꾼 제목' };
    await card.updateComplete;
    equal(partText(card, 'title'), '프로그램으로 바꾼 제목', 'renders the service set by script');
    equal(loads.length, 0, 'no load event for a property set');
    const clicks = record(card, 'cen-service-click');
    card.addEventListener('cen-service-click', (event) => event.preventDefault(), { once: true });
    let prevented = false;
    window.addEventListener('click', (event) => (prevented = event.defaultPrevented), { once: true });
    (part(card, 'link') as HTMLAnchorElement).click();
    equal(clicks.length, 1, 'one click event');
    equal(clicks[0]!.detail.service.id, fixedInMapo.id, 'detail.service');
    assert(prevented, 'navigation cancelled');
  });

  it('is one Tab stop', async () => {
    const holder = mount('<button id="before">before</button>');
    const card = await loadedCard(fixedInMapo.id);
    holder.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    equal(card.shadowRoot!.activeElement, part(card, 'link'), 'the link has focus');
  });

  it('replaces its fallback content once upgraded', async () => {
    const store = mountInStore(`<cen-service-card service="${fixedInMapo.id}"><a id="fallback" href="https://thecen.kr/services/${fixedInMapo.id}">${fixedInMapo.title}</a></cen-service-card>`);
    const card = store.querySelector('cen-service-card')!;
    await nextEvent(card, 'cen-service-load');
    equal(card.querySelector('#fallback')!.getClientRects().length, 0, 'fallback hidden');
  });
});
