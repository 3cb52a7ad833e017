import { randomBytes, randomInt } from 'node:crypto';
import type { PaymentMethod, VirtualAccount } from '@thecen/schema';
import type { Queryable } from '../../../db/database.js';

/** What the fake PG knows of a payment; our own `payments` table is the merchant's side. */
export const TEST_GATEWAY_STATUSES = [
  'ready', // the buyer has not acted
  'approved', // the buyer approved a card payment; not captured until the merchant confirms
  'confirmed', // captured by the merchant's confirm
  'declined', // the card was declined
  'abandoned', // the buyer cancelled on the payment page
  'issued', // a virtual account was issued, waiting for the deposit
  'deposited', // the deposit arrived
  'canceled', // cancelled (refunded) in full
  'expired', // the virtual account's deadline passed
] as const;
export type TestGatewayStatus = (typeof TEST_GATEWAY_STATUSES)[number];

export interface TestGatewayPayment {
  paymentId: string;
  paymentKey: string;
  orderName: string;
  method: PaymentMethod;
  amount: number;
  canceledAmount: number;
  status: TestGatewayStatus;
  successUrl: string;
  failUrl: string;
  depositDueAt: Date | null;
  virtualAccount: VirtualAccount | null;
  updatedAt: Date;
}

interface Row {
  payment_id: string;
  payment_key: string;
  order_name: string;
  method: PaymentMethod;
  amount: number;
  canceled_amount: number;
  status: TestGatewayStatus;
  success_url: string;
  fail_url: string;
  deposit_due_at: Date | null;
  virtual_account: VirtualAccount | null;
  updated_at: Date;
}

function fromRow(row: Row): TestGatewayPayment {
  return {
    paymentId: row.payment_id,
    paymentKey: row.payment_key,
    orderName: row.order_name,
    method: row.method,
    amount: row.amount,
    canceledAmount: row.canceled_amount,
    status: row.status,
    successUrl: row.success_url,
    failUrl: row.fail_url,
    depositDueAt: row.deposit_due_at,
    virtualAccount: row.virtual_account,
    updatedAt: row.updated_at,
  };
}

/** The fake PG's records, in their own table. */
export class TestGateway {
  constructor(
    private readonly db: Queryable,
    private readonly now: () => Date,
  ) {}

  async get(paymentId: string): Promise<TestGatewayPayment | null> {
    const [row] = await this.db.query<Row>('SELECT * FROM test_gateway_payments WHERE payment_id = $1', [paymentId]);
    return row ? fromRow(row) : null;
  }

  /** Registers a payment the merchant prepared; preparing it again keeps the first record. */
  async open(input: {
    paymentId: string;
    orderName: string;
    method: PaymentMethod;
    amount: number;
    successUrl: string;
    failUrl: string;
    depositDueAt: Date | null;
  }): Promise<TestGatewayPayment> {
    const now = this.now();
    await this.db.query(
      `INSERT INTO test_gateway_payments (payment_id, payment_key, order_name, method, amount, status, success_url, fail_url,
         deposit_due_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'ready', $6, $7, $8, $9, $9)
       ON CONFLICT (payment_id) DO NOTHING`,
      [
        input.paymentId,
        `tpk_${randomBytes(16).toString('hex')}`,
        input.orderName.slice(0, 200),
        input.method,
        input.amount,
        input.successUrl,
        input.failUrl,
        input.depositDueAt,
        now,
      ],
    );
    return (await this.get(input.paymentId))!;
  }

  /** Moves a record from one of `from` to `to`; null when it was not in one of them. */
  async transition(
    paymentId: string,
    from: readonly TestGatewayStatus[],
    to: TestGatewayStatus,
    extra: { virtualAccount?: VirtualAccount } = {},
  ): Promise<TestGatewayPayment | null> {
    const [row] = await this.db.query<Row>(
      `UPDATE test_gateway_payments SET status = $3, updated_at = $4,
         virtual_account = COALESCE($5::jsonb, virtual_account)
       WHERE payment_id = $1 AND status = ANY($2::text[]) RETURNING *`,
      [paymentId, from, to, this.now(), extra.virtualAccount ? JSON.stringify(extra.virtualAccount) : null],
    );
    return row ? fromRow(row) : null;
  }

  /** Issues a virtual account for a waiting virtual-account payment. */
  async issueVirtualAccount(paymentId: string, holder: string): Promise<TestGatewayPayment | null> {
    const record = await this.get(paymentId);
    if (!record || record.method !== 'virtual_account') return null;
    const dueAt = record.depositDueAt ?? new Date(this.now().getTime() + 24 * 3600_000);
    const digits = Array.from({ length: 12 }, () => randomInt(10)).join('');
    const virtualAccount: VirtualAccount = {
      bank: '테스트은행',
      accountNumber: `${digits.slice(0, 3)}-${digits.slice(3, 9)}-${digits.slice(9)}`,
      holder,
      dueAt: dueAt.toISOString(),
    };
    return this.transition(paymentId, ['ready'], 'issued', { virtualAccount });
  }

  /**
   * Cancels all or part of a captured payment, once per idempotency key (a repeated key returns
   * the first result). A waiting virtual account is closed instead.
   */
  async cancel(paymentId: string, amount: number, idempotencyKey: string): Promise<{ ok: true; canceledAmount: number; at: Date } | { ok: false; code: string; message: string }> {
    const [seen] = await this.db.query<{ amount: number; created_at: Date }>(
      'SELECT amount, created_at FROM test_gateway_cancels WHERE idempotency_key = $1',
      [idempotencyKey],
    );
    if (seen) return { ok: true, canceledAmount: seen.amount, at: seen.created_at };
    const record = await this.get(paymentId);
    if (!record) return { ok: false, code: 'NOT_FOUND_PAYMENT', message: '결제 정보를 찾을 수 없습니다.' };
    const now = this.now();
    if (record.status === 'issued' || record.status === 'ready' || record.status === 'approved') {
      await this.transition(paymentId, [record.status], 'canceled');
      await this.db.query('INSERT INTO test_gateway_cancels (idempotency_key, payment_id, amount, created_at) VALUES ($1, $2, 0, $3)', [
        idempotencyKey,
        paymentId,
        now,
      ]);
      return { ok: true, canceledAmount: 0, at: now };
    }
    if (record.status !== 'confirmed' && record.status !== 'deposited') {
      return { ok: false, code: 'NOT_CANCELABLE_PAYMENT', message: '취소할 수 없는 결제입니다.' };
    }
    const [updated] = await this.db.query<Row>(
      `UPDATE test_gateway_payments SET canceled_amount = canceled_amount + $2, updated_at = $3,
         status = CASE WHEN canceled_amount + $2 = amount THEN 'canceled' ELSE status END
       WHERE payment_id = $1 AND canceled_amount + $2 <= amount RETURNING *`,
      [paymentId, amount, now],
    );
    if (!updated) return { ok: false, code: 'NOT_CANCELABLE_AMOUNT', message: '취소 가능한 금액을 넘었습니다.' };
    await this.db.query('INSERT INTO test_gateway_cancels (idempotency_key, payment_id, amount, created_at) VALUES ($1, $2, $3, $4)', [
      idempotencyKey,
      paymentId,
      amount,
      now,
    ]);
    return { ok: true, canceledAmount: amount, at: now };
  }
}
