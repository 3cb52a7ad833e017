/**
 * `/pay/assets/portone-launch.js`: reads the payment parameters from the page's
 * `<script type="application/json" id="cen-payment-params">` block and calls the PortOne V2
 * browser SDK's `PortOne.requestPayment(…)`. Mobile flows leave the page and come back to
 * `redirectUrl` with `?paymentId=…`; in-page (PC) flows resolve here, and a completed payment is
 * sent to the same `redirectUrl` (the server confirms by looking the payment up at PortOne). A
 * failure or a closed window keeps the buyer here with the message, "결제창 열기" and the cancel link.
 */
export const PORTONE_LAUNCH_SCRIPT = `(function () {
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
    var PortOne = window.PortOne;
    if (!PortOne || typeof PortOne.requestPayment !== 'function') {
      say('결제 모듈을 불러오지 못했습니다. 잠시 후 "결제창 열기"를 다시 눌러 주세요.');
      return;
    }
    var customer = {};
    if (p.customerFullName) customer.fullName = p.customerFullName;
    if (p.customerEmail) customer.email = p.customerEmail;
    if (p.customerPhoneNumber) customer.phoneNumber = p.customerPhoneNumber;
    var request = {
      storeId: p.storeId,
      channelKey: p.channelKey,
      paymentId: p.paymentId,
      orderName: p.orderName,
      totalAmount: Number(p.totalAmount),
      currency: p.currency,
      payMethod: p.payMethod,
      redirectUrl: p.redirectUrl,
      customer: customer
    };
    button.disabled = true;
    say('결제창을 여는 중입니다…');
    Promise.resolve()
      .then(function () {
        return PortOne.requestPayment(request);
      })
      .then(
        function (response) {
          if (!response) return;
          if (response.code !== undefined && response.code !== null) {
            button.disabled = false;
            say('결제가 완료되지 않았습니다' + (response.message ? ': ' + response.message : '.'));
            return;
          }
          var url = new URL(p.redirectUrl);
          url.searchParams.set('paymentId', response.paymentId || p.paymentId);
          say('결제를 확인하고 있습니다…');
          window.location.assign(url.href);
        },
        function (error) {
          button.disabled = false;
          say('결제창을 열지 못했습니다' + (error && error.message ? ': ' + error.message : '.'));
        }
      );
  }
  button.addEventListener('click', open);
  open();
})();
`;
