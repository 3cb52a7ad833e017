import { cartWith, deep, mountCommerce, PAGE_KEY, resetCart } from '../../../test/commerce.js';
import { accessibleName, afterEach, cleanup, describe, equal, expectAccessible, it, nextEvent, part, partText, until } from '../../../test/harness.js';
import './cart-button.js';

describe('<cen-cart-button>', () => {
  afterEach(() => {
    resetCart();
    cleanup();
    document.querySelectorAll('cen-cart').forEach((cart) => cart.remove());
  });

  it('is accessible and named by the count', async () => {
    const store = mountCommerce('<cen-cart-button></cen-cart-button>');
    cartWith(store, [{ productId: 'prd_wooriwheat02', quantity: 1 }, { productId: 'prd_cafegeumulko01', quantity: 2 }]);
    const button = store.querySelector('cen-cart-button')!;
    await button.updateComplete;
    await expectAccessible(store);
    equal(accessibleName(part(button, 'base')!), '장바구니 2개', 'name');
    equal(partText(button, 'count'), '2', 'visible count');
  });

  it('announces count changes politely, also from another tab', async () => {
    const store = mountCommerce('<cen-cart-button></cen-cart-button>');
    const cart = cartWith(store); // empty already: no change
    const button = store.querySelector('cen-cart-button')!;
    await button.updateComplete;
    const status = part(button, 'status')!;
    equal(status.getAttribute('role'), 'status', 'polite live region');
    equal(status.textContent, '', 'silent at first');
    cart.add({ productId: 'prd_wooriwheat02', quantity: 1 });
    await button.updateComplete;
    equal(status.textContent, '장바구니 1개', 'announced');
    const lines = [{ productId: 'prd_wooriwheat02', quantity: 1 }, { productId: 'prd_hanjicraft02', quantity: 1 }, { productId: 'prd_mongttang01', quantity: 1 }];
    localStorage.setItem(`cen:cart:${PAGE_KEY}`, JSON.stringify(lines));
    window.dispatchEvent(new StorageEvent('storage', { key: `cen:cart:${PAGE_KEY}`, newValue: JSON.stringify(lines), storageArea: localStorage }));
    await button.updateComplete;
    equal(status.textContent, '장바구니 3개', 'change in another tab announced');
    equal(partText(button, 'count'), '3', 'count');
  });

  it('opens the cart, loading it on first use', async () => {
    const store = mountCommerce('<cen-cart-button></cen-cart-button>');
    cartWith(store, [{ productId: 'prd_wooriwheat02', quantity: 1 }]);
    const button = store.querySelector('cen-cart-button')!;
    await button.updateComplete;
    const opened = nextEvent(store, 'cen-cart-open');
    (part(button, 'base') as HTMLButtonElement).click();
    equal((await opened).detail.count, 1, 'cen-cart-open');
    const cart = store.querySelector('cen-cart')!;
    equal(cart.open, true, 'open');
    equal(deep<HTMLDialogElement>(cart, 'dialog')!.open, true, 'modal dialog shown');
    await until(() => deep(cart, '[part~=line]'));
  });

  it('says the widget is not configured without a key', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<cen-cart-button></cen-cart-button>';
    const button = holder.firstElementChild!;
    const error = nextEvent(button, 'cen-error');
    document.body.append(holder);
    equal((await error).detail.error.name, 'CenConfigurationError', 'error');
    await (button as HTMLElementTagNameMap['cen-cart-button']).updateComplete;
    equal(partText(button, 'error'), '위젯 설정(API 주소와 공개 키)이 없습니다.', 'message');
    holder.remove();
  });
});
