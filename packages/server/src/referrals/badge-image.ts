import { escapeXml } from '@thecen/mocks/fixtures';
import { REFERRAL_DISCLOSURE, badgeImageSize, type BadgeLook, type BadgeSize } from '@thecen/schema';
import { clipText, textWidth, wrapText } from './badge-text-layout.js';

/** The product or service a badge points at, as the badge shows it. */
export interface BadgeItem {
  kind: 'product' | 'service';
  /** The item's title, or a line saying it is no longer on offer. */
  title: string;
  /** `6,000원`, `50,000원부터`, `상담 후 견적`; null when there is no price to show. */
  priceLabel: string | null;
  /** A `data:` URI of the item's picture (card look), or null: a tile with the title's first letter. */
  imageDataUri: string | null;
}

/** What a badge shows: the MC's name, and the item when the link points at one. */
export interface BadgeContent {
  mcName: string;
  item: BadgeItem | null;
}

/** Fonts named in the badge: the usual Korean system fonts, then Nanum Gothic (Debian), then any sans-serif. */
export const BADGE_FONT_FAMILY = "'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', NanumGothic, sans-serif";

const ACCENT = '#2f6b3a';
const INK = '#1d2b24';
const MUTED = '#3d4a43';
const PAD = 14;

/** The badge's one-sentence text alternative: who recommends what, and the disclosure. */
export function badgeLabel(content: BadgeContent): string {
  const item = content.item ? `: ${content.item.title}${content.item.priceLabel ? `, ${content.item.priceLabel}` : ''}` : '';
  return `${content.mcName} 추천${item}. ${REFERRAL_DISCLOSURE.ko}`;
}

interface TextOptions {
  x: number;
  y: number;
  size: number;
  fill: string;
  bold?: boolean;
  anchor?: 'middle' | 'end';
}

function text(content: string, o: TextOptions): string {
  return (
    `<text x="${o.x}" y="${o.y}" font-size="${o.size}"${o.bold ? ' font-weight="700"' : ''} fill="${o.fill}"` +
    `${o.anchor ? ` text-anchor="${o.anchor}"` : ''}>${escapeXml(content)}</text>`
  );
}

/** `{name} 추천{suffix}`, the name clipped so that the whole fits `maxWidth`. */
function recommendedBy(name: string, suffix: string, maxWidth: number, size: number, bold: boolean): string {
  const tail = ` 추천${suffix}`;
  return `${clipText(name, Math.max(maxWidth - textWidth(tail, size, bold), size * 2), size, bold)}${tail}`;
}

function disclosureLines(maxWidth: number, size: number, fill: string, x: number, firstY: number, lineHeight: number): string {
  return wrapText(REFERRAL_DISCLOSURE.ko, maxWidth, size, 2)
    .map((line, i) => text(line, { x, y: firstY + i * lineHeight, size, fill }))
    .join('');
}

/** First letter of a title (for a picture tile). */
const initialOf = (title: string) => ([...title.trim()][0] ?? '?').toUpperCase();

function compactBody(content: BadgeContent, width: number): string {
  const inner = width - 2 * PAD;
  const parts = [text(recommendedBy(content.mcName, '', inner, 15, true), { x: PAD, y: 27, size: 15, fill: INK, bold: true })];
  const item = content.item;
  if (item) {
    const price = item.priceLabel ? ` · ${item.priceLabel}` : '';
    const title = clipText(item.title, inner - textWidth(price, 13), 13);
    parts.push(text(`${title}${price}`, { x: PAD, y: 49, size: 13, fill: INK }));
  }
  parts.push(disclosureLines(inner, 10, MUTED, PAD, item ? 67 : 46, 13));
  return parts.join('');
}

function buttonBody(content: BadgeContent, width: number): string {
  const inner = width - 2 * PAD;
  const size = 14;
  let line: string;
  if (content.item) {
    // The name gives way to the title only down to 45% of the line.
    const rest = textWidth(` 추천 · ${content.item.title}`, size, true);
    const name = clipText(content.mcName, Math.max(inner * 0.45, inner - rest), size, true);
    const head = `${name} 추천 · `;
    line = `${head}${clipText(content.item.title, inner - textWidth(head, size, true), size, true)}`;
  } else {
    line = recommendedBy(content.mcName, ' 상품 보기', inner, size, true);
  }
  return text(line, { x: PAD, y: 25, size, fill: '#ffffff', bold: true }) + disclosureLines(inner, 9.5, '#eef6ef', PAD, 42, 12.5);
}

function cardBody(content: BadgeContent, width: number): string {
  const inner = width - 2 * PAD;
  const item = content.item;
  if (!item) {
    const x = 74;
    return (
      `<circle cx="38" cy="38" r="24" fill="#e3eee5"/>` +
      text(initialOf(content.mcName), { x: 38, y: 45, size: 20, fill: ACCENT, bold: true, anchor: 'middle' }) +
      text(clipText(content.mcName, width - x - PAD, 16, true), { x, y: 35, size: 16, fill: INK, bold: true }) +
      text('추천 상품 보러 가기', { x, y: 55, size: 12, fill: ACCENT }) +
      disclosureLines(inner, 10, MUTED, PAD, 76, 13)
    );
  }
  const thumb = 84;
  const x = PAD + thumb + PAD;
  const column = width - x - PAD;
  const picture = item.imageDataUri
    ? `<clipPath id="cen-thumb"><rect x="${PAD}" y="${PAD}" width="${thumb}" height="${thumb}" rx="8"/></clipPath>` +
      `<image x="${PAD}" y="${PAD}" width="${thumb}" height="${thumb}" preserveAspectRatio="xMidYMid slice" clip-path="url(#cen-thumb)" href="${escapeXml(item.imageDataUri)}"/>`
    : `<rect x="${PAD}" y="${PAD}" width="${thumb}" height="${thumb}" rx="8" fill="#e3eee5"/>` +
      text(initialOf(item.title), { x: PAD + thumb / 2, y: PAD + thumb / 2 + 11, size: 30, fill: ACCENT, bold: true, anchor: 'middle' });
  const titleLines = wrapText(item.title, column, 15, 2, true).map((line, i) => text(line, { x, y: 54 + i * 19, size: 15, fill: INK, bold: true }));
  return (
    picture +
    text(recommendedBy(content.mcName, '', column, 12, true), { x, y: 30, size: 12, fill: ACCENT, bold: true }) +
    titleLines.join('') +
    (item.priceLabel ? text(clipText(item.priceLabel, column, 15, true), { x, y: 96, size: 15, fill: INK, bold: true }) : '') +
    `<line x1="${PAD}" y1="110.5" x2="${width - PAD}" y2="110.5" stroke="#e1e9e3"/>` +
    disclosureLines(inner, 10, MUTED, PAD, 126, 13)
  );
}

/**
 * A referral badge image in one of three looks — `compact` (name, item and price, disclosure),
 * `button` (a filled button: name and item, disclosure) and `card` (picture, name, title, price,
 * disclosure) — at exactly `badgeImageSize(look, size, hasItem)`. Every look shows the MC's name
 * and the full Korean disclosure (`REFERRAL_DISCLOSURE.ko`) as visible text. Each look is drawn
 * at its `m` size and scaled by the view box; all partner and MC text is XML-escaped.
 */
export function renderBadgeSvg(content: BadgeContent, look: BadgeLook, size: BadgeSize, options: { fontFamily?: string } = {}): string {
  const hasItem = content.item !== null;
  const { width, height } = badgeImageSize(look, size, hasItem);
  const base = badgeImageSize(look, 'm', hasItem);
  const label = escapeXml(badgeLabel(content));
  const frame =
    look === 'button'
      ? `<rect width="${base.width}" height="${base.height}" rx="14" fill="${ACCENT}"/>`
      : `<rect x="0.5" y="0.5" width="${base.width - 1}" height="${base.height - 1}" rx="10" fill="${look === 'card' ? '#ffffff' : '#f4f8f2'}" stroke="${look === 'card' ? '#c9d8cc' : '#6b8f71'}"/>`;
  const body = look === 'compact' ? compactBody(content, base.width) : look === 'button' ? buttonBody(content, base.width) : cardBody(content, base.width);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${base.width} ${base.height}" preserveAspectRatio="none" role="img" aria-label="${label}">` +
    `<title>${label}</title>${frame}<g font-family="${escapeXml(options.fontFamily ?? BADGE_FONT_FAMILY)}">${body}</g></svg>`
  );
}
