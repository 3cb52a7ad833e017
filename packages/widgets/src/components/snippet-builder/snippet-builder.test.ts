import { REFERRAL_DISCLOSURE, badgeImageSize } from '@thecen/schema/browser';
import { demoMarketCreators, demoProducts, demoServices } from '@thecen/mocks/fixtures';
import { sendKeys } from '@web/test-runner-commands';
import { API, KEY, afterEach, assert, cleanup, describe, equal, expectAccessible, includes, it, mockFetch, mountInStore, nextEvent, part, partText, record, until } from '../../../test/harness.js';
import './snippet-builder.js';
import type { CenSnippetBuilder } from './snippet-builder.component.js';

const CDN = 'https://cdn.thecen.kr/widgets/1/cen-widgets.js';
const mc = demoMarketCreators[0]!;
const noodles = demoProducts.find((p) => p.title.includes('칼국수'))!;
const service = demoServices.find((s) => s.pricing.mode === 'starting_from')!;

/** Replaces `navigator.clipboard` with a recorder (or a failing one); returns what was written and the undo. */
function stubClipboard(fail = false): { written: string[]; restore: () => void } {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (fail) throw new DOMException('Write permission denied.', 'NotAllowedError');
        written.push(text);
      },
    },
  });
  return { written, restore: () => delete (navigator as { clipboard?: unknown }).clipboard };
}

function mountBuilder(attributes = `mc="${mc.code}" cdn="${CDN}"`, fetch = mockFetch(), key = KEY): CenSnippetBuilder {
  const store = mountInStore(`<cen-snippet-builder ${attributes}></cen-snippet-builder>`, fetch, '', key);
  return store.querySelector('cen-snippet-builder')!;
}

const shadow = (builder: Element) => builder.shadowRoot!;
const radio = (builder: Element, name: string, value: string) => shadow(builder).querySelector<HTMLInputElement>(`input[type=radio][name=${name}][value="${value}"]`);
const textarea = (builder: Element, kind: 'script' | 'no-script') => shadow(builder).querySelector<HTMLTextAreaElement>(`#${kind}-snippet`)!;
const copyButton = (builder: Element, kind: 'script' | 'no-script') => shadow(builder).querySelectorAll<HTMLButtonElement>('[part~=copy-button]')[kind === 'script' ? 0 : 1]!;

/** Waits for the MC and the first list, then searches `q` through the form. */
async function search(builder: CenSnippetBuilder, q: string): Promise<void> {
  await until(() => partText(builder, 'creator')?.includes(mc.displayName) && part(builder, 'option'));
  const input = part(builder, 'search-input') as HTMLInputElement;
  input.value = q;
  (part(builder, 'search-button') as HTMLButtonElement).click();
  await until(() => !part(builder, 'base')!.querySelector('[aria-busy=true]') && partText(builder, 'results')?.includes(q));
}

async function choose(builder: CenSnippetBuilder, name: string, value: string): Promise<void> {
  const input = await until(() => radio(builder, name, value));
  input.click();
  await builder.updateComplete;
  equal(input.checked, true, `${name}=${value} checked`);
}

describe('<cen-snippet-builder>', () => {
  afterEach(cleanup);

  it('is accessible before and after a choice', async () => {
    const builder = mountBuilder();
    await until(() => part(builder, 'option') && partText(builder, 'creator'));
    await expectAccessible(builder);
    await choose(builder, 'item', shadow(builder).querySelector<HTMLInputElement>('input[name=item]')!.value);
    await choose(builder, 'look', 'card');
    await until(() => shadow(builder).querySelector('cen-mc-badge')?.shadowRoot?.querySelector('[part~=title]'));
    await expectAccessible(builder);
  });

  it('search → choose → look → copy writes the exact script snippet and fires cen-snippet-copy', async () => {
    const clipboard = stubClipboard();
    try {
      const fetch = mockFetch();
      const builder = mountBuilder(undefined, fetch);
      await search(builder, '칼국수');
      const listUrl = fetch.requests.map((r) => new URL(r.url)).find((u) => u.pathname === '/v1/products' && u.searchParams.get('q') === '칼국수');
      assert(listUrl, 'the search queried products with q');
      // Each choice shows image, title, price and partner.
      const option = part(builder, 'option')!;
      includes(option.textContent, noodles.title, 'title');
      includes(option.textContent, noodles.partner.name, 'partner');
      includes(option.querySelector('[part~=option-price]')?.textContent, '원', 'price');
      assert(option.querySelector('[part~=option-image]'), 'image');

      await choose(builder, 'item', noodles.id);
      await choose(builder, 'look', 'card');
      await choose(builder, 'size', 'l');
      assert(!/[&<>"']/.test(noodles.title + mc.displayName), 'the fixture needs no escaping');
      const expected = [
        `<script type="module" src="${CDN}" data-cen-key="${KEY}" data-cen-api="${API}"></script>`,
        `<cen-mc-badge mc="${mc.code}" product="${noodles.id}" look="card" size="l">`,
        `  <a href="${API}/r/${mc.code}?product=${noodles.id}" target="_blank" rel="sponsored noopener">${mc.displayName} 추천: ${noodles.title}</a>`,
        `  <p>${REFERRAL_DISCLOSURE.ko}</p>`,
        `</cen-mc-badge>`,
      ].join('\n');
      equal(textarea(builder, 'script').value, expected, 'script snippet shown');
      equal(textarea(builder, 'script').readOnly, true, 'read-only');

      const events = record(builder, 'cen-snippet-copy');
      copyButton(builder, 'script').click();
      await until(() => partText(builder, 'status') === '복사했습니다');
      equal(clipboard.written.length, 1, 'one write');
      equal(clipboard.written[0], expected, 'clipboard text');
      equal(events.length, 1, 'one event');
      equal(events[0]!.detail.kind, 'script', 'kind');
      equal(events[0]!.detail.text, expected, 'event text');
      assert(events[0]!.bubbles && events[0]!.composed, 'bubbles and composed');
      equal(part(builder, 'status')!.getAttribute('role'), 'status', 'a live region');
    } finally {
      clipboard.restore();
    }
  });

  it('copies the exact no-JS snippet (png by default, svg on request) and previews the badge image', async () => {
    const clipboard = stubClipboard();
    try {
      const builder = mountBuilder();
      await search(builder, '칼국수');
      await choose(builder, 'item', noodles.id);
      await choose(builder, 'look', 'button');
      await choose(builder, 'size', 's');
      const { width, height } = badgeImageSize('button', 's', true);
      const alt = `${mc.displayName} 추천: ${noodles.title}`;
      const png =
        `<a href="${API}/r/${mc.code}?product=${noodles.id}" target="_blank" rel="sponsored noopener">` +
        `<img src="${API}/badges/${mc.code}.png?product=${noodles.id}&amp;look=button&amp;size=s" width="${width}" height="${height}" alt="${alt}"></a>\n` +
        `<p>${REFERRAL_DISCLOSURE.ko}</p>`;
      equal(textarea(builder, 'no-script').value, png, 'png snippet');
      const image = part(builder, 'preview-no-script')!.querySelector('img')!;
      equal(image.getAttribute('src'), `${API}/badges/${mc.code}.png?product=${noodles.id}&look=button&size=s`, 'image preview');
      equal(image.getAttribute('alt'), alt, 'image alt');
      includes(partText(builder, 'preview-no-script'), REFERRAL_DISCLOSURE.ko, 'the image preview shows the disclosure as text');
      const badge = part(builder, 'preview-script')!.querySelector('cen-mc-badge')!;
      equal(badge.getAttribute('look'), 'button', 'live badge look');
      equal(badge.getAttribute('size'), 's', 'live badge size');

      await choose(builder, 'format', 'svg');
      includes(textarea(builder, 'no-script').value, `/badges/${mc.code}.svg?product=${noodles.id}&amp;look=button&amp;size=s"`, 'svg snippet');
      const copied = nextEvent(builder, 'cen-snippet-copy');
      copyButton(builder, 'no-script').click();
      const event = await copied;
      equal(event.detail.kind, 'no-script', 'kind');
      equal(clipboard.written[0], textarea(builder, 'no-script').value, 'clipboard text');
    } finally {
      clipboard.restore();
    }
  });

  it('makes snippets for a service', async () => {
    const builder = mountBuilder();
    await until(() => part(builder, 'option'));
    await choose(builder, 'kind', 'service');
    await search(builder, service.title);
    const option = radio(builder, 'item', service.id)!.closest('[part~=option]')!;
    includes(option.querySelector('[part~=option-price]')?.textContent, '부터', 'a "from" price');
    await choose(builder, 'item', service.id);
    const script = textarea(builder, 'script').value;
    includes(script, `<cen-mc-badge mc="${mc.code}" service="${service.id}" look="compact" size="m">`, 'badge');
    includes(script, `href="${API}/r/${mc.code}?service=${service.id}"`, 'link');
    includes(textarea(builder, 'no-script').value, `/badges/${mc.code}.png?service=${service.id}"`, 'image');
    const badge = await until(() => part(builder, 'preview-script')!.querySelector('cen-mc-badge')!.shadowRoot?.querySelector('a[part~=link]'));
    equal(new URL((badge as HTMLAnchorElement).href).pathname, new URL(service.url, location.href).pathname, 'the live badge links to the service');
  });

  it('escapes a hostile MC name and item title in both snippets', async () => {
    const name = `"><script>alert('mc')</script>&`;
    const title = `<img src=x onerror="alert(1)"> & 'quotes'`;
    const hostileProduct = { ...noodles, title };
    const fetch = mockFetch({
      marketCreators: [{ ...mc, code: 'evil-mc', displayName: name }],
      fixtures: { products: [hostileProduct] },
    });
    const builder = mountBuilder(`mc="evil-mc" cdn="${CDN}"`, fetch);
    await until(() => partText(builder, 'creator')?.includes(name) && radio(builder, 'item', noodles.id));
    await choose(builder, 'item', noodles.id);
    const label = `&quot;&gt;&lt;script&gt;alert(&#39;mc&#39;)&lt;/script&gt;&amp; 추천: &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;`;
    const script = textarea(builder, 'script').value;
    includes(script, `rel="sponsored noopener">${label}</a>`, 'escaped link text');
    const noScript = textarea(builder, 'no-script').value;
    includes(noScript, `alt="${label}"`, 'escaped alt text');
    // Parsed as HTML, the snippets hold only the elements they should, with the hostile text as text.
    for (const [snippet, tags] of [
      [script, ['script', 'cen-mc-badge', 'a', 'p']],
      [noScript, ['a', 'img', 'p']],
    ] as const) {
      const doc = new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html');
      equal([...doc.body.querySelectorAll('*')].map((el) => el.localName).join(','), tags.join(','), 'elements');
    }
    const parsed = new DOMParser().parseFromString(script, 'text/html');
    equal(parsed.querySelector('cen-mc-badge a')!.textContent, `${name} 추천: ${title}`, 'the link text is the name and title, as text');
    equal(new DOMParser().parseFromString(noScript, 'text/html').querySelector('img')!.alt, `${name} 추천: ${title}`, 'alt text');
  });

  it('copies through the selection when the clipboard API refuses', async () => {
    const clipboard = stubClipboard(true);
    const original = document.execCommand;
    let selected = '';
    document.execCommand = (command: string) => {
      const area = textarea(builder, 'script');
      selected = command === 'copy' ? area.value.slice(area.selectionStart, area.selectionEnd) : '';
      return command === 'copy';
    };
    const builder = mountBuilder();
    try {
      await search(builder, '칼국수');
      await choose(builder, 'item', noodles.id);
      const copied = nextEvent(builder, 'cen-snippet-copy');
      copyButton(builder, 'script').click();
      const event = await copied;
      equal(selected, textarea(builder, 'script').value, 'the whole snippet was selected and copied');
      equal(event.detail.text, selected, 'event text');
      await until(() => partText(builder, 'status') === '복사했습니다');
    } finally {
      document.execCommand = original;
      clipboard.restore();
    }
  });

  it('says so when nothing could copy, and fires no event', async () => {
    const clipboard = stubClipboard(true);
    const original = document.execCommand;
    document.execCommand = () => false;
    try {
      const builder = mountBuilder();
      const events = record(builder, 'cen-snippet-copy');
      await search(builder, '칼국수');
      await choose(builder, 'item', noodles.id);
      copyButton(builder, 'script').click();
      await until(() => partText(builder, 'status')?.includes('복사하지 못했습니다'));
      equal(events.length, 0, 'no event');
    } finally {
      document.execCommand = original;
      clipboard.restore();
    }
  });

  it('disables copying until an item is chosen', async () => {
    const builder = mountBuilder();
    await until(() => part(builder, 'option'));
    equal(copyButton(builder, 'script').disabled, true, 'script copy disabled');
    equal(copyButton(builder, 'no-script').disabled, true, 'no-script copy disabled');
    equal(textarea(builder, 'script').value, '먼저 추천할 상품이나 서비스를 고르세요.', 'what to do first');
  });

  it('takes the CDN URL of the running script when cdn is left out, and asks for it when there is none', async () => {
    const missing = mountBuilder(`mc="${mc.code}"`);
    await until(() => part(missing, 'option'));
    includes(partText(missing, 'config-error'), 'cdn', 'asks for cdn');
    cleanup();

    const tag = document.createElement('script');
    tag.type = 'text/plain'; // never fetched or run
    tag.dataset.cenKey = KEY;
    tag.src = 'https://cdn.example/widgets/cen-widgets.js';
    document.head.append(tag);
    try {
      const builder = mountBuilder(`mc="${mc.code}"`);
      await search(builder, '칼국수');
      await choose(builder, 'item', noodles.id);
      equal(part(builder, 'config-error'), null, 'no configuration message');
      includes(textarea(builder, 'script').value, `<script type="module" src="https://cdn.example/widgets/cen-widgets.js" data-cen-key="${KEY}"`, 'the running script');
    } finally {
      tag.remove();
    }
  });

  it('never makes a snippet with a secret key, and sends nothing with it', async () => {
    const fetch = mockFetch();
    const builder = mountBuilder(undefined, fetch, 'sk_test_fake_key_only_a_test');
    await builder.updateComplete;
    includes(partText(builder, 'config-error'), 'pk_', 'explains the key');
    equal(fetch.requests.length, 0, 'no request');
    equal(copyButton(builder, 'script').disabled, true, 'nothing to copy');
    equal(builder.snippets, undefined, 'no snippets');
    await expectAccessible(builder);
  });

  it('explains a missing mc and an unknown one', async () => {
    const none = mountBuilder(`cdn="${CDN}"`);
    await none.updateComplete;
    includes(partText(none, 'config-error'), '추천 코드가 없습니다', 'missing mc');
    cleanup();
    const unknown = mountBuilder(`mc="nobody-here" cdn="${CDN}"`);
    await until(() => partText(unknown, 'error')?.includes('찾을 수 없습니다'));
  });

  it('speaks English with lang="en" and keeps Korean snippets unless snippet-lang="en"', async () => {
    const clipboard = stubClipboard();
    try {
      const builder = mountBuilder(`mc="${mc.code}" cdn="${CDN}" lang="en"`);
      await search(builder, '칼국수');
      includes(shadow(builder).querySelector('h2')?.textContent, 'Make a referral badge', 'English heading');
      await choose(builder, 'item', noodles.id);
      includes(textarea(builder, 'script').value, REFERRAL_DISCLOSURE.ko, 'Korean disclosure by default');
      copyButton(builder, 'script').click();
      await until(() => partText(builder, 'status') === 'Copied');
      builder.setAttribute('snippet-lang', 'en');
      await builder.updateComplete;
      includes(textarea(builder, 'script').value, `<p>${REFERRAL_DISCLOSURE.en}</p>`, 'English disclosure');
      includes(textarea(builder, 'script').value, ` lang="en">`, 'English badge');
      includes(textarea(builder, 'no-script').value, `alt="Recommended by ${mc.displayName}: ${noodles.title}"`, 'English alt text');
    } finally {
      clipboard.restore();
    }
  });

  it('stacks its columns at 360 px without horizontal scrolling', async () => {
    const builder = mountBuilder();
    builder.parentElement!.style.width = '360px';
    builder.parentElement!.style.display = 'block';
    await search(builder, '칼국수');
    await choose(builder, 'item', noodles.id);
    const [script, noScript] = shadow(builder).querySelectorAll<HTMLElement>('.snippet');
    assert(noScript!.offsetTop > script!.offsetTop, 'the snippets stack');
    const [a, b] = shadow(builder).querySelectorAll<HTMLElement>('.preview');
    assert(b!.offsetTop > a!.offsetTop, 'the previews stack');
    const base = part(builder, 'base')!;
    assert(base.scrollWidth <= 360, `no horizontal overflow (${base.scrollWidth}px)`);
    await expectAccessible(builder);
  });

  it('is usable with the keyboard alone: search, choose, look, copy', async () => {
    const clipboard = stubClipboard();
    try {
      const builder = mountBuilder();
      await until(() => part(builder, 'option') && partText(builder, 'creator'));
      (part(builder, 'search-input') as HTMLInputElement).focus();
      await sendKeys({ type: '칼국수' });
      await sendKeys({ press: 'Enter' });
      await until(() => partText(builder, 'results')?.includes(noodles.title) && shadow(builder).querySelectorAll('[part~=option]').length === 1);
      await sendKeys({ press: 'Tab' }); // search button
      await sendKeys({ press: 'Tab' }); // the only result
      equal(shadow(builder).activeElement, radio(builder, 'item', noodles.id), 'focus on the result');
      await sendKeys({ press: 'Space' });
      await until(() => builder.item?.id === noodles.id);
      await sendKeys({ press: 'Tab' }); // look group: compact
      equal(shadow(builder).activeElement, radio(builder, 'look', 'compact'), 'focus on the look');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await until(() => radio(builder, 'look', 'card')!.checked);
      for (let i = 0; i < 20 && shadow(builder).activeElement !== copyButton(builder, 'script'); i++) await sendKeys({ press: 'Tab' });
      equal(shadow(builder).activeElement, copyButton(builder, 'script'), 'reached the copy button');
      await sendKeys({ press: 'Enter' });
      await until(() => clipboard.written.length === 1);
      includes(clipboard.written[0], 'look="card"', 'copied the card snippet');
    } finally {
      clipboard.restore();
    }
  });
});
