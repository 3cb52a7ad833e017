/**
 * True when `origin` (as browsers send it: scheme, host, optional port) is one of a channel's
 * allowed origins: an exact match, or a port wildcard such as `http://localhost:*` (any port, or
 * none). The literal origin `null` (sandboxed frames, files) is never allowed.
 * Pure and zod-free: the server's CORS check, the return-URL check and the mocks use it.
 */
export function isOriginAllowed(origin: string, allowedOrigins: readonly string[]): boolean {
  if (origin === 'null' || origin.length > 300) return false;
  const normalized = origin.toLowerCase();
  for (const allowed of allowedOrigins) {
    const pattern = allowed.toLowerCase().replace(/\/+$/, '');
    if (pattern.endsWith(':*')) {
      const base = pattern.slice(0, -2);
      if (normalized === base) return true;
      if (normalized.startsWith(`${base}:`) && /^\d{1,5}$/.test(normalized.slice(base.length + 1))) return true;
    } else if (normalized === pattern) {
      return true;
    }
  }
  return false;
}

/**
 * True when `url` is an http(s) page on one of the allowed origins: where an order's `returnUrl`
 * may send the buyer back after paying. A string that is not an absolute URL is false.
 */
export function isAllowedReturnUrl(url: string, allowedOrigins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && isOriginAllowed(parsed.origin, allowedOrigins);
}
