/**
 * Korean public holidays (공휴일) by date, Asia/Seoul, including substitute holidays (대체공휴일)
 * and election days. Data, checked against the government's published calendar for 2026–2027;
 * add a year by adding its dates, and let operators add days (temporary holidays, elections)
 * through the service availability's `closedDates`.
 */
export const KOREAN_PUBLIC_HOLIDAYS: Readonly<Record<string, string>> = {
  '2026-01-01': '1월 1일',
  '2026-02-16': '설날 전날',
  '2026-02-17': '설날',
  '2026-02-18': '설날 다음 날',
  '2026-03-01': '삼일절',
  '2026-03-02': '대체공휴일(삼일절)',
  '2026-05-01': '노동절',
  '2026-05-05': '어린이날',
  '2026-05-24': '부처님 오신 날',
  '2026-05-25': '대체공휴일(부처님 오신 날)',
  '2026-06-03': '전국동시지방선거',
  '2026-06-06': '현충일',
  '2026-07-17': '제헌절',
  '2026-08-15': '광복절',
  '2026-08-17': '대체공휴일(광복절)',
  '2026-09-24': '추석 전날',
  '2026-09-25': '추석',
  '2026-09-26': '추석 다음 날',
  '2026-10-03': '개천절',
  '2026-10-05': '대체공휴일(개천절)',
  '2026-10-09': '한글날',
  '2026-12-25': '성탄절',
  '2027-01-01': '1월 1일',
  '2027-02-06': '설날 전날',
  '2027-02-07': '설날',
  '2027-02-08': '설날 다음 날',
  '2027-02-09': '대체공휴일(설날)',
  '2027-03-01': '삼일절',
  '2027-05-01': '노동절',
  '2027-05-03': '대체공휴일(노동절)',
  '2027-05-05': '어린이날',
  '2027-05-13': '부처님 오신 날',
  '2027-06-06': '현충일',
  '2027-07-17': '제헌절',
  '2027-07-19': '대체공휴일(제헌절)',
  '2027-08-15': '광복절',
  '2027-08-16': '대체공휴일(광복절)',
  '2027-09-14': '추석 전날',
  '2027-09-15': '추석',
  '2027-09-16': '추석 다음 날',
  '2027-10-03': '개천절',
  '2027-10-04': '대체공휴일(개천절)',
  '2027-10-09': '한글날',
  '2027-10-11': '대체공휴일(한글날)',
  '2027-12-25': '성탄절',
  '2027-12-27': '대체공휴일(성탄절)',
};

/** Years the table covers; slot generation refuses to guess beyond them. */
export const HOLIDAY_YEARS = [2026, 2027] as const;

/** The holiday's name when `date` (`YYYY-MM-DD`, Seoul) is a public holiday. */
export function koreanHolidayName(date: string): string | undefined {
  return KOREAN_PUBLIC_HOLIDAYS[date];
}
