import { html } from './html.js';
import { pageLayout } from './page-layout.js';

/** Shown when the provider could not confirm in time: nothing changed, reloading retries. */
export function renderPaymentRetryPage(message: string, retryUrl: string): string {
  return pageLayout(
    '결제 확인 중',
    html`<h1>결제 확인 중입니다</h1>
<p>${message}</p>
<p><a href="${retryUrl}">다시 확인하기</a></p>`,
  );
}

export function renderPaymentNotFoundPage(): string {
  return pageLayout('결제를 찾을 수 없습니다', html`<h1>결제를 찾을 수 없습니다</h1>
<p>주소가 잘못되었거나 만료된 결제입니다. 주문한 사이트로 돌아가 다시 시도해 주세요.</p>`);
}
