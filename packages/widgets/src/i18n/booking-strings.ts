import { enBooking } from './booking-en.js';
import { koBooking } from './booking-ko.js';
import type { BookingStrings, Localized } from './translation.js';

/** Strings of `<cen-service-booking>` and `<cen-booking-status>` (loaded with them). */
export const bookingStrings: Localized<BookingStrings> = { ko: koBooking, en: enBooking };
