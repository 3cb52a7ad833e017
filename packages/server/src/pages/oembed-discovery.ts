import { html, type SafeHtml } from './html.js';

export interface ItemPageOptions {
  /** `{base}/oembed?url=…&format=json` for this page: announced to oEmbed consumers in `<head>`. */
  oembedUrl?: string | undefined;
}

/** oEmbed discovery (oEmbed 1.0 §4): `<link rel="alternate" type="application/json+oembed">`, or nothing. */
export function oembedDiscovery(oembedUrl: string | undefined, title: string): SafeHtml {
  return oembedUrl ? html`<link rel="alternate" type="application/json+oembed" href="${oembedUrl}" title="${title}">` : html``;
}
