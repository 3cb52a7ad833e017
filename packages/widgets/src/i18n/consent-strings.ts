import { enConsent } from './consent-en.js';
import { koConsent } from './consent-ko.js';
import type { ConsentStrings, Localized } from './translation.js';

/** Strings of the consent list (loaded with checkout and the booking inquiry form). */
export const consentStrings: Localized<ConsentStrings> = { ko: koConsent, en: enConsent };
