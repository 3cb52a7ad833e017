/**
 * The parts of the Toss Payments v1 API the adapter reads, and the small tables that turn Toss's
 * statuses and error codes into ours. Keep every provider-specific mapping here so that it is one
 * place to fix when Toss changes something.
 */
import type { WebhookEventKind } from '../../payment-provider.js';

export const TOSS_API_BASE_URL = 'https://api.tosspayments.com';

/**
 * Toss expires an authenticated payment when the merchant has not called the confirm API within
 * 10 minutes (status `EXPIRED`). The server should stop retrying a confirm after this long.
 */
export const TOSS_CONFIRM_WINDOW_MS = 10 * 60 * 1000;

export const TOSS_PAYMENT_STATUSES = [
  'READY',
  'IN_PROGRESS',
  'WAITING_FOR_DEPOSIT',
  'DONE',
  'CANCELED',
  'PARTIAL_CANCELED',
  'ABORTED',
  'EXPIRED',
] as const;
export type TossPaymentStatus = (typeof TOSS_PAYMENT_STATUSES)[number];

export interface TossVirtualAccount {
  accountNumber: string;
  bankCode: string;
  customerName: string;
  /** `yyyy-MM-dd'T'HH:mm:ss±hh:mm`. */
  dueDate: string;
}

export interface TossCancel {
  cancelAmount: number;
  cancelReason: string;
  canceledAt: string;
  transactionKey: string;
}

/** The Payment object (confirm, lookup and cancel answers; `data` of `PAYMENT_STATUS_CHANGED`). */
export interface TossPayment {
  paymentKey: string;
  orderId: string;
  orderName?: string;
  status: TossPaymentStatus;
  totalAmount: number;
  balanceAmount: number;
  currency?: string;
  method?: string | null;
  approvedAt: string | null;
  lastTransactionKey: string | null;
  /** Shared secret of a virtual-account payment, echoed by `DEPOSIT_CALLBACK`. */
  secret?: string | null;
  virtualAccount?: TossVirtualAccount | null;
  cancels?: TossCancel[] | null;
  failure?: { code: string; message: string } | null;
}

/** Error body of every Toss API error. */
export interface TossError {
  code: string;
  message: string;
}

/** `PAYMENT_STATUS_CHANGED`: `{ eventType, createdAt, data: Payment }`. Toss does not sign it. */
export interface TossPaymentStatusChanged {
  eventType: 'PAYMENT_STATUS_CHANGED';
  /** `yyyy-MM-dd'T'HH:mm:ss.SSSSSS`, Korean time without an offset. */
  createdAt: string;
  data: Partial<TossPayment> & { paymentKey: string };
}

/** `DEPOSIT_CALLBACK` (virtual accounts): flat, no `eventType`, checked by its `secret`. */
export interface TossDepositCallback {
  createdAt: string;
  secret: string;
  status: TossPaymentStatus;
  transactionKey: string;
  orderId: string;
}

/** What a Toss payment status means as a webhook fact; null: nothing to report yet. */
export const TOSS_STATUS_EVENT_KIND: Record<TossPaymentStatus, WebhookEventKind | null> = {
  READY: null,
  IN_PROGRESS: null,
  WAITING_FOR_DEPOSIT: 'awaiting_deposit',
  DONE: 'paid',
  CANCELED: 'canceled',
  PARTIAL_CANCELED: 'partially_canceled',
  ABORTED: 'declined',
  EXPIRED: 'expired',
};

/**
 * Error codes after which the same request may succeed later: the adapter retries them and then
 * reports `retryable_error` (confirm) or a retryable failure (cancel). Every other code is final.
 * HTTP 5xx and 429 are retried whatever their code.
 */
export const TOSS_RETRYABLE_ERROR_CODES: ReadonlySet<string> = new Set([
  'PROVIDER_ERROR', // 400 "일시적인 오류가 발생했습니다. 잠시 후 다시 시도해주세요."
  'FAILED_INTERNAL_SYSTEM_PROCESSING', // 500
  'FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING', // 500
  'UNKNOWN_PAYMENT_ERROR', // 500
  'IDEMPOTENT_REQUEST_PROCESSING', // the first request with this Idempotency-Key is still running
]);

/**
 * Error codes that say our configuration is wrong, not the buyer's payment: reported as
 * `retryable_error` (nothing happened at Toss, fixing the key and retrying within the confirm
 * window can still succeed) but not retried automatically.
 */
export const TOSS_CONFIGURATION_ERROR_CODES: ReadonlySet<string> = new Set([
  'UNAUTHORIZED_KEY',
  'INCORRECT_BASIC_AUTH_FORMAT',
]);

/** Bank codes Toss uses in `virtualAccount.bankCode` (two digits); unknown codes are shown as is. */
export const TOSS_BANK_NAMES: Readonly<Record<string, string>> = {
  '02': 'KDB산업은행',
  '03': 'IBK기업은행',
  '04': 'KB국민은행',
  '06': 'KB국민은행',
  '07': 'Sh수협은행',
  '11': 'NH농협은행',
  '12': '단위농협',
  '20': '우리은행',
  '23': 'SC제일은행',
  '27': '한국씨티은행',
  '31': 'iM뱅크(대구)',
  '32': '부산은행',
  '34': '광주은행',
  '35': '제주은행',
  '37': '전북은행',
  '39': '경남은행',
  '45': '새마을금고',
  '48': '신협',
  '50': '저축은행',
  '64': '산림조합',
  '71': '우체국',
  '81': '하나은행',
  '88': '신한은행',
  '89': '케이뱅크',
  '90': '카카오뱅크',
  '92': '토스뱅크',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isTossPaymentStatus(value: unknown): value is TossPaymentStatus {
  return typeof value === 'string' && (TOSS_PAYMENT_STATUSES as readonly string[]).includes(value);
}

/** Checks the fields the adapter relies on; the rest of the object is passed through untouched. */
export function isTossPayment(value: unknown): value is TossPayment {
  return (
    isRecord(value) &&
    typeof value['paymentKey'] === 'string' &&
    typeof value['orderId'] === 'string' &&
    isTossPaymentStatus(value['status']) &&
    Number.isInteger(value['totalAmount']) &&
    Number.isInteger(value['balanceAmount'])
  );
}

export function isTossError(value: unknown): value is TossError {
  return isRecord(value) && typeof value['code'] === 'string' && typeof value['message'] === 'string';
}

export function isTossPaymentStatusChanged(value: unknown): value is TossPaymentStatusChanged {
  return (
    isRecord(value) &&
    value['eventType'] === 'PAYMENT_STATUS_CHANGED' &&
    isRecord(value['data']) &&
    typeof value['data']['paymentKey'] === 'string' &&
    value['data']['paymentKey'] !== ''
  );
}

export function isTossDepositCallback(value: unknown): value is TossDepositCallback {
  return (
    isRecord(value) &&
    (value['eventType'] === undefined || value['eventType'] === 'DEPOSIT_CALLBACK') &&
    typeof value['secret'] === 'string' &&
    typeof value['orderId'] === 'string' &&
    value['orderId'] !== '' &&
    typeof value['transactionKey'] === 'string' &&
    typeof value['status'] === 'string'
  );
}
