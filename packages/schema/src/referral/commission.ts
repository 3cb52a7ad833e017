/**
 * Commission as data: rules by product, by partner, or the mall default, with separate rates for
 * MCs and CCs, in basis points (1% = 100). Pure and zod-free; the server's ledger uses it.
 */
export interface CommissionRule {
  role: 'mc' | 'cc';
  scope: 'product' | 'partner' | 'default';
  /** Product id for `product`, partner id for `partner`, null for `default`. */
  targetId: string | null;
  rateBps: number;
}

export interface CommissionLine {
  productId: string;
  partnerId: string;
  /** Won of this line that still counts: paid minus refunded. */
  netAmount: number;
}

/** The most specific rule wins: product, then partner, then the mall default; 0 without any. */
export function commissionRate(rules: readonly CommissionRule[], role: 'mc' | 'cc', line: Pick<CommissionLine, 'productId' | 'partnerId'>): number {
  const of = (scope: CommissionRule['scope'], target: string | null) =>
    rules.find((r) => r.role === role && r.scope === scope && r.targetId === target)?.rateBps;
  return of('product', line.productId) ?? of('partner', line.partnerId) ?? of('default', null) ?? 0;
}

/**
 * Commission on lines, in whole won (each line rounded down). Lines sold by `selfPartnerId` — the
 * partner behind a corporate MC — earn nothing: a partner never earns commission on its own
 * products.
 */
export function commissionOf(
  lines: readonly CommissionLine[],
  rules: readonly CommissionRule[],
  role: 'mc' | 'cc',
  selfPartnerId: string | null = null,
): { base: number; amount: number } {
  let base = 0;
  let amount = 0;
  for (const line of lines) {
    if (line.netAmount <= 0 || line.partnerId === selfPartnerId) continue;
    base += line.netAmount;
    amount += Math.floor((line.netAmount * commissionRate(rules, role, line)) / 10_000);
  }
  return { base, amount };
}
