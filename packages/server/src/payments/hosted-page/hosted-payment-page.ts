import { formatKrw } from '@thecen/schema';
import { html, trustedHtml } from '../../pages/html.js';
import { pageLayout } from '../../pages/page-layout.js';
import type { HostedPaymentSdk } from './hosted-payment-sdks.js';

export interface HostedPaymentPageInput {
  sdk: HostedPaymentSdk;
  orderName: string;
  amount: number;
  /** The provider's browser-SDK parameters, from its `prepare`. */
  clientParams: Record<string, string>;
  /** Absolute URL of the launcher on this server. */
  launcherUrl: string;
  /** The fail URL with a "buyer cancelled" code: back to the shop, the payment not made. */
  cancelUrl: string;
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` (so that no
 * `</script>` or `<!--` can end the block) and the JavaScript line separators are escaped.
 */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The payment page this server hosts for a provider with a browser SDK: the order name and
 * amount, the parameters as a JSON data block, the provider's SDK and our launcher (no inline
 * script), a "결제창 열기" button in case the window did not open by itself, and a cancel link.
 */
export function renderHostedPaymentPage(input: HostedPaymentPageInput): string {
  const { sdk } = input;
  return pageLayout(
    sdk.title,
    html`<h1>${sdk.title}</h1>
<dl class="facts">
<dt>주문명</dt><dd>${input.orderName}</dd>
<dt>결제 금액</dt><dd class="price">${formatKrw(input.amount)}</dd>
</dl>
<p id="cen-pay-status" role="status" aria-live="polite">결제창을 불러오는 중입니다…</p>
<p><button type="button" id="cen-pay-open">결제창 열기</button></p>
<p><a href="${input.cancelUrl}">결제 취소하고 돌아가기</a></p>
<script type="application/json" id="cen-payment-params">${trustedHtml(jsonForScriptBlock(input.clientParams))}</script>
<script src="${sdk.scriptUrl}"></script>
<script src="${input.launcherUrl}"></script>`,
  );
}

/** Shown when the payment can no longer be started here (already paid, failed or expired). */
export function renderPaymentNotPayablePage(backUrl: string): string {
  return pageLayout(
    '결제를 진행할 수 없습니다',
    html`<h1>결제를 진행할 수 없습니다</h1>
<p>이미 처리되었거나 기한이 지난 결제입니다. 주문한 사이트에서 주문 상태를 확인해 주세요.</p>
<p><a href="${backUrl}">상점으로 돌아가기</a></p>`,
  );
}
