import { enSnippetBuilder } from './snippet-builder-en.js';
import { koSnippetBuilder } from './snippet-builder-ko.js';
import type { Localized } from './translation.js';

/** What the MC recommends: a product or a service. */
export type SnippetItemKind = 'product' | 'service';

/** Strings of `<cen-snippet-builder>` (loaded with it). The disclosure itself is the schema's, never reworded here. */
export interface SnippetBuilderStrings {
  /** Heading of the whole builder. */
  title: string;
  /** One line under the title: what the builder makes. */
  intro: string;
  /** Step 1 heading: choose what to recommend. */
  stepItem: string;
  /** Legend of the product/service choice. */
  kind: string;
  kinds: Record<SnippetItemKind, string>;
  /** Label of the search box. */
  search: string;
  /** The search button. */
  searchButton: string;
  /** Legend of the result list. */
  results: (kind: SnippetItemKind) => string;
  /** While the list loads. */
  loadingList: string;
  /** Announced after a search: `상품 12개를 찾았습니다.` */
  found: (count: number, kind: SnippetItemKind) => string;
  /** Under a list that has more than it shows. */
  narrowDown: string;
  /** Nothing matched. */
  noneFound: string;
  /** The list could not be loaded. */
  listFailed: string;
  /** Step 2 heading: look and size. */
  stepLook: string;
  look: string;
  looks: Record<'compact' | 'button' | 'card', string>;
  size: string;
  sizes: Record<'s' | 'm' | 'l', string>;
  /** Legend of the no-JS image format choice. */
  format: string;
  formats: Record<'png' | 'svg', string>;
  /** Step 3 heading: preview. */
  stepPreview: string;
  previewScript: string;
  previewNoScript: string;
  /** Step 4 heading: copy. */
  stepCopy: string;
  /** Label of the script snippet. */
  scriptSnippet: string;
  /** Where the script snippet goes. */
  scriptHint: string;
  /** Label of the no-JS snippet. */
  noScriptSnippet: string;
  /** Where the no-JS snippet goes. */
  noScriptHint: string;
  /** The copy button of a snippet: `스크립트 코드 복사`. */
  copy: (snippet: string) => string;
  /** Announced after copying. */
  copied: string;
  /** Announced when neither the clipboard nor the fallback worked. */
  copyFailed: string;
  /** Shown in the code boxes before an item is chosen. */
  chooseFirst: string;
  /** Alt text of the badge image and text of the no-JS link: `햇살맘의 살림 일기 추천: 우리밀 통밀가루`. */
  recommendation: (name: string, title: string) => string;
  /** Under the snippets: the disclosure they carry must stay. */
  disclosureNote: (disclosure: string) => string;
  /** While the MC loads. */
  loadingCreator: string;
  /** The MC code is unknown. */
  unknownCreator: string;
  /** The MC is suspended: its referrals are not counted. */
  suspendedCreator: string;
  /** No `mc` attribute, or not a referral code. */
  missingMc: string;
  /** No `cdn` attribute and no CDN script on the page. */
  missingCdn: string;
  /** The page's key is not a publishable key. */
  badKey: string;
  /** The API address is missing or not an http(s) URL. */
  badApi: string;
}

export const snippetBuilderStrings: Localized<SnippetBuilderStrings> = { ko: koSnippetBuilder, en: enSnippetBuilder };
