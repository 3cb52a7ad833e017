import { html } from './html.js';
import { pageLayout } from './page-layout.js';

const MESSAGES = {
  product: { title: '상품을 찾을 수 없습니다', text: '판매가 끝났거나 주소가 잘못되었습니다.' },
  service: { title: '서비스를 찾을 수 없습니다', text: '판매가 끝났거나 주소가 잘못되었습니다.' },
  partner: { title: '입점사를 찾을 수 없습니다', text: '더 쎈에서 활동하지 않는 입점사이거나 주소가 잘못되었습니다.' },
} as const;

export type NotFoundKind = keyof typeof MESSAGES;

export function renderNotFoundPage(kind: NotFoundKind): string {
  const { title, text } = MESSAGES[kind];
  return pageLayout(title, html`<h1>${title}</h1>
<p>${text}</p>`);
}
