import { areaCovered, visitsBuyer, type Service, type ServiceArea } from '@thecen/schema/browser';

/** The district choice meaning "a district the service does not list". */
export const OTHER_DISTRICT = '*';

/** Whether the buyer must say where a visit goes before booking (the server requires the area). */
export function needsAreaCheck(service: Service): boolean {
  return visitsBuyer(service);
}

/** Districts the service visits in a region: null when it covers the whole region (or the country), [] when none. */
export function districtsIn(service: Service, region: string): string[] | null {
  if (areaCovered(service.areas, { region } as ServiceArea)) return null;
  return service.areas.filter((a) => a.region === region && a.district).map((a) => a.district!);
}

/** `covered`, `outside` the service's areas, or `unknown` until the buyer chose enough. */
export function checkArea(service: Service, region: string, district: string): 'covered' | 'outside' | 'unknown' {
  if (!region) return 'unknown';
  const districts = districtsIn(service, region);
  if (districts === null) return 'covered';
  if (!districts.length) return 'outside';
  if (!district) return 'unknown';
  return areaCovered(service.areas, { region, district } as ServiceArea) ? 'covered' : 'outside';
}
