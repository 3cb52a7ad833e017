import { demoProducts } from '@thecen/mocks/fixtures';
import { sendKeys } from '@web/test-runner-commands';
import { cartWith, deep, deepActiveElement, mountCommerce } from '../../../test/commerce.js';
import { cartStoreFor } from '../../cart/cart-store-for.js';
import { afterEach, assert, cleanup, describe, equal, expectAccessible, includes, it, nextEvent, part, partText, record, until } from '../../../test/harness.js';
import '../product-card/product-card.js';
import './add-to-cart.js';
import type { CenAddToCart } from './add-to-cart.component.js';

const flour = demoProducts.find((p) => p.id === 'prd_wooriwheat02')!; // 7,500원, stock 42
const withOptions = demoProducts.find((p) => p.id === 'prd_wooriwheat01')!; // 1kg / 3kg / 5kg (sold out)
const soldOut = demoProducts.find((p) => p.id === 'prd_betterwaffle02')!;

async function mounted(markup: string): Promise<{ store: HTMLElement; el: CenAddToCart }> {
  const store = mountCommerce(markup);
  cartWith(store);
  const el = store.querySelector('cen-add-to-cart')!;
  await until(() => el.shadowRoot?.querySelector('[part~=add-button]:not([disabled])') || el.shadowRoot?.querySelector('[part~=add-button]')?.textContent?.includes('품절'));
  return { store, el };
}

describe('<cen-add-to-cart>', () => {
  afterEach(cleanup);

  it('is accessible with options, stepper and after adding', async () => {
    const { el } = await mounted(`<cen-add-to-cart product="${withOptions.id}"></cen-add-to-cart>`);
    await expectAccessible(el);
    const select = part(el, 'option-select') as HTMLSelectElement;
    select.value = '3kg';
    select.dispatchEvent(new Event('change'));
    (part(el, 'add-button') as HTMLButtonElement).click();
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('adds the product with the quantity of the stepper and the price seen', async () => {
    const { store, el } = await mounted(`<cen-add-to-cart product="${flour.id}" quantity="2"></cen-add-to-cart>`);
    const changes = record(store, 'cen-cart-change');
    const requests = record(store, 'cen-add-to-cart');
    (part(el, 'increase') as HTMLButtonElement).click();
    await el.updateComplete;
    equal((part(el, 'quantity') as HTMLInputElement).value, '3', 'stepper');
    (part(el, 'add-button') as HTMLButtonElement).click();
    equal(requests.length, 1, 'one request event');
    equal(requests[0]!.detail.quantity, 3, 'quantity in the request');
    assert(requests[0]!.cancelable && requests[0]!.bubbles && requests[0]!.composed, 'cancelable, bubbling, composed');
    equal(changes.length, 1, 'one change event');
    equal(JSON.stringify(changes[0]!.detail.lines), JSON.stringify([{ productId: flour.id, quantity: 3, expectedUnitPrice: 7500 }]), 'lines');
    equal(changes[0]!.detail.count, 1, 'count');
    await el.updateComplete;
    equal(partText(el, 'status'), '장바구니에 담았습니다.', 'announced');
    equal(part(el, 'status')!.getAttribute('role'), 'status', 'polite live region');
  });

  it('asks for an option first, and shows each option with its price and sold-out state', async () => {
    const { store, el } = await mounted(`<cen-add-to-cart product="${withOptions.id}"></cen-add-to-cart>`);
    const select = part(el, 'option-select') as HTMLSelectElement;
    const labels = [...select.options].map((o) => o.textContent!.trim());
    equal(labels.join(' | '), '옵션을 선택하세요 | 1kg · 6,500원 | 3kg · 17,000원 | 5kg · 27,000원 (품절)', 'option labels');
    equal([...select.options].find((o) => o.value === '5kg')!.disabled, true, 'sold-out option cannot be chosen');
    equal(el.shadowRoot!.querySelector(`label[for="${select.id}"]`)?.textContent, '옵션', 'labelled');
    const changes = record(store, 'cen-cart-change');
    (part(el, 'add-button') as HTMLButtonElement).click();
    await el.updateComplete;
    equal(changes.length, 0, 'nothing added without an option');
    equal(select.getAttribute('aria-invalid'), 'true', 'the option list is marked invalid');
    equal(deepActiveElement(), select, 'focus moved to the option list');
    select.value = '3kg';
    select.dispatchEvent(new Event('change'));
    (part(el, 'add-button') as HTMLButtonElement).click();
    equal(JSON.stringify(changes[0]!.detail.lines), JSON.stringify([{ productId: withOptions.id, variantId: '3kg', quantity: 1, expectedUnitPrice: 17000 }]), 'option added');
  });

  it('lets the host veto the request', async () => {
    const { store, el } = await mounted(`<cen-add-to-cart product="${flour.id}"></cen-add-to-cart>`);
    store.addEventListener('cen-add-to-cart', (event) => event.preventDefault());
    const changes = record(store, 'cen-cart-change');
    (part(el, 'add-button') as HTMLButtonElement).click();
    equal(changes.length, 0, 'no change');
    equal(cartStoreFor(store).count, 0, 'cart still empty');
  });

  it('is a disabled "품절" button for a sold-out product', async () => {
    const { el } = await mounted(`<cen-add-to-cart product="${soldOut.id}"></cen-add-to-cart>`);
    const button = part(el, 'add-button') as HTMLButtonElement;
    equal(button.disabled, true, 'disabled');
    equal(button.textContent!.trim(), '품절', 'says why');
  });
});

describe('<cen-product-card add-to-cart>', () => {
  afterEach(cleanup);

  async function card(id: string) {
    const store = mountCommerce(`<cen-product-card product="${id}" add-to-cart></cen-product-card>`);
    cartWith(store);
    const el = store.querySelector('cen-product-card')!;
    await nextEvent(el, 'cen-product-load');
    const button = await until(() => deep<HTMLButtonElement>(el, 'cen-add-to-cart', '[part~=add-button]'));
    return { store, el, button };
  }

  it('is accessible, with a real button outside the link', async () => {
    const { el, button } = await card(withOptions.id);
    await expectAccessible(el);
    equal(button.localName, 'button', 'a real button');
    equal(button.closest('a'), null, 'not inside the link');
    equal(part(el, 'link')!.localName, 'a', 'the link stays');
  });

  it('adds a product without options at once', async () => {
    const { store, button } = await card(flour.id);
    const change = nextEvent(store, 'cen-cart-change');
    button.click();
    const { detail } = await change;
    equal(detail.count, 1, 'count');
    equal(detail.lines[0]!.productId, flour.id, 'product');
  });

  it('opens an option choice over the card, adds the chosen option, and returns focus', async () => {
    const { store, el, button } = await card(withOptions.id);
    const inner = el.shadowRoot!.querySelector('cen-add-to-cart')!;
    const before = el.getBoundingClientRect().height;
    button.focus();
    button.click();
    await inner.updateComplete;
    const select = part(inner, 'option-select') as HTMLSelectElement;
    equal(deepActiveElement(), select, 'focus on the option list');
    equal(el.getBoundingClientRect().height, before, 'the choice covers the card: no layout shift');
    equal((part(inner, 'confirm-button') as HTMLButtonElement).disabled, true, 'confirm needs an option');
    await sendKeys({ press: 'Escape' });
    await inner.updateComplete;
    equal(part(inner, 'options'), null, 'Escape closes the choice');
    equal(deepActiveElement(), button, 'focus back on the add button');
    button.click();
    await inner.updateComplete;
    const choice = part(inner, 'option-select') as HTMLSelectElement;
    choice.value = '1kg';
    choice.dispatchEvent(new Event('change'));
    await inner.updateComplete;
    const request = nextEvent(store, 'cen-add-to-cart');
    const change = nextEvent(store, 'cen-cart-change');
    (part(inner, 'confirm-button') as HTMLButtonElement).click();
    equal((await request).detail.variantId, '1kg', 'request names the option');
    equal((await change).detail.lines[0]!.variantId, '1kg', 'option in the cart');
    await inner.updateComplete;
    includes(partText(inner, 'status'), '담았습니다', 'confirmation');
  });

  it('has a disabled "품절" button for a sold-out product', async () => {
    const { button } = await card(soldOut.id);
    equal(button.disabled, true, 'disabled');
    equal(button.textContent!.trim(), '품절', 'text');
  });
});
