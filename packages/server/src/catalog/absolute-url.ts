/**
 * Resolves a server-relative URL (`/media/…`, `/products/…`) against the public base URL,
 * keeping the base's path prefix (`https://example.org/cen` + `/media/a.svg`). Returns null for
 * anything that does not end up as http(s), so no `javascript:` URL leaves the API.
 */
export function absoluteUrl(url: string, baseUrl: string): string | null {
  const serverRelative = url.startsWith('/') && !url.startsWith('//');
  let resolved: URL;
  try {
    resolved = serverRelative ? new URL(baseUrl.replace(/\/+$/, '') + url) : new URL(url, baseUrl);
  } catch {
    return null;
  }
  return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
}
