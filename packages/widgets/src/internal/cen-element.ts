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
 * the document changes) and a typed `emit()`.
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
