import type { FieldError, RefundRequest } from '@thecen/schema';

export interface RefundableLine {
  id: string;
  subOrderId: string;
  unitPrice: number;
  quantity: number;
  /** Refunded so far, pending refunds included. */
  refundedQuantity: number;
}

export interface RefundableSubOrder {
  id: string;
  /** Shipping fee plus remote-area fee. */
  shipping: number;
  /** Shipping refunded so far, pending refunds included. */
  refundedShipping: number;
}

export interface RefundPlan {
  lines: { lineId: string; subOrderId: string; quantity: number; amount: number }[];
  shipping: { subOrderId: string; amount: number }[];
  amount: number;
}

export type RefundPlanResult = { ok: true; plan: RefundPlan } | { ok: false; errors: FieldError[] } | { ok: false; nothing: true };

/**
 * Works out a refund from what is left to refund: by lines (quantities), by a partner's
 * sub-order (its lines and its shipping), or everything. Amounts come from the order's own unit
 * prices and shipping fees, never from the request. Shipping of a sub-order is refunded when the
 * whole sub-order is (or when `includeShipping` says so).
 */
export function planRefund(request: RefundRequest, lines: readonly RefundableLine[], subOrders: readonly RefundableSubOrder[]): RefundPlanResult {
  const errors: FieldError[] = [];
  const chosen = new Map<string, number>();

  if (request.lines && request.subOrderId !== undefined) {
    return { ok: false, errors: [{ path: 'body.subOrderId', message: 'give either lines or subOrderId, not both', code: 'conflicting_fields' }] };
  }
  if (request.lines) {
    request.lines.forEach((entry, index) => {
      const line = lines.find((l) => l.id === entry.lineId);
      if (!line) {
        errors.push({ path: `body.lines.${index}.lineId`, message: 'is not a line of this order', code: 'unknown_line' });
      } else if (chosen.has(line.id)) {
        errors.push({ path: `body.lines.${index}.lineId`, message: 'is listed twice', code: 'duplicate_line' });
      } else if (entry.quantity > line.quantity - line.refundedQuantity) {
        errors.push({
          path: `body.lines.${index}.quantity`,
          message: `must be at most ${line.quantity - line.refundedQuantity} (what is left to refund of this line)`,
          code: 'above_refundable',
        });
      } else {
        chosen.set(line.id, entry.quantity);
      }
    });
  } else {
    if (request.subOrderId !== undefined && !subOrders.some((s) => s.id === request.subOrderId)) {
      errors.push({ path: 'body.subOrderId', message: 'is not a sub-order of this order', code: 'unknown_sub_order' });
    }
    for (const line of lines) {
      if (request.subOrderId !== undefined && line.subOrderId !== request.subOrderId) continue;
      const left = line.quantity - line.refundedQuantity;
      if (left > 0) chosen.set(line.id, left);
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const planLines = lines
    .filter((l) => chosen.has(l.id))
    .map((l) => ({ lineId: l.id, subOrderId: l.subOrderId, quantity: chosen.get(l.id)!, amount: l.unitPrice * chosen.get(l.id)! }));
  const affected = request.lines
    ? new Set(planLines.map((l) => l.subOrderId))
    : new Set(subOrders.filter((s) => request.subOrderId === undefined || s.id === request.subOrderId).map((s) => s.id));

  const shipping: RefundPlan['shipping'] = [];
  for (const subOrder of subOrders) {
    if (!affected.has(subOrder.id)) continue;
    const left = subOrder.shipping - subOrder.refundedShipping;
    if (left <= 0) continue;
    const whole = lines
      .filter((l) => l.subOrderId === subOrder.id)
      .every((l) => l.refundedQuantity + (chosen.get(l.id) ?? 0) === l.quantity);
    if (request.includeShipping ?? whole) shipping.push({ subOrderId: subOrder.id, amount: left });
  }

  const amount = planLines.reduce((sum, l) => sum + l.amount, 0) + shipping.reduce((sum, s) => sum + s.amount, 0);
  if (amount === 0) return { ok: false, nothing: true };
  return { ok: true, plan: { lines: planLines, shipping, amount } };
}
