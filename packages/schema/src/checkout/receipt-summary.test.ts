import assert from 'node:assert/strict';
import { test } from 'node:test';
import { receiptSummary } from './receipt-summary.js';

test('no receipt, a cash receipt by phone or business number, a tax invoice', () => {
  assert.equal(receiptSummary({ type: 'none' }), '발행 요청 없음');
  assert.equal(receiptSummary({ type: 'cash_receipt', purpose: 'income_deduction', identifier: '01023456789' }), '현금영수증 · 소득공제용 · 010-2345-6789');
  assert.equal(receiptSummary({ type: 'cash_receipt', purpose: 'expense_proof', identifier: '1248100998' }), '현금영수증 · 지출증빙용 · 124-81-00998');
  assert.equal(
    receiptSummary({ type: 'tax_invoice', businessNumber: '1248100998', companyName: '우리동네생협', representative: '김하나', email: 'tax@coop.example' }),
    '세금계산서 · 124-81-00998 · 우리동네생협',
  );
});

test('a cash-receipt identifier that is neither a mobile nor a business number is shown as given', () => {
  assert.equal(receiptSummary({ type: 'cash_receipt', purpose: 'income_deduction', identifier: '1234567890123' }), '현금영수증 · 소득공제용 · 1234567890123');
});
