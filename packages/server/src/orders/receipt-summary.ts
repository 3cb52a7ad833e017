import { formatBusinessNumber, formatKoreanPhone } from '@thecen/schema';

const PURPOSES: Record<string, string> = { income_deduction: '소득공제용', expense_proof: '지출증빙용' };

/** One line in Korean saying which receipt the buyer asked for, e.g. `세금계산서 · 124-81-00998 · 우리생협`. */
export function receiptSummary(type: 'none' | 'cash_receipt' | 'tax_invoice', data: Record<string, unknown>): string {
  switch (type) {
    case 'none':
      return '발행 요청 없음';
    case 'cash_receipt': {
      const identifier = String(data.identifier ?? '');
      const shown = /^01\d{8,9}$/.test(identifier) ? formatKoreanPhone(identifier) : /^\d{10}$/.test(identifier) ? formatBusinessNumber(identifier) : identifier;
      return `현금영수증 · ${PURPOSES[String(data.purpose)] ?? ''} · ${shown}`;
    }
    case 'tax_invoice':
      return `세금계산서 · ${formatBusinessNumber(String(data.businessNumber ?? ''))} · ${String(data.companyName ?? '')}`;
  }
}
