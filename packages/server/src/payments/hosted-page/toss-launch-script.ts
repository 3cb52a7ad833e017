/**
 * `/pay/assets/toss-launch.js`: reads the payment parameters from the page's
 * `<script type="application/json" id="cen-payment-params">` block and opens the Toss Payments
 * v2 standard payment window (`TossPayments(clientKey).payment({ customerKey: ANONYMOUS })
 * .requestPayment(…)`, redirect flow: Toss sends the buyer to the success or fail URL). Opened at
 * once and again with the "결제창 열기" button. Plain ES5 so that any browser runs it.
 */
export const TOSS_LAUNCH_SCRIPT = `(function () {
  'use strict';
  var data = document.getElementById('cen-payment-params');
  var button = document.getElementById('cen-pay-open');
  var status = document.getElementById('cen-pay-status');
  if (!data || !button) return;
  var p;
  try {
    p = JSON.parse(data.textContent || '{}');
  } catch (error) {
    return;
  }
  function say(text) {
    if (status) status.textContent = text;
  }
  function open() {
    var Toss = window.TossPayments;
    if (typeof Toss !== 'function') {
      say('결제 모듈을 불러오지 못했습니다. 잠시 후 "결제창 열기"를 다시 눌러 주세요.');
      return;
    }
    var request = {
      method: p.method,
      amount: { currency: p.currency || 'KRW', value: Number(p.amount) },
      orderId: p.orderId,
      orderName: p.orderName,
      successUrl: p.successUrl,
      failUrl: p.failUrl
    };
    if (p.customerName) request.customerName = p.customerName;
    if (p.customerEmail) request.customerEmail = p.customerEmail;
    if (p.customerMobilePhone) request.customerMobilePhone = p.customerMobilePhone;
    button.disabled = true;
    say('결제창을 여는 중입니다…');
    Promise.resolve()
      .then(function () {
        return Toss(p.clientKey).payment({ customerKey: Toss.ANONYMOUS }).requestPayment(request);
      })
      .then(
        function () {
          say('결제를 진행하고 있습니다…');
        },
        function (error) {
          button.disabled = false;
          if (error && error.code === 'USER_CANCEL') {
            say('결제창을 닫았습니다. 다시 결제하거나 결제를 취소할 수 있습니다.');
          } else {
            say('결제창을 열지 못했습니다' + (error && error.message ? ': ' + error.message : '.'));
          }
        }
      );
  }
  button.addEventListener('click', open);
  open();
})();
`;
