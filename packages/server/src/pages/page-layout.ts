import { html, trustedHtml, type SafeHtml } from './html.js';

/** The notice a brokering platform must show before payment (전자상거래법). */
export const BROKER_NOTICE =
  '더 쎈은 통신판매중개자로서 통신판매의 당사자가 아닙니다. 상품·서비스, 상품정보, 거래에 관한 의무와 책임은 판매자에게 있습니다.';

const STYLES = `
  body { font: 16px/1.6 system-ui, -apple-system, 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif; margin: 0; color: #1f2328; }
  main { max-width: 760px; margin: 0 auto; padding: 24px 16px 48px; }
  img { max-width: 100%; height: auto; border-radius: 8px; }
  .images { display: grid; gap: 8px; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); }
  .price { font-size: 1.5rem; font-weight: 700; }
  .list-price { color: #6e7781; text-decoration: line-through; margin-left: 8px; font-weight: 400; font-size: 1rem; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
  dl.facts dt { color: #57606a; }
  dl.facts dd { margin: 0; }
  .partner-header { display: flex; gap: 16px; align-items: center; }
  .partner-header h1 { margin: 0; }
  .partner-header p { margin: 4px 0 0; }
  img.logo { width: 96px; height: 96px; flex: none; }
  .organisation-type { color: #57606a; }
  ul.items { padding-left: 1.25rem; }
  ul.items li { margin: 4px 0; }
  .item-price { color: #57606a; margin-left: 4px; }
  section.seller { margin-top: 32px; padding: 16px; background: #f6f8fa; border-radius: 8px; font-size: 0.9rem; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .test-notice { padding: 8px 12px; background: #fff8c5; border: 1px solid #d4a72c; border-radius: 8px; }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 24px 0; }
  .actions form { margin: 0; }
  .actions button { font: inherit; min-height: 44px; padding: 8px 20px; border-radius: 8px; border: 1px solid #8c959f; background: #fff; color: #1f2328; cursor: pointer; }
  .actions button.primary { background: #1f6feb; border-color: #1f6feb; color: #fff; font-weight: 700; }
  .actions button:focus-visible, a:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
  footer { max-width: 760px; margin: 0 auto; padding: 16px; color: #57606a; font-size: 0.85rem; border-top: 1px solid #d0d7de; }
`;

/** A complete page in Korean with the platform's broker notice in the footer; `head` adds elements to `<head>`. */
export function pageLayout(title: string, body: SafeHtml, head?: SafeHtml): string {
  return html`<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | 더 쎈</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${trustedHtml(STYLES)}</style>
${head ?? ''}
</head>
<body>
<main>
${body}
</main>
<footer><p>${BROKER_NOTICE}</p></footer>
</body>
</html>
`.value;
}
