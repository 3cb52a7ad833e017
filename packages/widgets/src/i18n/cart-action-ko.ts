import type { CartActionStrings } from './translation.js';

export const koCartAction: CartActionStrings = {
  addToCart: '장바구니 담기',
  option: '옵션',
  chooseOption: '옵션을 선택하세요',
  optionLabel: (label, price, soldOut) => `${label} · ${price}${soldOut ? ' (품절)' : ''}`,
  confirm: '담기',
  cancel: '취소',
  added: '장바구니에 담았습니다.',
  cartFull: (max) => `장바구니에는 상품을 ${max}개까지 담을 수 있습니다.`,
  addFailed: '장바구니에 담지 못했습니다.',
  quantity: '수량',
  decrease: '수량 줄이기',
  increase: '수량 늘리기',
  cart: '장바구니',
  cartCount: (count) => `장바구니 ${count}개`,
};
