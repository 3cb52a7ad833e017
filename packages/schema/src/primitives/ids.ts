/**
 * Public ids are a type prefix, an underscore and 4 to 32 lower-case letters or digits:
 * `pa_` partner, `prd_` product, `svc_` service, `ch_` sales channel (mall), `ord_` order,
 * `sub_` partner sub-order, `oli_` order line, `pay_` payment, `rfd_` refund, `bkg_` booking, `mc_` market creator, `cc_` content creator,
 * `cnt_` content item, `clk_` referral click, `led_` commission ledger entry.
 */
export const ID_PREFIXES = {
  partner: 'pa',
  product: 'prd',
  service: 'svc',
  channel: 'ch',
  order: 'ord',
  subOrder: 'sub',
  orderLine: 'oli',
  payment: 'pay',
  refund: 'rfd',
  booking: 'bkg',
  marketCreator: 'mc',
  contentCreator: 'cc',
  content: 'cnt',
  click: 'clk',
  ledgerEntry: 'led',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

export function idPattern(kind: IdKind): RegExp {
  return new RegExp(`^${ID_PREFIXES[kind]}_[a-z0-9]{4,32}$`);
}

export function isId(kind: IdKind, value: string): boolean {
  return idPattern(kind).test(value);
}
