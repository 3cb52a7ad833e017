import { html } from './html.js';
import { pageLayout } from './page-layout.js';

const MESSAGES = { product: '상품을 찾을 수 없습니다', service: '서비스를 찾을 수 없습니다' } as const;

export function renderNotFoundPage(kind: keyof typeof MESSAGES): string {
  const title = MESSAGES[kind];
  return pageLayout(title, html`<h1>${title}</h1>
<p>판매가 끝났거나 주소가 잘못되었습니다.</p>`);
}
