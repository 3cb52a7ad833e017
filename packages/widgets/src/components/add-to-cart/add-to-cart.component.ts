import { MAX_CART_LINES, MAX_LINE_QUANTITY, formatKrw, type Product } from '@thecen/schema/browser';
import { productsResource } from '@thecen/sdk/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { cartStoreFor } from '../../cart/cart-store-for.js';
import { clampQuantity } from '../../cart/cart-store.js';
import { quantityStepper, stepperStyles } from '../../cart/quantity-stepper.js';
import { cartActionStrings } from '../../i18n/cart-action-strings.js';
import { commonStrings, productStrings } from '../../i18n/locale.js';
import { baseStyles } from '../../internal/base.styles.js';
import { errorKind } from '../../internal/error-kind.js';
import { CenElement } from '../../internal/cen-element.js';
import { ResourceItemLoader } from '../../internal/resource-item-loader.js';
import styles from './add-to-cart.styles.js';

/**
 * @summary A button that puts a product in the cart, with a quantity stepper and, for a product
 * with options, a labelled option list showing each option's price and sold-out state. Sold-out
 * products get a disabled "품절" button. The cart is shared by every element of the page with the
 * same API and key, and kept in `localStorage` per mall.
 * @tag cen-add-to-cart
 *
 * @slot - Fallback shown until the element is defined, e.g. a link to the product. Never rendered once upgraded.
 *
 * @event {CenAddToCartEvent} cen-add-to-cart - The buyer asked to add the product, before it is added; cancelable: `preventDefault()` keeps it out of the cart. `detail: { product: Product, variantId: string | undefined, quantity: number }`.
 * @event {CenCartChangeEvent} cen-cart-change - The product was added to the cart. `detail: { count: number, lines: CartLine[] }`.
 * @event {CenErrorEvent} cen-error - The product could not be loaded, or not added. `detail: { error: Error, productId: string, operation?: 'add-to-cart' }`.
 *
 * @csspart base - The wrapper.
 * @csspart option-select - The option list (`<select>`).
 * @csspart stepper - The quantity stepper (group of the two buttons and the number field).
 * @csspart decrease - The "−" button.
 * @csspart quantity - The quantity field.
 * @csspart increase - The "+" button.
 * @csspart add-button - The "장바구니 담기" button ("품절" and disabled when sold out).
 * @csspart options - In `compact` mode: the option choice shown over the closest positioned ancestor (the card).
 * @csspart confirm-button - In `compact` mode: the button that adds the chosen option.
 * @csspart cancel-button - In `compact` mode: the button that closes the option choice.
 * @csspart status - The message after adding ("장바구니에 담았습니다."), a polite live region.
 * @csspart error - The error message box when the product could not be loaded.
 * @csspart action - The retry button of the error state.
 *
 * @cssproperty [--cen-add-to-cart-button-background=var(--cen-color-primary)] - Background of the add button.
 * @cssproperty [--cen-add-to-cart-button-color=var(--cen-color-on-primary)] - Text colour of the add button.
 */
export class CenAddToCart extends CenElement {
  static override styles = [baseStyles, stepperStyles, styles];

  static override properties: PropertyDeclarations = {
    productId: { attribute: 'product' },
    product: { attribute: false },
    variant: {},
    quantity: { type: Number },
    compact: { type: Boolean, reflect: true },
    chosen: { state: true },
    count: { state: true },
    choosing: { state: true },
    message: { state: true },
    invalid: { state: true },
  };

  /** Id of the product to add (`prd_…`), fetched unless `product` is set; attribute `product`. */
  declare productId: string;
  /** The product; set it to skip the request (the product card does). */
  declare product: Product | undefined;
  /** Option (variant) id to add; when set, no option list is shown. */
  declare variant: string;
  /** Quantity the stepper starts at (1–99). */
  declare quantity: number;
  /** Only the button: options open over the closest positioned ancestor, the quantity is `quantity`. Used inside `<cen-product-card add-to-cart>`. */
  declare compact: boolean;

  declare private chosen: string;
  declare private count: number;
  declare private choosing: boolean;
  declare private message: string;
  declare private invalid: boolean;

  constructor() {
    super();
    this.productId = '';
    this.variant = '';
    this.quantity = 1;
    this.compact = false;
    this.chosen = '';
    this.count = 1;
    this.choosing = false;
    this.message = '';
    this.invalid = false;
  }

  #loader = new ResourceItemLoader(
    this,
    { products: productsResource },
    (client, id, signal) => client.products.load(id, { signal }),
    (productId, product, error) => {
      if (product) this.product = product;
      else this.emit('cen-error', { error: error as Error, productId });
    },
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('productId') && this.productId && this.productId !== this.product?.id) {
      this.product = undefined;
      this.#loader.load(this.productId);
    } else if (changed.has('product') && this.product) this.#loader.cancel();
    if (changed.has('quantity')) this.count = clampQuantity(this.quantity);
    if (changed.has('variant')) this.chosen = this.variant ?? '';
  }

  /** The option to add: the `variant` attribute, else the buyer's choice. */
  get #variant() {
    return this.product?.variants.find((v) => v.id === this.chosen);
  }

  /** Most that can be added: the stock of the product or chosen option, at most 99. */
  get #max(): number {
    const stock = (this.#variant ?? (this.product?.variants.length ? undefined : this.product))?.stock;
    return Math.max(1, Math.min(MAX_LINE_QUANTITY, stock ?? MAX_LINE_QUANTITY));
  }


  #onAdd(): void {
    const product = this.product!;
    if (product.variants.length && !this.#variant) {
      if (this.compact) this.choosing = true;
      else this.invalid = true;
      this.message = '';
      this.updateComplete.then(() => this.renderRoot.querySelector('select')?.focus());
      return;
    }
    this.#add();
  }

  #closeOptions(): void {
    this.choosing = false;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~=add-button]')?.focus());
  }

  #add(): void {
    const product = this.product!;
    const variant = this.#variant;
    const quantity = this.compact ? clampQuantity(this.quantity) : this.count;
    const t = cartActionStrings[this.locale];
    if (!this.emit('cen-add-to-cart', { product, variantId: variant?.id, quantity }, true)) return;
    if (this.choosing) this.#closeOptions();
    try {
      const store = cartStoreFor(this);
      const added = store.add({ productId: product.id, ...(variant && { variantId: variant.id }), quantity, expectedUnitPrice: (variant ?? product).price });
      this.message = added ? t.added : t.cartFull(MAX_CART_LINES);
      if (added) this.emit('cen-cart-change', { count: store.count, lines: store.lines });
    } catch (error) {
      this.message = t.addFailed;
      this.emit('cen-error', { error: error as Error, productId: product.id, operation: 'add-to-cart' });
    }
  }

  #optionList(product: Product) {
    const locale = this.locale;
    const t = cartActionStrings[locale];
    return html`<label for="option">${t.option}</label>
      <select id="option" part="option-select" aria-invalid=${this.invalid ? 'true' : 'false'} aria-describedby=${this.invalid ? 'status' : nothing}
        @change=${(e: Event) => {
          this.chosen = (e.target as HTMLSelectElement).value;
          this.invalid = false;
          this.count = Math.min(this.#max, this.count);
        }}>
        <option value="" ?selected=${!this.chosen}>${t.chooseOption}</option>
        ${product.variants.map((v) => {
          const soldOut = v.stockState === 'sold_out';
          return html`<option value=${v.id} ?selected=${v.id === this.chosen} ?disabled=${soldOut}>${t.optionLabel(v.label, formatKrw(v.price, locale), soldOut)}</option>`;
        })}
      </select>`;
  }

  protected override render() {
    const locale = this.locale;
    const t = cartActionStrings[locale];
    const p = this.product;
    if (!p) {
      const error = this.#loader.error;
      const c = commonStrings[locale];
      return error
        ? html`<div part="base error" class="error">
            <p>${errorKind(error) === 'not-found' ? productStrings[locale].productNotFound : c.loadFailed}</p>
            ${errorKind(error) === 'network' ? html`<button part="action" type="button" @click=${() => this.#loader.reload()}>${c.retry}</button>` : ''}
          </div>`
        : html`<div part="base" aria-busy="true"><button part="add-button" type="button" disabled>${t.addToCart}</button></div>`;
    }
    const soldOut = p.stockState === 'sold_out' || this.#variant?.stockState === 'sold_out';
    const needsChoice = p.variants.length > 0 && !this.variant;
    return html`<div part="base">
      ${needsChoice && !this.compact ? html`<div class="field">${this.#optionList(p)}</div>` : ''}
      <div class="row">
        ${this.compact
          ? ''
          : quantityStepper({ value: this.count, max: this.#max, label: t.quantity, decrease: t.decrease, increase: t.increase, onChange: (n) => (this.count = n) })}
        <button part="add-button" type="button" class="add" ?disabled=${soldOut} @click=${this.#onAdd}>${soldOut ? productStrings[locale].soldOut : t.addToCart}</button>
      </div>
      ${this.choosing
        ? html`<div part="options" class="options" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#closeOptions()}>
            ${this.#optionList(p)}
            <div class="row">
              <button part="confirm-button" type="button" ?disabled=${!this.#variant} @click=${this.#add}>${t.confirm}</button>
              <button part="cancel-button" type="button" class="secondary" @click=${this.#closeOptions}>${t.cancel}</button>
            </div>
          </div>`
        : ''}
      <p part="status" id="status" role="status" class=${this.message || this.invalid ? 'status' : 'sr'}>${this.invalid ? t.chooseOption : this.message}</p>
    </div>`;
  }
}
