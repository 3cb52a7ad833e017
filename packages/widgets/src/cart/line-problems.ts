import type { CartProblem } from '@thecen/schema/browser';
import { html, type TemplateResult } from 'lit';
import type { CartStrings } from '../i18n/translation.js';

/** A problem that keeps the cart from being ordered; a changed price only needs to be seen. */
export function isBlocking(problem: CartProblem): boolean {
  return problem.code !== 'price_changed';
}

/**
 * The fix offered for a line's problem: lower the quantity to what is left, or remove the line.
 * Nothing for a changed price (the cart now shows the new one).
 */
export function problemFix(
  problem: CartProblem,
  t: CartStrings,
  title: string,
  fix: { remove(): void; setQuantity(quantity: number): void },
): TemplateResult | string {
  if (problem.code === 'price_changed') return '';
  if (problem.code === 'quantity_above_stock' && problem.available) {
    return html`<button part="fix-button" type="button" class="secondary" @click=${() => fix.setQuantity(problem.available!)}>${t.lowerTo(problem.available)}</button>`;
  }
  return html`<button part="fix-button" type="button" class="secondary" aria-label=${t.removeLine(title)} @click=${fix.remove}>${t.remove}</button>`;
}
