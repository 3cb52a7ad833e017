import { enCheckout } from './checkout-en.js';
import { koCheckout } from './checkout-ko.js';
import type { CheckoutStrings, Localized } from './translation.js';

/** Strings of `<cen-checkout>` (loaded with it). */
export const checkoutStrings: Localized<CheckoutStrings> = { ko: koCheckout, en: enCheckout };
