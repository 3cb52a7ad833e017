import { ORGANISATION_TYPE_NAMES_KO } from '@thecen/schema/browser';
import type { CommonStrings, GridStrings, ProductStrings, ServiceStrings } from './translation.js';

export const koCommon: CommonStrings = {
  organisationTypes: ORGANISATION_TYPE_NAMES_KO,
  loadFailed: '정보를 불러오지 못했습니다.',
  notConfigured: '위젯 설정(API 주소와 공개 키)이 없습니다.',
  retry: '다시 시도',
};

export const koProduct: ProductStrings = {
  soldOut: '품절',
  lowStock: '품절임박',
  listPrice: '정가 ',
  discount: (percent) => `${percent}% 할인`,
  loadingProduct: '상품 정보를 불러오는 중',
  productNotFound: '상품을 찾을 수 없습니다.',
};

export const koService: ServiceStrings = {
  serviceGroups: { care: '돌봄', living: '생활', education: '교육', business_support: '경영지원' },
  deliveryModes: { visit: '방문 서비스', at_partner: '기관 방문', online: '온라인' },
  bookingModes: { instant: '즉시 예약', request: '예약 요청' },
  priceFrom: (price) => `${price}부터`,
  priceQuote: '상담 후 견적',
  duration: (m) => (m >= 120 && m % 60 === 0 ? `${m / 60}시간` : `${m}분`),
  area: (regionKo, _en, district) => (district ? `${regionKo} ${district}` : regionKo),
  moreAreas: (first, more) => `${first} 외 ${more}곳`,
  separator: ' · ',
  loadingService: '서비스 정보를 불러오는 중',
  serviceNotFound: '서비스를 찾을 수 없습니다.',
};

export const koGrid: GridStrings = {
  more: '더 보기',
  loading: '불러오는 중',
  empty: '조건에 맞는 상품이 없습니다.',
  listFailed: '상품 목록을 불러오지 못했습니다.',
  loaded: (count, total, appended) =>
    appended ? `상품 ${count}개를 더 불러왔습니다. 모두 ${total}개입니다.` : `상품 ${count}개를 불러왔습니다.`,
};

