import { enSeller } from './seller-en.js';
import { koSeller } from './seller-ko.js';
import type { Localized, SellerStrings } from './translation.js';

/** Strings of the seller identity, platform identity and withdrawal blocks (checkout and order status). */
export const sellerStrings: Localized<SellerStrings> = { ko: koSeller, en: enSeller };
