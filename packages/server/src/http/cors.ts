/** Response headers a browser may read from a cross-origin API answer. */
export const EXPOSED_HEADERS = 'ETag, Request-Id, Retry-After';
/** Request headers a cross-origin caller may send. */
export const ALLOWED_REQUEST_HEADERS = 'Authorization, Content-Type, Idempotency-Key, Accept-Language';
/** How long (seconds) a browser may cache a preflight answer. */
export const PREFLIGHT_MAX_AGE = 7200;

/** Headers of an answer the browser may hand to `origin`'s scripts. */
export function allowOriginHeaders(origin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
  };
}

/** Adds `value` to a comma-separated header such as `Vary`, once. */
export function appendHeaderToken(headers: Headers, name: string, value: string): void {
  const current = headers.get(name);
  if (!current) {
    headers.set(name, value);
    return;
  }
  const tokens = current.split(',').map((t) => t.trim().toLowerCase());
  if (!tokens.includes(value.toLowerCase()) && !tokens.includes('*')) headers.set(name, `${current}, ${value}`);
}
