import type { BookingMode, DeliveryMode, OrganisationType, ServiceGroup } from '@thecen/schema/browser';

/** Locales the widgets ship; Korean is the default. */
export type Locale = 'ko' | 'en';

/**
 * The text of the widgets, split by the element that needs it so that a page loading one card
 * does not download the strings of the others. Functions take already formatted values (money
 * is formatted with `formatKrw`). One object per area and locale in `ko.ts` and `en.ts`.
 */
export interface CommonStrings {
  organisationTypes: Record<OrganisationType, string>;
  loadFailed: string;
  /** The widget found no API or publishable key (no `<cen-store>`, no `data-cen-key` script). */
  notConfigured: string;
  retry: string;
}

export interface ProductStrings {
  /** Stock states are shown as text, never by colour alone. */
  soldOut: string;
  lowStock: string;
  /** Read out (not shown) before a struck-through price: `정가 ` + `15,000원`. */
  listPrice: string;
  discount(percent: number): string;
  loadingProduct: string;
  productNotFound: string;
}

export interface ServiceStrings {
  serviceGroups: Record<ServiceGroup, string>;
  deliveryModes: Record<DeliveryMode, string>;
  bookingModes: Record<BookingMode, string>;
  /** Pricing `starting_from`: `30,000원부터`. */
  priceFrom(price: string): string;
  /** Pricing `quote`. */
  priceQuote: string;
  duration(minutes: number): string;
  /** One service area from the region's short Korean name, English name and optional district. */
  area(regionKo: string, regionEn: string, district: string | undefined): string;
  /** The first area and how many more: `서울 마포구 외 2곳`. */
  moreAreas(first: string, more: number): string;
  /** Between the facts of the details line. */
  separator: string;
  loadingService: string;
  serviceNotFound: string;
}

export interface GridStrings {
  more: string;
  loading: string;
  empty: string;
  listFailed: string;
  /** Live-region text after a page loaded: how many, and in all when appended. */
  loaded(count: number, total: number, appended: boolean): string;
}

/** Every string of one locale. */
export type Translation = CommonStrings & ProductStrings & ServiceStrings & GridStrings;

/** One area's strings in every locale. */
export type Localized<T> = Record<Locale, T>;
