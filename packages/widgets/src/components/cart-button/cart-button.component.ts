import { html, type PropertyDeclarations } from 'lit';
import type { CartStore } from '../../cart/cart-store.js';
import { cartStoreFor } from '../../cart/cart-store-for.js';
import { openCart } from '../../cart/open-cart.js';
import { cartActionStrings } from '../../i18n/cart-action-strings.js';
import { commonStrings } from '../../i18n/locale.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CenElement } from '../../internal/cen-element.js';
import styles from './cart-button.styles.js';

/**
 * @summary A button showing how many products are in the cart; it opens the cart (`<cen-cart>`,
 * loaded when first opened). Changes of the count are announced politely to screen readers
 * ("장바구니 3개"), also when the cart changes in another tab.
 * @tag cen-cart-button
 *
 * @slot - Fallback shown until the element is defined, e.g. a link to a cart page. Never rendered once upgraded.
 *
 * @event {CenCartOpenEvent} cen-cart-open - Not dispatched by the button: the `<cen-cart>` it opens (inside the same `<cen-store>`, else at the end of `<body>`, never inside the button) dispatches it when the dialog opens, so listen on `document` (or the `<cen-store>`). `detail: { count: number }`.
 * @event {CenErrorEvent} cen-error - The widget has no configuration (no key). `detail: { error: Error }`.
 *
 * @csspart base - The button (also `action`).
 * @csspart icon - The cart icon.
 * @csspart label - The word "장바구니".
 * @csspart count - The number of products (lines) in the cart.
 * @csspart status - The visually hidden live region announcing the count.
 * @csspart error - The message shown instead of the button when the widget has no key.
 * @csspart action - The button (same element as `base`).
 *
 * @cssproperty [--cen-cart-button-background=var(--cen-color-surface)] - Background of the button.
 * @cssproperty [--cen-cart-button-color=var(--cen-color-text)] - Text colour of the button.
 * @cssproperty [--cen-cart-button-count-background=var(--cen-color-primary)] - Background of the count badge.
 */
export class CenCartButton extends CenElement {
  static override styles = [baseStyles, styles];
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = { ...CenElement.shadowRootOptions, delegatesFocus: true };

  static override properties: PropertyDeclarations = { count: { state: true }, announcement: { state: true } };

  declare private count: number;
  declare private announcement: string;
  #store: CartStore | undefined;
  #failed = false;

  constructor() {
    super();
    this.count = 0;
    this.announcement = '';
  }

  #onChange = (): void => {
    const count = this.#store!.count;
    if (count !== this.count) this.announcement = cartActionStrings[this.locale].cartCount(count);
    this.count = count;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    try {
      this.#store = cartStoreFor(this);
      this.#store.addEventListener('change', this.#onChange);
      this.count = this.#store.count;
      this.#failed = false;
    } catch (error) {
      this.#failed = true;
      this.updateComplete.then(() => this.emit('cen-error', { error: error as Error }));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#store?.removeEventListener('change', this.#onChange);
    this.#store = undefined;
  }

  /** Opens the cart, as a click does. */
  async open(): Promise<void> {
    await openCart(this, this);
  }

  protected override render() {
    const t = cartActionStrings[this.locale];
    if (this.#failed) return html`<p part="error">${commonStrings[this.locale].notConfigured}</p>`;
    // Named by its text: "장바구니 3개" for screen readers, "장바구니 3" on screen.
    return html`<button part="base action" type="button" aria-haspopup="dialog" @click=${this.open}>
        <svg part="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M3 4h2l2.4 10.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 1.9-1.4L21 8H6.2M10 20a1 1 0 1 0 0-.01M17 20a1 1 0 1 0 0-.01" /></svg>
        <span class="sr">${t.cartCount(this.count)}</span>
        <span part="label" aria-hidden="true">${t.cart}</span>
        <span part="count" class="count" aria-hidden="true">${this.count}</span>
      </button>
      <span part="status" role="status" class="sr">${this.announcement}</span>`;
  }
}
