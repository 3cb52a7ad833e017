import type { KoreanRegion } from './korean-regions.js';

/**
 * The short Korean names people write in addresses and listings (`서울 마포구`, `충북 청주시`),
 * next to the official names in `KOREAN_REGIONS`.
 */
export const KOREAN_REGION_SHORT_NAMES = {
  seoul: '서울',
  busan: '부산',
  daegu: '대구',
  incheon: '인천',
  gwangju: '광주',
  daejeon: '대전',
  ulsan: '울산',
  sejong: '세종',
  gyeonggi: '경기',
  gangwon: '강원',
  chungbuk: '충북',
  chungnam: '충남',
  jeonbuk: '전북',
  jeonnam: '전남',
  gyeongbuk: '경북',
  gyeongnam: '경남',
  jeju: '제주',
  nationwide: '전국',
  online: '온라인',
} as const satisfies Record<KoreanRegion, string>;
