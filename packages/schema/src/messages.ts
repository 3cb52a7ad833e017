import * as z from 'zod/mini';
import { en } from 'zod/locales';

/**
 * zod/mini ships without messages ("Invalid input"); servers call this once so that problem
 * responses explain each field. Browser bundles never import it.
 */
export function useEnglishValidationMessages(): void {
  z.config(en());
}
