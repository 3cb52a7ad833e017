import type { SellerStrings } from './translation.js';

export const enSeller: SellerStrings = {
  seller: 'Seller',
  tradeName: 'Trade name',
  representative: 'Representative',
  businessNumber: 'Business registration number',
  mailOrder: 'Mail-order business report number',
  mailOrderExempt: 'Exempt from the mail-order business report',
  mailOrderNumber: (number, office) => `${number} (${office})`,
  address: 'Address',
  phone: 'Phone',
  email: 'E-mail',
  platform: 'Marketplace (intermediary)',
  hostingProvider: 'Hosting provider',
  withdrawal: 'Right of withdrawal (returns)',
  withdrawalDays: (days) => `You may withdraw from the purchase (return it) within ${days} days of receiving the goods.`,
  withdrawalExceptions: 'When withdrawal is not possible',
  b2bWithdrawal: 'Purchases for business purposes may fall outside the consumer withdrawal rules.',
  loadingSeller: 'Loading the seller details.',
};
