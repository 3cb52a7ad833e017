import type { ConsentStrings } from './translation.js';

export const enConsent: ConsentStrings = {
  consents: 'Terms and consents',
  agreeAll: 'I agree to all of the below (optional ones included)',
  consentLabel: (title, required) => `[${required ? 'Required' : 'Optional'}] I agree to: ${title.replace(/\s*\((필수|선택)\)$/, '')}`,
  viewText: (title) => `Read: ${title.replace(/\s*\((필수|선택)\)$/, '')}`,
};
