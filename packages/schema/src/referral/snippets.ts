/**
 * The two referral snippets an MC pastes into a blog, zod-free and pure: the script snippet (the
 * CDN module with the page configuration, then `<cen-mc-badge>` wrapping the no-JS link, so the
 * link still works where the script is stripped) and the no-JavaScript snippet (badge image in a
 * redirect link). Both end with the commission disclosure as visible text (추천·보증 심사지침):
 * alt text alone does not count, and images can be blocked. Every value is escaped: MC names and
 * item titles come from partners and MCs.
 */
import { isId } from '../primitives/ids.js';
import { PUBLISHABLE_KEY_PATTERN } from '../routes/paths.js';
import { REFERRAL_CODE_PATTERN, REFERRAL_DISCLOSURE } from './referral-params.js';
import {
  BADGE_IMAGE_FORMATS,
  BADGE_LOOKS,
  BADGE_SIZES,
  badgeImageSize,
  badgeImageUrl,
  referralLinkUrl,
  type BadgeImageFormat,
  type BadgeLook,
  type BadgeSize,
  type ReferralTarget,
} from './snippet-urls.js';

/** Language of a snippet's fallback text and disclosure; Korean unless the readers are not. */
export type SnippetLang = keyof typeof REFERRAL_DISCLOSURE;

/** Which input of a snippet was refused (a snippet is never produced from a bad one). */
export type SnippetField = 'cdnUrl' | 'api' | 'publishableKey' | 'mc' | 'product' | 'service' | 'look' | 'size' | 'format' | 'altText' | 'to';

/** Thrown by `scriptSnippet` / `noScriptSnippet` for an input no snippet may carry. */
export class SnippetInputError extends Error {
  override readonly name = 'SnippetInputError';
  /** The refused input. */
  readonly field: SnippetField;

  constructor(field: SnippetField, message: string) {
    super(message);
    this.field = field;
  }
}

/** What both snippets point at and how the badge looks. */
export interface SnippetTarget extends ReferralTarget {
  /** `compact` (default), `button` or `card`. */
  look?: BadgeLook;
  /** `s`, `m` (default) or `l`. */
  size?: BadgeSize;
  /** Language of the disclosure (and of the default link text): `ko` (default) or `en`. */
  lang?: SnippetLang;
  /**
   * Where readers land instead of The CEN's item page: a partner's own shop (an allowed origin of
   * the mall), absolute http(s). The redirect link passes it on as `to`.
   */
  to?: string;
}

export interface ScriptSnippetOptions extends SnippetTarget {
  /** URL of the widgets' CDN module (`…/cen-widgets.js`). */
  cdnUrl: string;
  /** Base URL of The CEN API (`data-cen-api`). */
  api: string;
  /** Publishable key of the channel (`pk_test_…` / `pk_live_…`); a secret key is refused. */
  publishableKey: string;
  /** Text of the no-JS fallback link, e.g. `햇살맘의 살림 일기 추천: 우리밀 통밀가루`. */
  linkText?: string;
}

export interface NoScriptSnippetOptions extends SnippetTarget {
  /** Base URL of The CEN API (the redirect link and the badge image live there). */
  api: string;
  /** `png` (default: every blog platform shows it) or `svg`. */
  format?: BadgeImageFormat;
  /** Alt text of the badge image: who recommends what, e.g. `햇살맘의 살림 일기 추천: 우리밀 통밀가루`. */
  altText: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML attribute value (double- or single-quoted) or element content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function httpUrl(field: SnippetField, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SnippetInputError(field, `${field} must be an absolute http(s) URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SnippetInputError(field, `${field} must be an http(s) URL`);
  return value;
}

function oneOf<T extends string>(field: SnippetField, value: T | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) throw new SnippetInputError(field, `${field} must be one of ${allowed.join(', ')}`);
  return value;
}

interface CheckedTarget {
  target: ReferralTarget;
  to: string | undefined;
  look: BadgeLook;
  size: BadgeSize;
  lang: SnippetLang;
}

function checkTarget(options: SnippetTarget): CheckedTarget {
  const { mc, product, service } = options;
  if (typeof mc !== 'string' || !REFERRAL_CODE_PATTERN.test(mc)) throw new SnippetInputError('mc', 'mc must be an MC referral code (3–32 lower-case letters, digits or dashes)');
  if (product && service) throw new SnippetInputError('service', 'give a product or a service, not both');
  if (product && !isId('product', product)) throw new SnippetInputError('product', 'product must be a product id (prd_…)');
  if (service && !isId('service', service)) throw new SnippetInputError('service', 'service must be a service id (svc_…)');
  const target: ReferralTarget = product ? { mc, product } : service ? { mc, service } : { mc };
  return {
    target,
    to: options.to ? httpUrl('to', options.to) : undefined,
    look: oneOf('look', options.look, BADGE_LOOKS, 'compact'),
    size: oneOf('size', options.size, BADGE_SIZES, 'm'),
    lang: options.lang === 'en' ? 'en' : 'ko',
  };
}

const DEFAULT_LINK_TEXT: Record<SnippetLang, string> = { ko: '추천 상품 보기', en: 'See the recommendation' };

/** The disclosure as visible text under a snippet. */
function disclosureParagraph(lang: SnippetLang): string {
  return `<p>${escapeHtml(REFERRAL_DISCLOSURE[lang])}</p>`;
}

/**
 * The snippet for pages that allow scripts: the CDN module with the page configuration exactly as
 * the widgets read it (`data-cen-key`, `data-cen-api`), then `<cen-mc-badge>` whose light-DOM
 * content — the `/r/{code}` redirect link and the disclosure — is what readers get when the
 * script is stripped or fails.
 *
 * @throws SnippetInputError for a key that is not a publishable `pk_…` key, a non-http(s) URL, a
 * malformed MC code or item id, both a product and a service, or an unknown look or size.
 */
export function scriptSnippet(options: ScriptSnippetOptions): string {
  const { target, to, look, size, lang } = checkTarget(options);
  const cdnUrl = httpUrl('cdnUrl', options.cdnUrl);
  const api = httpUrl('api', options.api);
  if (typeof options.publishableKey !== 'string' || !PUBLISHABLE_KEY_PATTERN.test(options.publishableKey)) {
    throw new SnippetInputError('publishableKey', 'publishableKey must be a publishable key (pk_test_… or pk_live_…), never a secret key');
  }
  const item = target.product ? ` product="${escapeHtml(target.product)}"` : target.service ? ` service="${escapeHtml(target.service)}"` : '';
  const linkText = options.linkText?.trim() || DEFAULT_LINK_TEXT[lang];
  return [
    `<script type="module" src="${escapeHtml(cdnUrl)}" data-cen-key="${escapeHtml(options.publishableKey)}" data-cen-api="${escapeHtml(api)}"></script>`,
    `<cen-mc-badge mc="${escapeHtml(target.mc)}"${item} look="${look}" size="${size}"${to ? ` to="${escapeHtml(to)}"` : ''}${lang === 'en' ? ' lang="en"' : ''}>`,
    `  <a href="${escapeHtml(referralLinkUrl(api, target, to))}" target="_blank" rel="sponsored noopener">${escapeHtml(linkText)}</a>`,
    `  ${disclosureParagraph(lang)}`,
    `</cen-mc-badge>`,
  ].join('\n');
}

/**
 * The snippet for pages that strip scripts: the badge image (`/badges/{code}.png|svg`, sized by
 * `badgeImageSize`) inside the `/r/{code}` redirect link, then the disclosure as visible text.
 *
 * @throws SnippetInputError for a non-http(s) API URL, a malformed MC code or item id, both a
 * product and a service, an unknown look, size or format, or an empty alt text.
 */
export function noScriptSnippet(options: NoScriptSnippetOptions): string {
  const { target, to, look, size, lang } = checkTarget(options);
  const api = httpUrl('api', options.api);
  const format = oneOf('format', options.format, BADGE_IMAGE_FORMATS, 'png');
  const altText = typeof options.altText === 'string' ? options.altText.trim() : '';
  if (!altText) throw new SnippetInputError('altText', 'altText must say who recommends what');
  const { width, height } = badgeImageSize(look, size, Boolean(target.product || target.service));
  const src = badgeImageUrl(api, target, { look, size, format });
  return [
    `<a href="${escapeHtml(referralLinkUrl(api, target, to))}" target="_blank" rel="sponsored noopener">` +
      `<img src="${escapeHtml(src)}" width="${width}" height="${height}" alt="${escapeHtml(altText)}"></a>`,
    disclosureParagraph(lang),
  ].join('\n');
}
