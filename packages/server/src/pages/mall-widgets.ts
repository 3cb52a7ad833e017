import { PUBLISHABLE_KEY_PATTERN } from '@thecen/schema';
import { html, trustedHtml, type SafeHtml } from './html.js';
import { pageLayout } from './page-layout.js';

/**
 * The mall's own widgets on the server's item pages: with them a reader who lands on
 * `/products/{id}` (a referral link's default target) can put the product in a cart and pay right
 * there, and the referral in the URL is captured like on any shop. Without them the pages stay
 * script-free.
 */
export interface MallWidgets {
  /** The mall channel's publishable key; the server's public origin must be one of its allowed origins. */
  publishableKey: string;
  /** URL of the widgets' CDN module (`…/cen-widgets.js`), absolute or a path on this server (`/cdn/cen-widgets.js`). */
  scriptUrl: string;
}

/** Where the buyer lands after paying, and where a booking request is followed (pages of this server). */
export const MALL_ORDER_PAGE_PATH = '/orders/status';
export const MALL_BOOKING_PAGE_PATH = '/bookings/status';

/** The mall's widgets from `CEN_MALL_PUBLISHABLE_KEY` and `CEN_MALL_WIDGETS_URL`; undefined unless both are set (and the key is a publishable one). */
export function mallWidgetsFromEnv(env: Record<string, string | undefined>): MallWidgets | undefined {
  const publishableKey = env.CEN_MALL_PUBLISHABLE_KEY?.trim();
  const scriptUrl = env.CEN_MALL_WIDGETS_URL?.trim();
  if (!publishableKey || !scriptUrl) return undefined;
  if (!PUBLISHABLE_KEY_PATTERN.test(publishableKey)) throw new Error('CEN_MALL_PUBLISHABLE_KEY must be a publishable key (pk_…), never a secret key');
  if (!/^(https?:\/\/|\/[^/])/.test(scriptUrl)) throw new Error('CEN_MALL_WIDGETS_URL must be an absolute http(s) URL or a path on this server');
  return { publishableKey, scriptUrl };
}

/** The script tag that configures every widget of the page. */
export function mallWidgetsHead(mall: MallWidgets, apiUrl: string): SafeHtml {
  return html`<script type="module" src="${new URL(mall.scriptUrl, `${apiUrl}/`).href}" data-cen-api="${apiUrl}" data-cen-key="${mall.publishableKey}"></script>`;
}

/** Cart button, add-to-cart and the cart drawer (paying returns to the mall's order page). */
export function productBuyBox(productId: string): SafeHtml {
  return html`<section class="buy" aria-label="구매">
<cen-add-to-cart product="${productId}"><p class="no-script">자바스크립트를 켜면 이 페이지에서 바로 장바구니에 담고 결제할 수 있습니다.</p></cen-add-to-cart>
<cen-cart-button></cen-cart-button>
</section>
<cen-cart return-url="${MALL_ORDER_PAGE_PATH}"></cen-cart>`;
}

/** The booking calendar or request form of a service, then the same cart and checkout. */
export function serviceBookingBox(serviceId: string): SafeHtml {
  return html`<section class="buy" aria-label="예약">
<cen-service-booking service="${serviceId}" status-url="${MALL_BOOKING_PAGE_PATH}"><p class="no-script">자바스크립트를 켜면 이 페이지에서 바로 예약할 수 있습니다.</p></cen-service-booking>
<cen-cart-button></cen-cart-button>
</section>
<cen-cart return-url="${MALL_ORDER_PAGE_PATH}"></cen-cart>`;
}

const PAGE_CSP_COMMON = "img-src 'self' https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The Content-Security-Policy of a server page without widgets: no script at all. */
export const SCRIPT_FREE_PAGE_CSP = `default-src 'none'; ${PAGE_CSP_COMMON}`;

/** The Content-Security-Policy of a page with the mall's widgets: scripts only from the widgets' origin, requests only to the API. */
export function mallPageCsp(mall: MallWidgets, apiUrl: string): string {
  return `default-src 'none'; script-src ${new URL(mall.scriptUrl, `${apiUrl}/`).origin}; connect-src ${new URL(apiUrl).origin}; ${PAGE_CSP_COMMON}; frame-ancestors 'none'`;
}

/** What the mall's two follow-up pages show: the order (`/orders/status?cen_order=…`, where checkout returns after paying) or a booking request (`/bookings/status?cen_booking=…`). */
const STATUS_PAGES = {
  order: { title: '주문 확인', element: 'cen-order-status', noScript: '주문 내역을 보려면 자바스크립트를 켜 주세요.' },
  booking: { title: '예약 확인', element: 'cen-booking-status', noScript: '예약 내역을 보려면 자바스크립트를 켜 주세요.' },
} as const;

/** The mall's order or booking page: the status element (reading its token from the URL) and the cart. */
export function renderMallStatusPage(kind: keyof typeof STATUS_PAGES, mall: MallWidgets, apiUrl: string): string {
  const page = STATUS_PAGES[kind];
  // The element name is one of two constants, never input.
  const element = trustedHtml(page.element);
  return pageLayout(
    page.title,
    html`<h1>${page.title}</h1>
<${element}><p class="no-script">${page.noScript}</p></${element}>
<cen-cart return-url="${MALL_ORDER_PAGE_PATH}"></cen-cart>`,
    mallWidgetsHead(mall, apiUrl),
  );
}
