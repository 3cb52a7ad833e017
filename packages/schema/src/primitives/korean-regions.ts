/**
 * First-level administrative divisions of Korea (시·도), with stable codes used in service areas.
 * A service area is either a whole region (`seoul`) or a district of it (`seoul:mapo-gu`).
 */
export const KOREAN_REGIONS = {
  seoul: { ko: '서울특별시', en: 'Seoul' },
  busan: { ko: '부산광역시', en: 'Busan' },
  daegu: { ko: '대구광역시', en: 'Daegu' },
  incheon: { ko: '인천광역시', en: 'Incheon' },
  gwangju: { ko: '광주광역시', en: 'Gwangju' },
  daejeon: { ko: '대전광역시', en: 'Daejeon' },
  ulsan: { ko: '울산광역시', en: 'Ulsan' },
  sejong: { ko: '세종특별자치시', en: 'Sejong' },
  gyeonggi: { ko: '경기도', en: 'Gyeonggi' },
  gangwon: { ko: '강원특별자치도', en: 'Gangwon' },
  chungbuk: { ko: '충청북도', en: 'North Chungcheong' },
  chungnam: { ko: '충청남도', en: 'South Chungcheong' },
  jeonbuk: { ko: '전북특별자치도', en: 'North Jeolla' },
  jeonnam: { ko: '전라남도', en: 'South Jeolla' },
  gyeongbuk: { ko: '경상북도', en: 'North Gyeongsang' },
  gyeongnam: { ko: '경상남도', en: 'South Gyeongsang' },
  jeju: { ko: '제주특별자치도', en: 'Jeju' },
  nationwide: { ko: '전국', en: 'Nationwide' },
  online: { ko: '온라인', en: 'Online' },
} as const;

export type KoreanRegion = keyof typeof KOREAN_REGIONS;

export const KOREAN_REGION_CODES = Object.keys(KOREAN_REGIONS) as KoreanRegion[];

