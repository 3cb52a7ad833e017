import { LitElement } from 'lit';
import type {} from '../events/index.js';
import { resolveLocale } from '../i18n/locale.js';
import type { Locale } from '../i18n/translation.js';

/** The `cen-*` events and their detail types, from `HTMLElementEventMap`. */
type CenEventDetails = {
  [K in keyof HTMLElementEventMap as K extends `cen-${string}` ? K : never]: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;
};

const connected = new Set<CenElement>();
let langObserver: MutationObserver | undefined;

/**
 * Base of the `cen-*` elements: locale from the closest `lang` (re-rendered when any `lang` in
 * the document changes) and a typed `emit()`. The attribute and custom properties documented here
 * are inherited by every element in the custom-elements manifest.
 *
 * @attr {string} lang - Language of the element's text: `en…` selects English, anything else Korean. Without it the closest ancestor's `lang` (a `<cen-store lang>` included), then `data-cen-lang` or `configure({ lang })`, then `<html lang>` decide; Korean by default.
 *
 * @cssproperty [--cen-color-primary=#1b5e42] - Brand colour: badges, buttons, focus ring.
 * @cssproperty [--cen-color-on-primary=#fff] - Text on the brand colour.
 * @cssproperty [--cen-color-text=#1f2328] - Main text colour.
 * @cssproperty [--cen-color-text-muted=#545d68] - Secondary text: partner name, list price, service details.
 * @cssproperty [--cen-color-surface=#fff] - Background of cards.
 * @cssproperty [--cen-color-border=#d0d7de] - Borders of cards.
 * @cssproperty [--cen-color-danger=#b3261e] - Discounts and the product card's stock label.
 * @cssproperty [--cen-color-skeleton=#e8ebee] - Placeholder bars while loading.
 * @cssproperty [--cen-radius-md=.5rem] - Corner radius of cards, images and buttons.
 * @cssproperty [--cen-space-xs=.25rem] - Smallest spacing step.
 * @cssproperty [--cen-space-sm=.5rem] - Small spacing step.
 * @cssproperty [--cen-space-md=.75rem] - Medium spacing step: card padding.
 * @cssproperty [--cen-space-lg=1rem] - Large spacing step: gaps between cards.
 * @cssproperty --cen-font-family - Font stack (default: `system-ui`, then Apple SD Gothic Neo and Malgun Gothic for Korean, then `sans-serif`).
 */
export class CenElement extends LitElement {
  /** The locale this element renders in; see `resolveLocale`. */
  protected get locale(): Locale {
    return resolveLocale(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    if (!langObserver) {
      langObserver = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
      langObserver.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /**
   * Dispatches a `cen-*` event that bubbles out of shadow roots; returns `false` when a listener
   * called `preventDefault()` on a cancelable one.
   */
  protected emit<K extends keyof CenEventDetails>(type: K, detail: CenEventDetails[K], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }
}
