import sanitizeHtml from 'sanitize-html';

/** Links keep their target only for these schemes (sanitize-html checks them again). */
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote', 'a'],
  // `rel` is set by the transform below; any rel from the input is replaced.
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs): sanitizeHtml.Tag => ({
      tagName,
      attribs: attribs.href !== undefined && SAFE_HREF.test(attribs.href.trim()) ? { href: attribs.href, rel: 'noopener noreferrer' } : {},
    }),
  },
};

const CACHE_LIMIT = 1000;
const cache = new Map<string, string>();

/**
 * Partner descriptions are HTML; only a few text tags and http(s)/mailto links survive, with no
 * other attributes. Results are memoised (descriptions change rarely and are read often).
 */
export function sanitizeDescriptionHtml(html: string): string {
  const cached = cache.get(html);
  if (cached !== undefined) return cached;
  const clean = sanitizeHtml(html, OPTIONS);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(html, clean);
  return clean;
}
