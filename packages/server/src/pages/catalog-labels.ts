import type { DeliveryMode, ServicePricing, StockState } from '@thecen/schema';
import { formatKrw } from '@thecen/schema';

export const STOCK_STATE_LABELS: Record<StockState, string> = {
  in_stock: '구매 가능',
  low_stock: '품절 임박',
  sold_out: '품절',
};

export const DELIVERY_MODE_LABELS: Record<DeliveryMode, string> = {
  visit: '방문 서비스',
  at_partner: '매장·기관 방문',
  online: '온라인',
};

export function pricingLabel(pricing: ServicePricing): string {
  switch (pricing.mode) {
    case 'fixed':
      return formatKrw(pricing.price);
    case 'starting_from':
      return `${formatKrw(pricing.price)}부터`;
    case 'quote':
      return '상담 후 견적';
  }
}

export function durationLabel(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}분`;
  return rest === 0 ? `${hours}시간` : `${hours}시간 ${rest}분`;
}
