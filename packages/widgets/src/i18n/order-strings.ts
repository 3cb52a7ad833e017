import { enOrder } from './order-en.js';
import { koOrder } from './order-ko.js';
import type { Localized, OrderStrings } from './translation.js';

/** Strings of `<cen-order-status>` (loaded with it). */
export const orderStrings: Localized<OrderStrings> = { ko: koOrder, en: enOrder };
