import type { CartStrings } from './translation.js';

export const koCart: CartStrings = {
  title: '장바구니',
  close: '닫기',
  empty: '장바구니가 비어 있습니다.',
  loading: '가격을 확인하는 중입니다.',
  quoteFailed: '가격을 확인하지 못했습니다.',
  remove: '삭제',
  removeLine: (title) => `${title} 삭제`,
  quantityOf: (title) => `${title} 수량`,
  decreaseOf: (title) => `${title} 수량 줄이기`,
  increaseOf: (title) => `${title} 수량 늘리기`,
  option: (label) => `옵션: ${label}`,
  each: (price) => `개당 ${price}`,
  listPrice: '정가 ',
  times: (price, quantity) => `${price} × ${quantity}개`,
  shipping: '배송비',
  free: '무료',
  remoteAreaFee: '제주·도서산간 추가 배송비',
  toFreeShipping: (amount) => `${amount} 더 담으면 무료배송`,
  freeShipping: '무료배송',
  freeShippingProgress: (partner) => `${partner} 무료배송까지`,
  freeOver: (amount) => `${amount} 이상 무료배송`,
  subtotal: '상품 금액',
  shippingTotal: '배송비',
  total: '결제 예정 금액',
  problem: (p, won) => {
    switch (p.code) {
      case 'product_gone':
        return '판매가 끝난 상품입니다.';
      case 'option_required':
        return '옵션을 선택해야 하는 상품입니다.';
      case 'option_gone':
        return '선택한 옵션을 더 이상 판매하지 않습니다.';
      case 'sold_out':
        return '품절되었습니다.';
      case 'quantity_above_stock':
        return `재고가 ${p.available ?? 0}개만 남았습니다.`;
      case 'price_changed':
        return `가격이 바뀌었습니다: ${won(p.previousUnitPrice ?? 0)} → ${won(p.currentUnitPrice ?? 0)}`;
      case 'booking_expired':
        return '잡아 둔 예약 시간이 지났습니다. 삭제하고 다시 예약해 주세요.';
      case 'booking_unavailable':
        return '이 예약은 결제할 수 없습니다. 삭제해 주세요.';
    }
  },
  unavailable: '주문할 수 없는 상품',
  unknownProduct: '판매가 끝난 상품',
  lowerTo: (quantity) => `${quantity}개로 줄이기`,
  checkout: '주문하기',
  blocked: '주문할 수 없는 상품을 삭제하거나 수량을 줄이면 주문할 수 있습니다.',
  back: '장바구니로 돌아가기',
  checkoutTitle: '주문/결제',
  updated: (total) => `결제 예정 금액은 ${total}입니다.`,
  removed: (title) => `${title}을(를) 장바구니에서 삭제했습니다.`,
  pending: '가격 확인 중',
  bookings: '서비스 예약',
  persons: (count) => `${count}명`,
  holdUntil: (time) => `${time}까지 결제하면 예약이 확정됩니다`,
  bookingExpired: '잡아 둔 예약 시간이 지났습니다. 삭제하고 다시 예약해 주세요.',
  bookingUnavailable: '이 예약은 결제할 수 없습니다. 삭제해 주세요.',
  removeBooking: (title) => `${title} 예약 삭제`,
};
