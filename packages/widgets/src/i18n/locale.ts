import { pageConfig } from '../config/page-config.js';
import { closestAcrossShadow } from '../internal/closest-across-shadow.js';
import { enCommon, enGrid, enProduct, enService } from './en.js';
import { koCommon, koGrid, koProduct, koService } from './ko.js';
import type { CommonStrings, GridStrings, Locale, Localized, ProductStrings, ServiceStrings } from './translation.js';

export const commonStrings: Localized<CommonStrings> = { ko: koCommon, en: enCommon };
export const productStrings: Localized<ProductStrings> = { ko: koProduct, en: enProduct };
export const serviceStrings: Localized<ServiceStrings> = { ko: koService, en: enService };
export const gridStrings: Localized<GridStrings> = { ko: koGrid, en: enGrid };

/** `en`, `en-US` → English; any other language tag → Korean, the default. */
export function toLocale(lang: string): Locale {
  return /^en\b/i.test(lang) ? 'en' : 'ko';
}

/**
 * The locale of a widget: the `lang` of the element or its closest ancestor (across shadow roots,
 * `<cen-store lang>` included), else the page configuration (`data-cen-lang`, `configure({ lang })`),
 * else `<html lang>`, else Korean.
 */
export function resolveLocale(el: Element): Locale {
  const root = document.documentElement;
  const owner = closestAcrossShadow(el, '[lang]');
  return toLocale((owner !== root && owner?.getAttribute('lang')) || pageConfig().lang || root.lang || 'ko');
}
