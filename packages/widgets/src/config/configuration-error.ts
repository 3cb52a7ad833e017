/** Thrown when a widget finds no publishable key: no `<cen-store key>`, no `data-cen-key` script, no `configure()`. */
export class CenConfigurationError extends Error {
  override name = 'CenConfigurationError';
}
