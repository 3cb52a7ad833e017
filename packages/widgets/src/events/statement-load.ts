import type { CommissionStatement } from '@thecen/schema/browser';

/** Detail of `cen-statement-load`: the statement shown (the creator's own figures; no buyer's data). */
export interface CenStatementLoadDetail {
  statement: CommissionStatement;
}
/** Fired by `<cen-mc-stats>` after it fetched and rendered a commission statement (also after a retry). */
export type CenStatementLoadEvent = CustomEvent<CenStatementLoadDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-statement-load': CenStatementLoadEvent;
  }
}
