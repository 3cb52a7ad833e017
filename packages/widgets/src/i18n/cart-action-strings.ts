import { enCartAction } from './cart-action-en.js';
import { koCartAction } from './cart-action-ko.js';
import type { CartActionStrings, Localized } from './translation.js';

/** Strings of `<cen-add-to-cart>` and `<cen-cart-button>`, in their own modules so that a product card without them does not carry them. */
export const cartActionStrings: Localized<CartActionStrings> = { ko: koCartAction, en: enCartAction };
