import type { FieldError } from '../api/problem.js';
import type { Service, ServiceArea } from '../entities/service.js';
import { KOREAN_REGIONS } from '../primitives/korean-regions.js';

/** A service that visits the buyer needs to know where (an area it covers, and an address). */
export function visitsBuyer(service: Pick<Service, 'deliveryModes'>): boolean {
  return service.deliveryModes.includes('visit');
}

/** True when one of the service's areas covers the buyer's: nationwide, the whole region, or the district. */
export function areaCovered(areas: readonly ServiceArea[], area: ServiceArea): boolean {
  return areas.some(
    (a) => a.region === 'nationwide' || (a.region === area.region && (a.district === undefined || a.district === area.district)),
  );
}

/** `서울특별시 마포구`, `전국`. */
export function serviceAreaLabel(area: ServiceArea): string {
  const region = KOREAN_REGIONS[area.region as keyof typeof KOREAN_REGIONS]?.ko ?? area.region;
  return area.district ? `${region} ${area.district}` : region;
}

/**
 * Where a visit service goes: the buyer's area must be one it covers, told before booking at
 * `body.area` (`area_required`, `outside_service_area`). Services that do not visit ignore the
 * area. Zod-free: the server, the mocks and the widgets share it.
 */
export function serviceAreaErrors(service: Pick<Service, 'deliveryModes' | 'areas'>, area: ServiceArea | undefined): FieldError[] {
  if (!visitsBuyer(service)) return [];
  if (!area) {
    return [{ path: 'body.area', message: 'is required: this service visits the buyer, so say where', code: 'area_required' }];
  }
  if (areaCovered(service.areas, area)) return [];
  return [
    {
      path: 'body.area',
      message: `is outside the service's areas: ${serviceAreaLabel(area)} is not served (it serves ${service.areas.map(serviceAreaLabel).join(', ')})`,
      code: 'outside_service_area',
    },
  ];
}

/** Won to pay for an instant booking: fixed or "from" price × party size; null for services quoted after consultation. */
export function instantBookingAmount(service: Pick<Service, 'pricing'>, partySize: number): number | null {
  return service.pricing.mode === 'quote' ? null : service.pricing.price * partySize;
}
