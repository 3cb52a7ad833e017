/**
 * The parts of the PortOne V2 REST API the adapter reads, and the tables that turn PortOne's
 * statuses and error types into ours. One place to fix when PortOne changes something.
 */
import type { WebhookEventKind } from '../../payment-provider.js';

export const PORTONE_API_BASE_URL = 'https://api.portone.io';

export const PORTONE_PAYMENT_STATUSES = [
  'READY',
  'PENDING',
  'PAY_PENDING',
  'VIRTUAL_ACCOUNT_ISSUED',
  'PAID',
  'FAILED',
  'PARTIAL_CANCELLED',
  'CANCELLED',
] as const;
export type PortOnePaymentStatus = (typeof PORTONE_PAYMENT_STATUSES)[number];

export interface PortOnePaymentAmount {
  total: number;
  paid: number;
  cancelled: number;
  taxFree?: number;
  discount?: number;
}

export interface PortOneVirtualAccountMethod {
  type: 'PaymentMethodVirtualAccount';
  bank?: string;
  accountNumber: string;
  /** 계좌주 (the account holder shown to the buyer). */
  remitteeName?: string;
  /** 송금인 (the depositor). */
  remitterName?: string;
  expiredAt?: string;
  issuedAt?: string;
}

/** `GET /payments/{paymentId}`: one of the status-tagged payment shapes. */
export interface PortOnePayment {
  status: PortOnePaymentStatus;
  id: string;
  transactionId?: string;
  storeId?: string;
  orderName?: string;
  currency?: string;
  amount: PortOnePaymentAmount;
  method?: { type: string } | PortOneVirtualAccountMethod;
  statusChangedAt?: string;
  paidAt?: string;
  cancelledAt?: string;
  failedAt?: string;
  failure?: { reason?: string; pgCode?: string; pgMessage?: string };
  cancellations?: PortOnePaymentCancellation[];
}

export interface PortOnePaymentCancellation {
  status: 'REQUESTED' | 'SUCCEEDED' | 'FAILED';
  id: string;
  totalAmount: number;
  reason: string;
  cancelledAt?: string;
  requestedAt: string;
}

/** Error body: `{ type: 'PAYMENT_NOT_FOUND', message }`; PG errors add `pgCode`, `pgMessage`. */
export interface PortOneError {
  type: string;
  message?: string;
  pgCode?: string;
  pgMessage?: string;
}

/** Webhook payload, version 2024-04-25. */
export interface PortOneTransactionWebhook {
  type: string;
  /** RFC 3339, the same on every redelivery. */
  timestamp: string;
  data: { paymentId: string; storeId?: string; transactionId?: string; cancellationId?: string };
}

/** What a PortOne payment status means as a webhook fact; null: nothing to report yet. */
export const PORTONE_STATUS_EVENT_KIND: Record<PortOnePaymentStatus, WebhookEventKind | null> = {
  READY: null,
  PENDING: null,
  PAY_PENDING: null,
  VIRTUAL_ACCOUNT_ISSUED: 'awaiting_deposit',
  PAID: 'paid',
  FAILED: 'declined',
  PARTIAL_CANCELLED: 'partially_canceled',
  CANCELLED: 'canceled',
};

/**
 * Error types that say our configuration is wrong, not the buyer's payment: a confirm reports
 * `retryable_error` (nothing happened; fix the secret and retry) without retrying automatically.
 */
export const PORTONE_CONFIGURATION_ERROR_TYPES: ReadonlySet<string> = new Set(['UNAUTHORIZED', 'FORBIDDEN']);

/** Cancel errors that say "try again": PG trouble. Everything else in a 4xx is final. */
export const PORTONE_RETRYABLE_CANCEL_ERROR_TYPES: ReadonlySet<string> = new Set(['PG_PROVIDER']);

/** PortOne's `Bank` enum values for the banks that issue virtual accounts; others are shown as is. */
export const PORTONE_BANK_NAMES: Readonly<Record<string, string>> = {
  KDB: 'KDB산업은행',
  IBK: 'IBK기업은행',
  KOOKMIN: 'KB국민은행',
  SUHYUP: 'Sh수협은행',
  NONGHYUP: 'NH농협은행',
  LOCAL_NONGHYUP: '지역농축협',
  WOORI: '우리은행',
  STANDARD_CHARTERED: 'SC제일은행',
  CITI: '한국씨티은행',
  DAEGU: 'iM뱅크(대구)',
  BUSAN: '부산은행',
  KWANGJU: '광주은행',
  JEJU: '제주은행',
  JEONBUK: '전북은행',
  KYONGNAM: '경남은행',
  KFCC: '새마을금고',
  SHINHYUP: '신협',
  SAVINGS_BANK: '저축은행',
  NFCF: '산림조합',
  POST: '우체국',
  HANA: '하나은행',
  SHINHAN: '신한은행',
  K_BANK: '케이뱅크',
  KAKAO: '카카오뱅크',
  TOSS: '토스뱅크',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isPortOnePayment(value: unknown): value is PortOnePayment {
  if (!isRecord(value) || typeof value['id'] !== 'string') return false;
  if (!(PORTONE_PAYMENT_STATUSES as readonly string[]).includes(value['status'] as string)) return false;
  const amount = value['amount'];
  return isRecord(amount) && Number.isInteger(amount['total']) && Number.isInteger(amount['cancelled'] ?? 0);
}

export function isPortOneError(value: unknown): value is PortOneError {
  return isRecord(value) && typeof value['type'] === 'string';
}

export function isPortOneTransactionWebhook(value: unknown): value is PortOneTransactionWebhook {
  return (
    isRecord(value) &&
    typeof value['type'] === 'string' &&
    value['type'].startsWith('Transaction.') &&
    isRecord(value['data']) &&
    typeof value['data']['paymentId'] === 'string' &&
    value['data']['paymentId'] !== ''
  );
}

export function isVirtualAccountMethod(value: unknown): value is PortOneVirtualAccountMethod {
  return isRecord(value) && value['type'] === 'PaymentMethodVirtualAccount' && typeof value['accountNumber'] === 'string';
}
