import type { StatsStrings } from './stats-strings.js';

export const koStats: StatsStrings = {
  roles: { mc: '마켓 크리에이터 추천 실적', cc: '콘텐츠 제작자 추천 실적' },
  totalsLabel: '수수료 합계',
  amounts: { pending: '확정 대기', payable: '지급 예정', reversed: '환불 차감' },
  amountNotes: {
    pending: '결제된 주문의 수수료입니다. 배송 완료 후 청약철회 기간이 지나면 지급 예정으로 바뀝니다.',
    payable: '정산 때 지급되는 수수료입니다.',
    reversed: '주문이 취소되거나 환불되어 빠진 수수료입니다.',
  },
  monthsCaption: '월별 추천 실적 (최근 달부터)',
  month: '월',
  clicks: '클릭',
  orders: '주문',
  monthName: (year, month) => `${year}년 ${month}월`,
  loading: '추천 실적을 불러오는 중입니다.',
  empty: '아직 추천 실적이 없습니다.',
  emptyHint: '추천 링크나 배지를 블로그와 SNS에 올려 보세요. 클릭과 주문, 수수료가 달마다 여기에 쌓입니다.',
  noToken: '실적 확인 링크가 없습니다. 더 쎈에서 받은 링크로 이 페이지를 열어 주세요.',
  invalidToken: '실적 확인 링크가 올바르지 않거나 만료되었습니다. 더 쎈 사무국에 새 링크를 요청해 주세요.',
  loadFailed: '추천 실적을 불러오지 못했습니다. 인터넷 연결을 확인하고 다시 시도해 주세요.',
};
