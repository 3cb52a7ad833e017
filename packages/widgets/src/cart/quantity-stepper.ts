import { MAX_LINE_QUANTITY } from '@thecen/schema/browser';
import { css, html, type TemplateResult } from 'lit';
import { clampQuantity } from './cart-store.js';

export interface QuantityStepperOptions {
  value: number;
  /** Most that may be chosen (stock); at most 99. */
  max?: number;
  /** Names of the group and field, and of the two buttons. */
  label: string;
  decrease: string;
  increase: string;
  onChange(quantity: number): void;
}

/** A "− [n] +" stepper: a labelled group of two buttons and a number field, each at least 44 px high. */
export function quantityStepper(o: QuantityStepperOptions): TemplateResult {
  const max = Math.max(1, Math.min(o.max ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY));
  const set = (n: number) => o.onChange(Math.min(max, clampQuantity(n)));
  return html`<div part="stepper" class="stepper" role="group" aria-label=${o.label}>
    <button part="decrease" type="button" class="secondary" aria-label=${o.decrease} ?disabled=${o.value <= 1} @click=${() => set(o.value - 1)}>−</button>
    <input part="quantity" type="number" inputmode="numeric" min="1" max=${max} .value=${String(o.value)} aria-label=${o.label}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        set(input.valueAsNumber);
        input.value = String(Math.min(max, clampQuantity(input.valueAsNumber)));
      }} />
    <button part="increase" type="button" class="secondary" aria-label=${o.increase} ?disabled=${o.value >= max} @click=${() => set(o.value + 1)}>+</button>
  </div>`;
}

export const stepperStyles = css`
.stepper{display:inline-flex;flex:none}
.stepper button{inline-size:2.75rem;min-block-size:2.75rem;padding:0;border-radius:0}
.stepper button:first-child{border-radius:var(--_radius) 0 0 var(--_radius)}
.stepper button:last-child{border-radius:0 var(--_radius) var(--_radius) 0}
.stepper input{inline-size:3.25rem;min-block-size:2.75rem;border:1px solid var(--_border);border-inline:0;border-radius:0;background:var(--_surface);color:inherit;font:inherit;text-align:center;-moz-appearance:textfield}
.stepper input::-webkit-inner-spin-button{-webkit-appearance:none}
.stepper button:disabled{background:var(--_bone);color:var(--_muted);cursor:not-allowed}
.secondary{border:1px solid var(--_border);background:var(--_surface);color:var(--_text)}
`;
