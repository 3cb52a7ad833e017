import { enStats } from './stats-en.js';
import { koStats } from './stats-ko.js';
import type { Localized } from './translation.js';

/** The three commission amounts of a statement, as the ledger names them. */
export type StatementAmount = 'pending' | 'payable' | 'reversed';

/** Strings of `<cen-mc-stats>` (loaded with it). Functions take already formatted values. */
export interface StatsStrings {
  /** Under the creator's name: whose statement this is. */
  roles: Record<'mc' | 'cc', string>;
  /** Accessible name of the totals list. */
  totalsLabel: string;
  /** Name of each amount, in the totals and as a column heading. */
  amounts: Record<StatementAmount, string>;
  /** What each amount means, under the totals. */
  amountNotes: Record<StatementAmount, string>;
  /** Caption of the month table. */
  monthsCaption: string;
  /** Column headings of the month table (the amounts use `amounts`). */
  month: string;
  clicks: string;
  orders: string;
  /** A month `2026-11` in words: `2026년 11월`. */
  monthName: (year: number, month: number) => string;
  /** Shown while the statement loads. */
  loading: string;
  /** The statement has no month yet. */
  empty: string;
  /** What to do to get a first month. */
  emptyHint: string;
  /** No `token` attribute and no `statement` parameter in the page URL. */
  noToken: string;
  /** The token is malformed, unknown, expired or revoked (the API does not say which). */
  invalidToken: string;
  /** The statement could not be loaded (network, server): a retry is offered. */
  loadFailed: string;
}

export const statsStrings: Localized<StatsStrings> = { ko: koStats, en: enStats };
