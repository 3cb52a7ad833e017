import { formatBusinessNumber, formatKoreanPhone, type Partner } from '@thecen/schema';
import { html, type SafeHtml } from './html.js';

/** The public lookup of a business number's mail-order report (공정거래위원회 사업자정보 확인). */
export function businessInfoLookupUrl(businessNumber: string): string {
  return `https://www.ftc.go.kr/bizCommPop.do?wrkr_no=${encodeURIComponent(businessNumber.replace(/\D/g, ''))}`;
}

function mailOrderText(partner: Partner): string {
  const m = partner.mailOrder;
  return m.status === 'reported' ? `${m.number} (${m.office})` : `신고 면제: ${m.reason}`;
}

function addressText(partner: Partner): string {
  const a = partner.address;
  return `(${a.postalCode}) ${a.road}${a.detail ? ` ${a.detail}` : ''}`;
}

/** The seller identity a mail-order seller must show (전자상거래법): every value escaped. */
export function sellerIdentity(partner: Partner): SafeHtml {
  return html`<section class="seller" aria-labelledby="seller-heading">
<h2 id="seller-heading">판매자 정보</h2>
<dl class="facts">
<dt>상호</dt><dd>${partner.name}</dd>
<dt>대표자</dt><dd>${partner.representative}</dd>
<dt>사업자등록번호</dt><dd>${formatBusinessNumber(partner.businessNumber)} <a href="${businessInfoLookupUrl(partner.businessNumber)}" rel="noopener noreferrer">사업자정보 확인</a></dd>
<dt>통신판매업 신고번호</dt><dd>${mailOrderText(partner)}</dd>
<dt>주소</dt><dd>${addressText(partner)}</dd>
<dt>연락처</dt><dd>${formatKoreanPhone(partner.phone)} · <a href="mailto:${partner.email}">${partner.email}</a></dd>
</dl>
</section>`;
}
