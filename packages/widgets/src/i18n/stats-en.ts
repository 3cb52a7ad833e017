import type { StatsStrings } from './stats-strings.js';

const MONTH = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' });

export const enStats: StatsStrings = {
  roles: { mc: 'Market Creator referral statement', cc: 'Content Creator referral statement' },
  totalsLabel: 'Commission totals',
  amounts: { pending: 'Pending', payable: 'Payable', reversed: 'Reversed' },
  amountNotes: {
    pending: 'Commission on paid orders. It becomes payable once the order is delivered and the withdrawal period has passed.',
    payable: 'Commission paid out at the next settlement.',
    reversed: 'Commission taken back because orders were cancelled or refunded.',
  },
  monthsCaption: 'Referrals by month (latest first)',
  month: 'Month',
  clicks: 'Clicks',
  orders: 'Orders',
  monthName: (year, month) => MONTH.format(Date.UTC(year, month - 1, 1)),
  loading: 'Loading the referral statement.',
  empty: 'No referrals yet.',
  emptyHint: 'Share your referral link or badge on your blog and social media: clicks, orders and commission add up here month by month.',
  noToken: 'There is no statement link. Open this page with the link The CEN sent you.',
  invalidToken: 'This statement link is invalid or has expired. Ask The CEN office for a new link.',
  loadFailed: 'The referral statement could not be loaded. Check your connection and try again.',
};
