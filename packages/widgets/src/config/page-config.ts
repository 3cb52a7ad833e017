import { closestAcrossShadow } from '../internal/closest-across-shadow.js';

/** What an address search gives checkout: the 5-digit postal code and the road-name address. */
export interface AddressSearchResult {
  postalCode: string;
  road: string;
}

/**
 * A postcode search the host page provides (e.g. Kakao's): resolves with the chosen address, or
 * with null when the buyer closed it. Checkout shows a "주소 검색" button only when one is set.
 */
export type AddressSearch = () => Promise<AddressSearchResult | null | undefined>;

/** Where the widgets of a page get their data. */
export interface CenConfig {
  /** Base URL of The CEN API, e.g. `https://api.thecen.kr`. */
  api?: string;
  /** Publishable key of the channel (`pk_test_…` or `pk_live_…`). */
  key?: string;
  /** Language of widgets that have no `lang` on themselves or an ancestor (`ko` or `en`). */
  lang?: string;
  /** The fetch function requests go through (tests, proxies). Defaults to the browser's. */
  fetch?: typeof globalThis.fetch;
  /** Postcode search used by every `<cen-checkout>` of the page that has no `addressSearch` of its own. */
  addressSearch?: AddressSearch;
  /**
   * Where referrals (`cen_mc` / `cen_cc` of the landing URL) are kept: `local` (default, for the
   * attribution window), `session` when the host has no consent to keep them, `none` for this page only.
   */
  referralStorage?: ReferralStorage;
}

/**
 * Where the kit keeps a captured referral (see `CenConfig.referralStorage`). An unknown value
 * counts as `session`: when in doubt the kit keeps less.
 */
export type ReferralStorage = 'local' | 'session' | 'none';

let configured: CenConfig = {};

/**
 * Sets the page-wide configuration from script, for pages that load the widgets through npm.
 * It overrides the `data-cen-*` attributes of the script tag; a `<cen-store>` overrides both for
 * the widgets inside it. Later calls merge into earlier ones.
 */
export function configure(config: CenConfig): void {
  configured = { ...configured, ...config };
}

/**
 * The page-wide configuration: `configure()` over the `data-cen-*` attributes of
 * `<script data-cen-key="pk_…" data-cen-api="…" data-cen-lang="…">` (module scripts have no
 * `document.currentScript`, so the tag is found by its attribute). Without `data-cen-api` the API
 * is the origin the script was served from.
 */
export function pageConfig(): CenConfig {
  const script = document.querySelector<HTMLScriptElement>('script[data-cen-key]');
  const data = script?.dataset;
  return {
    api: configured.api || data?.cenApi || (script?.src ? new URL(script.src).origin : undefined),
    key: configured.key || data?.cenKey,
    lang: configured.lang || data?.cenLang,
    fetch: configured.fetch,
    addressSearch: configured.addressSearch,
    referralStorage: configured.referralStorage || (data?.cenReferralStorage as ReferralStorage | undefined),
  };
}

/** What `<cen-store>` exposes to the widgets inside it, whether or not it is upgraded yet. */
interface StoreLike extends HTMLElement {
  api?: string;
  key?: string;
  fetch?: typeof globalThis.fetch;
  referralStorage?: string;
}

/** The configuration a widget uses: its closest `<cen-store>` ancestor's, else the page's. */
export function elementConfig(el: Element): CenConfig {
  const page = pageConfig();
  const store = closestAcrossShadow(el, 'cen-store') as StoreLike | null;
  if (!store) return page;
  return {
    api: store.api || store.getAttribute('api') || page.api,
    key: store.key || store.getAttribute('key') || page.key,
    fetch: store.fetch || page.fetch,
    referralStorage: ((store.referralStorage || store.getAttribute('referral-storage')) as ReferralStorage | null) || page.referralStorage,
  };
}
