import type { SellerStrings } from './translation.js';

export const koSeller: SellerStrings = {
  seller: '판매자 정보',
  tradeName: '상호',
  representative: '대표자',
  businessNumber: '사업자등록번호',
  mailOrder: '통신판매업 신고번호',
  mailOrderExempt: '통신판매업 신고 면제',
  mailOrderNumber: (number, office) => `${number} (${office})`,
  address: '주소',
  phone: '연락처',
  email: '이메일',
  platform: '통신판매중개자 정보',
  hostingProvider: '호스팅 서비스 제공자',
  withdrawal: '청약철회(반품) 안내',
  withdrawalDays: (days) => `상품을 받은 날부터 ${days}일 이내에 청약을 철회(반품)할 수 있습니다.`,
  withdrawalExceptions: '청약철회가 제한되는 경우',
  b2bWithdrawal: '사업 목적의 구매는 전자상거래법의 청약철회 규정이 적용되지 않을 수 있습니다.',
  loadingSeller: '판매자 정보를 불러오는 중입니다.',
};
