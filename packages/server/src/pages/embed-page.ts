import { REFERRAL_DISCLOSURE, badgeImageSize, type BadgeLook, type BadgeSize } from '@thecen/schema';
import type { ReferralItem } from '../referrals/referral-item.js';
import { html, trustedHtml } from './html.js';

export interface EmbedPageInput {
  look: BadgeLook;
  size: BadgeSize;
  /** The recommending MC's name; null for an item embedded without a referral. */
  mcName: string | null;
  item: ReferralItem | null;
  /** Where the badge leads (a new tab): the referral link `/r/{code}…`, or the item's page. */
  href: string;
}

/** Each look is laid out at its `m` size and scaled, like the badge images. */
const STYLES = `
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; overflow: hidden; background: transparent; }
  body { word-break: keep-all; font-family: 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', NanumGothic, system-ui, sans-serif; }
  .badge { position: absolute; left: 0; top: 0; display: block; overflow: hidden; text-decoration: none; color: #1d2b24;
    transform-origin: 0 0; padding: 14px; border-radius: 10px; }
  .badge:focus-visible { outline: 3px solid #1f6feb; outline-offset: -3px; }
  .line { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .by { font-weight: 700; }
  .disclosure { display: block; font-size: 10px; line-height: 13px; color: #3d4a43; }
  .compact { background: #f4f8f2; border: 1px solid #6b8f71; }
  .compact .by { font-size: 15px; line-height: 20px; }
  .compact .item { font-size: 13px; line-height: 18px; margin-top: 3px; }
  .compact .disclosure { margin-top: 5px; }
  .button { background: #2f6b3a; color: #fff; border-radius: 14px; padding-top: 10px; }
  .button .by { font-size: 14px; line-height: 18px; }
  .button .disclosure { color: #eef6ef; font-size: 9.5px; line-height: 12.5px; margin-top: 3px; }
  .card { background: #fff; border: 1px solid #c9d8cc; display: grid; grid-template-columns: 84px 1fr; column-gap: 14px;
    grid-template-rows: 84px auto; align-content: start; }
  .card .picture { width: 84px; height: 84px; border-radius: 8px; background: #e3eee5; color: #2f6b3a; font-size: 30px;
    font-weight: 700; display: flex; align-items: center; justify-content: center; overflow: hidden; }
  .card .picture img { width: 100%; height: 100%; object-fit: cover; }
  .card .text { min-width: 0; }
  .card .by { font-size: 12px; line-height: 16px; color: #2f6b3a; margin-top: 2px; }
  .card .title { font-size: 15px; line-height: 19px; font-weight: 700; margin-top: 6px; display: -webkit-box; -webkit-line-clamp: 2;
    -webkit-box-orient: vertical; overflow: hidden; }
  .card .price { font-size: 15px; line-height: 20px; font-weight: 700; margin-top: 4px; }
  .card .disclosure { grid-column: 1 / -1; border-top: 1px solid #e1e9e3; padding-top: 7px; margin-top: 11px; }
  .card.no-item { grid-template-rows: 48px auto; grid-template-columns: 48px 1fr; }
  .card.no-item .picture { width: 48px; height: 48px; border-radius: 50%; font-size: 20px; }
  .card.no-item .by { font-size: 16px; line-height: 20px; color: #1d2b24; }
  .card.no-item .disclosure { border-top: 0; margin-top: 8px; padding-top: 0; }
  .unavailable { color: #57606a; }
`;

/** Content-Security-Policy of embed pages: no script at all, images from this server or https, framed anywhere. */
export function embedPageCsp(baseOrigin: string): string {
  return `default-src 'none'; img-src ${baseOrigin} https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors *`;
}

const initialOf = (text: string) => ([...text.trim()][0] ?? '?').toUpperCase();

/**
 * The no-JavaScript page an oEmbed `<iframe>` shows (`/embed/badge/{code}`, `/embed/products/{id}`,
 * `/embed/services/{id}`): the badge in its look, exactly `badgeImageSize(look, size, hasItem)`
 * big, as real text — the MC's name, the item's title and price, and the disclosure — one link
 * that opens `href` in a new tab. Without an MC it shows the partner's name and no disclosure.
 */
export function renderEmbedPage(input: EmbedPageInput): string {
  const { look, size, mcName, item } = input;
  const box = badgeImageSize(look, 'm', item !== null);
  const scaled = badgeImageSize(look, size, item !== null);
  const scale = scaled.width / box.width;
  const by = mcName !== null ? `${mcName} 추천` : (item?.partnerName ?? '더 쎈');
  const titleClass = item && !item.available ? ' unavailable' : '';
  const disclosure = mcName !== null ? html`<span class="disclosure">${REFERRAL_DISCLOSURE.ko}</span>` : html`<span class="disclosure">더 쎈에서 보기 ↗</span>`;
  let body;
  if (look === 'compact') {
    body = html`<span class="line by">${by}</span>${item ? html`<span class="line item${titleClass}">${item.title}${item.priceLabel ? ` · ${item.priceLabel}` : ''}</span>` : ''}${disclosure}`;
  } else if (look === 'button') {
    body = html`<span class="line by">${item ? `${by} · ${item.title}` : mcName !== null ? `${by} 상품 보기` : by}</span>${disclosure}`;
  } else if (item) {
    const picture = item.image ? html`<img src="${item.image.url}" alt="">` : initialOf(item.title);
    body = html`<span class="picture">${picture}</span><span class="text"><span class="line by">${by}</span><span class="title${titleClass}">${item.title}</span>${item.priceLabel ? html`<span class="line price">${item.priceLabel}</span>` : ''}</span>${disclosure}`;
  } else {
    body = html`<span class="picture">${initialOf(mcName ?? by)}</span><span class="text"><span class="line by">${by}</span><span class="line item">추천 상품 보러 가기</span></span>${disclosure}`;
  }
  const title = item ? `${by}: ${item.title}` : by;
  const style = `width:${box.width}px;height:${box.height}px;transform:scale(${scale.toFixed(4)})`;
  const classes = `badge ${look}${look === 'card' && !item ? ' no-item' : ''}`;
  return html`<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>${trustedHtml(STYLES)}html, body { width: ${scaled.width}px; height: ${scaled.height}px; }</style>
</head>
<body>
<a class="${classes}" style="${style}" href="${input.href}" target="_blank" rel="noopener">${body}</a>
</body>
</html>
`.value;
}

/** The page an embed shows when what it points at is gone (404). */
export function renderEmbedGonePage(): string {
  return html`<!doctype html>
<html lang="ko">
<head><meta charset="utf-8"><meta name="robots" content="noindex"><title>찾을 수 없습니다</title>
<style>body { margin: 0; font: 13px/1.5 system-ui, sans-serif; color: #57606a; padding: 8px; }</style></head>
<body><p>이 추천 배지는 더 이상 볼 수 없습니다.</p></body>
</html>
`.value;
}
