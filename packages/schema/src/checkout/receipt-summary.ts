import { formatBusinessNumber } from '../primitives/business-number.js';
import { formatKoreanPhone } from '../primitives/phone.js';
import type { ReceiptRequest } from './order-input.js';

const CASH_RECEIPT_PURPOSE_LABELS = { income_deduction: '소득공제용', expense_proof: '지출증빙용' } as const;

/**
 * One line in Korean saying which receipt the buyer asked for (an order's `receipt.summary`), e.g.
 * `현금영수증 · 소득공제용 · 010-2345-6789` or `세금계산서 · 124-81-00998 · 우리생협`. A cash-receipt
 * identifier is shown as a mobile number, a business number (10 digits), or as given.
 * Pure and zod-free: the server and the mocks both summarise with it.
 */
export function receiptSummary(receipt: ReceiptRequest): string {
  switch (receipt.type) {
    case 'none':
      return '발행 요청 없음';
    case 'cash_receipt': {
      const { identifier } = receipt;
      const shown = /^01\d{8,9}$/.test(identifier)
        ? formatKoreanPhone(identifier)
        : /^\d{10}$/.test(identifier)
          ? formatBusinessNumber(identifier)
          : identifier;
      return `현금영수증 · ${CASH_RECEIPT_PURPOSE_LABELS[receipt.purpose] ?? ''} · ${shown}`;
    }
    case 'tax_invoice':
      return `세금계산서 · ${formatBusinessNumber(receipt.businessNumber)} · ${receipt.companyName}`;
  }
}
