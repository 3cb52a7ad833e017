/**
 * Postal-code ranges of Jeju and remote islands (제주·도서산간) where partners charge an extra
 * shipping fee. Data, not logic: extend the table, keep the function.
 */
export const REMOTE_AREA_POSTAL_RANGES: readonly (readonly [from: string, to: string, name: string])[] = [
  ['63000', '63644', '제주특별자치도'],
  ['22386', '22388', '인천 중구 섬 지역'],
  ['23004', '23010', '인천 강화군 섬 지역'],
  ['23100', '23136', '인천 옹진군'],
  ['32133', '32133', '충남 태안군 섬 지역'],
  ['33411', '33411', '충남 보령시 섬 지역'],
  ['40200', '40240', '경북 울릉군'],
  ['52570', '52571', '경남 사천시 섬 지역'],
  ['53031', '53033', '경남 통영시 섬 지역'],
  ['53089', '53104', '경남 통영시 섬 지역'],
  ['54000', '54000', '전북 군산시 섬 지역'],
  ['56347', '56349', '전북 부안군 섬 지역'],
  ['57068', '57069', '전남 영광군 섬 지역'],
  ['58760', '58762', '전남 목포시 섬 지역'],
  ['58800', '58810', '전남 신안군'],
  ['58826', '58826', '전남 신안군'],
  ['58828', '58866', '전남 신안군'],
  ['58953', '58958', '전남 진도군 섬 지역'],
  ['59102', '59103', '전남 완도군 섬 지역'],
  ['59127', '59127', '전남 완도군 섬 지역'],
  ['59129', '59129', '전남 완도군 섬 지역'],
  ['59137', '59166', '전남 완도군 섬 지역'],
  ['59650', '59650', '전남 여수시 섬 지역'],
  ['59766', '59766', '전남 여수시 섬 지역'],
  ['59781', '59790', '전남 여수시 섬 지역'],
];

/** True when a 5-digit postal code lies in Jeju or a remote island area. */
export function isRemoteArea(postalCode: string): boolean {
  const code = postalCode.trim();
  if (!/^\d{5}$/.test(code)) return false;
  return REMOTE_AREA_POSTAL_RANGES.some(([from, to]) => code >= from && code <= to);
}
