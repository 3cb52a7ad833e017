import { formatBusinessNumber, formatKoreanPhone, type Address, type CheckoutTerms, type Partner, type PlatformIdentity, type SellerIdentity } from '@thecen/schema/browser';
import { html, type TemplateResult } from 'lit';
import type { SellerStrings } from '../i18n/translation.js';

/** The seller identity of a partner's public profile (what a sub-order snapshots at order time). */
export function sellerFromPartner(partner: Partner): SellerIdentity {
  const { id, name, representative, businessNumber, mailOrder, address, phone, email } = partner;
  return { partnerId: id, name, representative, businessNumber, mailOrder, address, phone, email };
}

function formatAddress(address: Address): string {
  return `(${address.postalCode}) ${address.road}${address.detail ? ` ${address.detail}` : ''}`;
}

/**
 * The identity a mail-order seller must show (전자상거래법): 상호, 대표자, 사업자등록번호
 * (`XXX-XX-XXXXX`), 통신판매업 신고번호 with its office or the reason for the exemption, 주소,
 * 연락처, 이메일.
 */
export function sellerIdentity(seller: SellerIdentity, t: SellerStrings): TemplateResult {
  const mailOrder = seller.mailOrder;
  return html`<div part="seller" class="seller">
    <dl>
      <dt>${t.tradeName}</dt><dd>${seller.name}</dd>
      <dt>${t.representative}</dt><dd>${seller.representative}</dd>
      <dt>${t.businessNumber}</dt><dd>${formatBusinessNumber(seller.businessNumber)}</dd>
      ${mailOrder.status === 'reported'
        ? html`<dt>${t.mailOrder}</dt><dd>${t.mailOrderNumber(mailOrder.number, mailOrder.office)}</dd>`
        : html`<dt>${t.mailOrderExempt}</dt><dd>${mailOrder.reason}</dd>`}
      <dt>${t.address}</dt><dd>${formatAddress(seller.address)}</dd>
      <dt>${t.phone}</dt><dd>${formatKoreanPhone(seller.phone)}</dd>
      <dt>${t.email}</dt><dd>${seller.email}</dd>
    </dl>
  </div>`;
}

/** The marketplace's own identity as a broker (통신판매중개자), with its hosting provider. */
export function platformIdentity(platform: PlatformIdentity, t: SellerStrings): TemplateResult {
  return html`<section part="platform" class="seller" aria-label=${t.platform}>
    <dl>
      <dt>${t.tradeName}</dt><dd>${platform.name}</dd>
      <dt>${t.representative}</dt><dd>${platform.representative}</dd>
      <dt>${t.businessNumber}</dt><dd>${formatBusinessNumber(platform.businessNumber)}</dd>
      <dt>${t.mailOrder}</dt><dd>${platform.mailOrderNumber}</dd>
      <dt>${t.address}</dt><dd>${platform.address}</dd>
      <dt>${t.phone}</dt><dd>${formatKoreanPhone(platform.phone)}</dd>
      <dt>${t.email}</dt><dd>${platform.email}</dd>
      <dt>${t.hostingProvider}</dt><dd>${platform.hostingProvider}</dd>
    </dl>
  </section>`;
}

/** The broker notice ("…통신판매의 당사자가 아닙니다"), in text at least as large as the seller's. */
export function brokerNotice(terms: CheckoutTerms): TemplateResult {
  return html`<p part="broker-notice" class="notice">${terms.intermediaryNotice}</p>`;
}

/**
 * Withdrawal rights (청약철회): the text of the terms (with the number of days, added when the text
 * does not say it) and the exceptions the seller announces beforehand.
 */
export function withdrawalRights(terms: CheckoutTerms, t: SellerStrings, headingId: string, businessPurchase = false): TemplateResult {
  const w = terms.withdrawal;
  return html`<section part="withdrawal" class="box" aria-labelledby=${headingId}>
    <h4 id=${headingId}>${t.withdrawal}</h4>
    ${w.text.includes(String(w.days)) ? '' : html`<p>${t.withdrawalDays(w.days)}</p>`}
    ${w.text.split('\n').map((line) => html`<p>${line}</p>`)}
    <p><strong>${t.withdrawalExceptions}</strong></p>
    <ul class="bullets">${w.exceptions.map((e) => html`<li>${e}</li>`)}</ul>
    ${businessPurchase ? html`<p class="problem">${t.b2bWithdrawal}</p>` : ''}
  </section>`;
}
