import { formatKrw, KOREAN_REGION_SHORT_NAMES, KOREAN_REGIONS, type Service, type ServiceArea } from '@thecen/schema/browser';
import type { Locale, ServiceStrings } from '../../i18n/translation.js';

/** `50,000원`, `30,000원부터`, `상담 후 견적`. */
export function pricingText(pricing: Service['pricing'], t: ServiceStrings, locale: Locale): string {
  return pricing.mode === 'quote'
    ? t.priceQuote
    : pricing.mode === 'starting_from'
      ? t.priceFrom(formatKrw(pricing.price, locale))
      : formatKrw(pricing.price, locale);
}

/** `서울 마포구`, or `서울 마포구 외 2곳` when the service covers several areas. */
export function areasText(areas: ServiceArea[], t: ServiceStrings): string {
  const [first] = areas;
  if (!first) return '';
  const text = areaText(first, t);
  return areas.length > 1 ? t.moreAreas(text, areas.length - 1) : text;
}

/** Duration, delivery modes and area in one line: `60분 · 방문 서비스 · 서울 마포구`. */
export function detailsText(service: Service, t: ServiceStrings): string {
  return [
    service.durationMinutes && t.duration(service.durationMinutes),
    service.deliveryModes.map((mode) => t.deliveryModes[mode]).join(', '),
    areasText(service.areas, t),
  ]
    .filter(Boolean)
    .join(t.separator);
}

/** One area in words: `서울 마포구`, `Mapo-gu, Seoul`. */
export function areaText(area: ServiceArea, t: ServiceStrings): string {
  const region = area.region as keyof typeof KOREAN_REGIONS;
  return t.area(KOREAN_REGION_SHORT_NAMES[region], KOREAN_REGIONS[region].en, area.district);
}
