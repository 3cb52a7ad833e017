import type { FieldError } from '../api/problem.js';
import type { ConsentAcceptance } from './order-input.js';
import type { CheckoutTerms } from './terms.js';

/**
 * Checks the consents of an order against the mall's current terms: every required consent
 * accepted for the version shown now, no unknown or repeated type, no stale version. Optional
 * consents may be declined or left out. Errors point at `body.consents` (the whole list: a
 * required consent is missing) or `body.consents.<index>` / `body.consents.<index>.version`.
 * Pure and zod-free: the server and the mocks both answer with it.
 */
export function checkConsents(terms: Pick<CheckoutTerms, 'consents'>, consents: readonly ConsentAcceptance[]): FieldError[] {
  const errors: FieldError[] = [];
  const documents = new Map(terms.consents.map((d) => [d.type, d]));
  const seen = new Set<string>();
  consents.forEach((consent, index) => {
    const path = `body.consents.${index}`;
    const document = documents.get(consent.type);
    if (seen.has(consent.type)) {
      errors.push({ path, message: `repeats the consent ${consent.type}`, code: 'duplicate_consent' });
    } else if (!document) {
      errors.push({ path, message: `is not a consent this mall asks for (${consent.type})`, code: 'unknown_consent' });
    } else if (document.version !== consent.version) {
      errors.push({
        path: `${path}.version`,
        message: `is not the current version of ${consent.type} (${document.version}); show the current text again`,
        code: 'stale_consent_version',
      });
    }
    seen.add(consent.type);
  });
  const missing = terms.consents.filter(
    (d) => d.required && !consents.some((c) => c.type === d.type && c.version === d.version && c.accepted),
  );
  if (missing.length > 0) {
    errors.push({
      path: 'body.consents',
      message: `must accept the required consents: ${missing.map((d) => `${d.type} (${d.version})`).join(', ')}`,
      code: 'consent_required',
    });
  }
  return errors;
}
