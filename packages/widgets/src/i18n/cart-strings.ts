import { enCart } from './cart-en.js';
import { koCart } from './cart-ko.js';
import type { CartStrings, Localized } from './translation.js';

/** Strings of the cart drawer, lines, problems and amounts (loaded with the cart). */
export const cartStrings: Localized<CartStrings> = { ko: koCart, en: enCart };
