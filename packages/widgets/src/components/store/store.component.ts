import { css, html, LitElement, type PropertyDeclarations } from 'lit';

/**
 * @summary Configures the widgets inside it: which API, which publishable key, which language.
 * Widgets outside any `<cen-store>` use the `data-cen-*` attributes of the script tag instead.
 * @tag cen-store
 *
 * @slot - Any content; the `cen-*` widgets in it use this configuration.
 *
 * @attr {string} lang - Language of the widgets inside that have no closer `lang`: `en…` selects English, anything else Korean.
 */
export class CenStore extends LitElement {
  static override styles = css`:host{display:contents}`;

  static override properties: PropertyDeclarations = { api: {}, key: {}, fetch: { attribute: false }, referralStorage: { attribute: 'referral-storage' } };

  /** Base URL of The CEN API (attribute `api`); defaults to the page configuration. */
  declare api: string | undefined;

  /** Publishable key of the channel, `pk_test_…` or `pk_live_…` (attribute `key`). */
  declare key: string | undefined;

  /**
   * The fetch function the widgets inside use (tests, proxies). Set it before the widgets connect;
   * widgets with the same api, key and fetch share one client, hence one batch request.
   */
  declare fetch: typeof globalThis.fetch | undefined;

  /**
   * Where the widgets inside keep a referral captured from the landing URL (attribute
   * `referral-storage`): `local` (default), `session` when the page may not keep it, `none` for this page only.
   */
  declare referralStorage: 'local' | 'session' | 'none' | undefined;

  protected override render() {
    return html`<slot></slot>`;
  }
}
