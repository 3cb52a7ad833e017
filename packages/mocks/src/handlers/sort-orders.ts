import type { ListSort, Partner, Product, Service } from '@thecen/schema';
import type { SortKey } from './cursor.js';

/** A total order over list items: a sort key, how keys compare, and the id as tie-breaker. */
export interface SortOrder<T extends { id: string }> {
  name: string;
  key(item: T): SortKey;
  compareKeys(a: SortKey, b: SortKey): number;
}

const collator = new Intl.Collator('ko');

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Numbers ascending or descending; null (no price, e.g. "상담 후 견적") always last. */
function numbers(direction: 1 | -1) {
  return (a: SortKey, b: SortKey): number => {
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    return (Number(a) - Number(b)) * direction;
  };
}

function texts(a: SortKey, b: SortKey): number {
  return collator.compare(String(a ?? ''), String(b ?? ''));
}

export function compareItems<T extends { id: string }>(order: SortOrder<T>, a: T, b: T): number {
  return order.compareKeys(order.key(a), order.key(b)) || compareIds(a.id, b.id);
}

/** Negative, zero or positive as `item` sorts before, at or after the position `(key, id)`. */
export function compareToPosition<T extends { id: string }>(order: SortOrder<T>, item: T, key: SortKey, id: string): number {
  return order.compareKeys(order.key(item), key) || compareIds(item.id, id);
}

export function sortItems<T extends { id: string }>(items: readonly T[], order: SortOrder<T>): T[] {
  return [...items].sort((a, b) => compareItems(order, a, b));
}

/** The price a service is sorted and filtered by; null for a quote after consultation. */
export function servicePrice(service: Service): number | null {
  return service.pricing.mode === 'quote' ? null : service.pricing.price;
}

type Priced = Product | Service;

function priceOf(item: Priced): number | null {
  return item.object === 'product' ? item.price : servicePrice(item);
}

/** Sort orders of product and service lists; `newest` is the default. */
export function catalogSortOrder<T extends Priced>(sort: ListSort = 'newest'): SortOrder<T> {
  switch (sort) {
    case 'price_asc':
      return { name: sort, key: priceOf, compareKeys: numbers(1) };
    case 'price_desc':
      return { name: sort, key: priceOf, compareKeys: numbers(-1) };
    case 'title':
      return { name: sort, key: (item) => item.title, compareKeys: texts };
    case 'newest':
      return { name: sort, key: (item) => Date.parse(item.createdAt), compareKeys: numbers(-1) };
  }
}

/** Partners are listed by name in Korean collation order. */
export const partnerSortOrder: SortOrder<Partner> = { name: 'name', key: (p) => p.name, compareKeys: texts };
