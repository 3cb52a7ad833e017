import { formatKrw } from '@thecen/schema';
import { html, type SafeHtml } from '../../../pages/html.js';
import { pageLayout } from '../../../pages/page-layout.js';
import type { TestGatewayPayment } from './test-gateway.js';

const STATUS_TEXT: Record<TestGatewayPayment['status'], string> = {
  ready: '결제 대기',
  approved: '승인됨 (상점의 결제 확인 대기)',
  confirmed: '결제 완료',
  declined: '거절됨',
  abandoned: '구매자가 취소함',
  issued: '가상계좌 발급됨 (입금 대기)',
  deposited: '입금 완료',
  canceled: '취소됨',
  expired: '기한 만료',
};

export interface TestPaymentPageInput {
  record: TestGatewayPayment;
  /** Absolute URL of the page's actions: `<base>/pay/test/<id>`. */
  actionBase: string;
  token: string;
  /** Where the buyer goes back to the shop: the success URL with its parameters, or the fail URL. */
  backUrl: string | null;
}

function actionForm(input: TestPaymentPageInput, action: string, label: string, kind: 'primary' | 'secondary' = 'secondary'): SafeHtml {
  return html`<form method="post" action="${input.actionBase}/${action}">
<input type="hidden" name="t" value="${input.token}">
<button type="submit" class="${kind}">${label}</button>
</form>`;
}

/**
 * The hosted page of the test provider: the amount, order name and method, and plain HTML forms
 * (no script: it works under a strict Content-Security-Policy) for what a buyer can do.
 */
export function renderTestPaymentPage(input: TestPaymentPageInput): string {
  const { record } = input;
  const method = record.method === 'card' ? '카드' : '가상계좌';
  let actions: SafeHtml | string = '';
  if (record.status === 'ready' && record.method === 'card') {
    actions = html`<div class="actions">${actionForm(input, 'approve', '승인', 'primary')}${actionForm(input, 'decline', '거절')}${actionForm(input, 'cancel', '취소')}</div>`;
  } else if (record.status === 'ready') {
    actions = html`<div class="actions">${actionForm(input, 'issue', '가상계좌 발급', 'primary')}${actionForm(input, 'cancel', '취소')}</div>`;
  } else if (record.status === 'issued' && record.virtualAccount) {
    const va = record.virtualAccount;
    actions = html`<h2>입금 계좌</h2>
<dl class="facts"><dt>은행</dt><dd>${va.bank}</dd><dt>계좌번호</dt><dd>${va.accountNumber}</dd><dt>예금주</dt><dd>${va.holder}</dd><dt>입금 기한</dt><dd>${new Intl.DateTimeFormat('ko-KR', { timeZone: 'Asia/Seoul', dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(va.dueAt))}</dd></dl>
<div class="actions">${actionForm(input, 'deposit', '입금 완료 시뮬레이션', 'primary')}</div>`;
  }
  const back = input.backUrl ? html`<p><a href="${input.backUrl}">상점으로 돌아가기</a></p>` : '';
  return pageLayout(
    '테스트 결제',
    html`<h1>테스트 결제</h1>
<p class="test-notice">실제 돈이 오가지 않는 테스트 결제 화면입니다.</p>
<dl class="facts">
<dt>주문명</dt><dd>${record.orderName}</dd>
<dt>결제 금액</dt><dd class="price">${formatKrw(record.amount)}</dd>
<dt>결제 수단</dt><dd>${method}</dd>
<dt>상태</dt><dd class="status">${STATUS_TEXT[record.status]}</dd>
</dl>
${actions}
${back}`,
  );
}
