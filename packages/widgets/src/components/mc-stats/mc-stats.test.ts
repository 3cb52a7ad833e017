import { DEMO_STATEMENT_TOKENS, demoStatements } from '@thecen/mocks/fixtures';
import { setViewport } from '@web/test-runner-commands';
import { afterEach, assert, cleanup, describe, equal, expectAccessible, gatedFetch, includes, it, mockFetch, mountInStore, nextEvent, part, partText, record, until } from '../../../test/harness.js';
import './mc-stats.js';
import type { CenMcStats } from './mc-stats.component.js';

const HAETSAL = DEMO_STATEMENT_TOKENS['haetsal-mom'];
/** Well-formed, but no statement has it (as an expired or revoked token: the API does not say which). */
const UNKNOWN = 'st_demo-mc-nobody-here.NotASignatureOfOurs0001';

function mountStats(fetch: typeof globalThis.fetch = mockFetch(), attributes = `token="${HAETSAL}"`) {
  const store = mountInStore(`<cen-mc-stats ${attributes}></cen-mc-stats>`, fetch);
  return store.querySelector('cen-mc-stats')!;
}

/** Mounts the element and waits for its statement (or its error). */
async function loaded(fetch?: typeof globalThis.fetch, attributes?: string) {
  const el = mountStats(fetch, attributes);
  await until(() => part(el, 'title') || part(el, 'error'));
  await el.updateComplete;
  return el;
}

const rows = (el: CenMcStats) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));

/** A fetch that fails like a dropped connection while `down` is true. */
function flakyFetch() {
  const inner = mockFetch();
  const state = { down: true, calls: 0 };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    state.calls++;
    if (state.down) throw new TypeError('Failed to fetch');
    return inner(input, init);
  };
  return Object.assign(fetch, { state });
}

describe('<cen-mc-stats>', () => {
  afterEach(cleanup);

  it('is accessible loaded, empty, and in its error states', async () => {
    await expectAccessible(await loaded());
    await expectAccessible(await loaded(mockFetch(), `token="${DEMO_STATEMENT_TOKENS['green-coop']}"`));
    await expectAccessible(await loaded(mockFetch(), `token="${UNKNOWN}"`));
    await expectAccessible(await loaded(mockFetch(), ''));
  });

  it("shows the creator's name, the totals in won and a month table, latest month first", async () => {
    const fetch = mockFetch();
    const el = mountStats(fetch);
    const { detail } = await nextEvent(el, 'cen-statement-load');
    equal(detail.statement.creatorId, 'mc_haetsalmom01', 'cen-statement-load detail');
    equal(partText(el, 'title'), '햇살맘의 살림 일기', 'name');
    equal(partText(el, 'role'), '마켓 크리에이터 추천 실적', 'role');
    const total = (name: string) => el.shadowRoot!.querySelector(`[part~=total-${name}] dd`)!.textContent!.trim();
    equal(total('pending'), '5,100원', 'pending');
    equal(total('payable'), '5,850원', 'payable');
    equal(total('reversed'), '-1,650원', 'reversed');
    const table = part(el, 'table') as HTMLTableElement;
    equal(table.localName, 'table', 'a real table');
    equal(table.caption?.textContent?.trim(), '월별 추천 실적 (최근 달부터)', 'with a caption');
    equal([...table.tHead!.querySelectorAll('th')].map((th) => `${th.getAttribute('scope')} ${th.textContent!.trim()}`).join(', '), 'col 월, col 클릭, col 주문, col 확정 대기, col 지급 예정, col 환불 차감', 'column headers');
    equal(table.tBodies[0]!.querySelectorAll('th[scope=row]').length, 3, 'a row header per month');
    equal(
      JSON.stringify(rows(el)),
      JSON.stringify([
        ['2026년 11월', '37', '3', '5,100원', '0원', '-1,000원'],
        ['2026년 10월', '61', '1', '0원', '2,600원', '-650원'],
        ['2026년 9월', '48', '2', '0원', '3,250원', '0원'],
      ]),
      'months, newest first',
    );
    includes(partText(el, 'notes'), '청약철회 기간', 'explains the amounts');
    const [request] = fetch.requests;
    const url = new URL(request!.url);
    equal(url.pathname, `/v1/statements/by-token/${HAETSAL}`, 'the statement route with the token');
    assert(/^pk_test_/.test(url.searchParams.get('key') ?? ''), 'the publishable key');
    equal(request!.headers.get('authorization'), null, 'no Authorization header, no secret key');
    equal(fetch.requests.length, 1, 'one request');
  });

  it('reads the token from the statement parameter of the page URL when it has no token attribute', async () => {
    const landing = location.href;
    history.replaceState(null, '', `?statement=${encodeURIComponent(DEMO_STATEMENT_TOKENS.cc_forestblog1)}`);
    try {
      const el = await loaded(mockFetch(), '');
      equal(partText(el, 'title'), '숲속 살림 블로그', 'the CC of the URL token');
      equal(partText(el, 'role'), '콘텐츠 제작자 추천 실적', 'a Content Creator');
    } finally {
      history.replaceState(null, '', landing);
    }
  });

  it('is busy while it loads', async () => {
    const fetch = gatedFetch(mockFetch());
    const el = mountStats(fetch);
    await el.updateComplete;
    equal(part(el, 'base')!.getAttribute('aria-busy'), 'true', 'aria-busy while loading');
    includes(partText(el, 'base'), '불러오는 중', 'says so');
    fetch.open();
    await until(() => part(el, 'title'));
    equal(part(el, 'base')!.getAttribute('aria-busy'), 'false', 'not busy once loaded');
  });

  it('says there are no referrals yet, with a hint, for a statement without any', async () => {
    const el = await loaded(mockFetch(), `token="${DEMO_STATEMENT_TOKENS['green-coop']}"`);
    equal(partText(el, 'title'), '초록 생활협동조합', 'name');
    includes(partText(el, 'empty'), '아직 추천 실적이 없습니다.', 'empty message');
    includes(partText(el, 'empty'), '추천 링크나 배지', 'hint');
    equal(part(el, 'table'), null, 'no table');
  });

  it('says an unknown or expired token is invalid (no retry); a malformed one is refused without a request; no token says so', async () => {
    const fetch = mockFetch();
    const el = mountStats(fetch, `token="${UNKNOWN}"`);
    const { detail } = await nextEvent(el, 'cen-error');
    equal(detail.operation, 'load-statement', 'cen-error operation');
    equal(detail.error.name, 'CenNotFoundError', 'a 404');
    await el.updateComplete;
    includes(partText(el, 'error'), '링크가 올바르지 않거나 만료되었습니다', 'invalid or expired');
    equal(part(el, 'action'), null, 'no retry');

    const malformed = await loaded(fetch, 'token="not-a-token"');
    includes(partText(malformed, 'error'), '링크가 올바르지 않거나 만료되었습니다', 'malformed');
    equal(fetch.requests.length, 1, 'no request for a malformed token');

    const none = await loaded(fetch, '');
    includes(partText(none, 'error'), '실적 확인 링크가 없습니다', 'no token');
  });

  it('offers a retry after a network failure, and loads with it', async () => {
    const fetch = flakyFetch();
    const el = mountStats(fetch);
    const errors = record(el, 'cen-error');
    await until(() => part(el, 'action'));
    equal(errors.length, 1, 'one cen-error');
    equal(errors[0]!.detail.error.name, 'CenConnectionError', 'a connection error');
    includes(partText(el, 'error'), '불러오지 못했습니다', 'says so');
    fetch.state.down = false;
    const load = nextEvent(el, 'cen-statement-load');
    (part(el, 'action') as HTMLButtonElement).click();
    await load;
    await el.updateComplete;
    equal(partText(el, 'title'), '햇살맘의 살림 일기', 'loaded');
    equal(el.shadowRoot!.activeElement, part(el, 'base'), 'focus on the statement that replaced the button');
  });

  it('loads again when the token property changes, with one load event for the new statement', async () => {
    const el = await loaded();
    const loads = record(el, 'cen-statement-load');
    el.token = DEMO_STATEMENT_TOKENS['green-coop'];
    await until(() => part(el, 'empty'));
    equal(partText(el, 'title'), '초록 생활협동조합', 'the new statement');
    await until(() => loads.length === 1);
    equal(loads[0]!.detail.statement.creatorId, 'mc_greencoop01', 'one load event, of the new statement');
  });

  it('fits a 360 px phone without horizontal scrolling', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await loaded();
      const box = el.getBoundingClientRect();
      assert(box.right <= 360.5, `the element fits: ends at ${box.right}px`);
      assert(document.documentElement.scrollWidth <= 360, `no horizontal scrolling: ${document.documentElement.scrollWidth}px`);
      const region = part(el, 'table-region')!;
      assert(region.getBoundingClientRect().right <= 360.5, 'the table region fits');
      await expectAccessible(el);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks English with lang="en"', async () => {
    const el = await loaded(mockFetch(), `token="${HAETSAL}" lang="en"`);
    equal(partText(el, 'role'), 'Market Creator referral statement', 'role');
    equal(el.shadowRoot!.querySelector('[part~=total-payable] dt')!.textContent!.trim(), 'Payable', 'amount name');
    equal(el.shadowRoot!.querySelector('[part~=total-payable] dd')!.textContent!.trim(), '₩5,850', 'won in English');
    equal(JSON.stringify(rows(el)[0]), JSON.stringify(['November 2026', '37', '3', '₩5,100', '₩0', '-₩1,000']), 'a month in English');
    equal(demoStatements.mc_haetsalmom01!.months.length, rows(el).length, 'every month');
  });
});
