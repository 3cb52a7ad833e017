import { html, type SafeHtml } from './html.js';
import type { MallWidgets } from './mall-widgets.js';

export interface ItemPageOptions {
  /** `{base}/oembed?url=…&format=json` for this page: announced to oEmbed consumers in `<head>`. */
  oembedUrl?: string | undefined;
  /** The mall's widgets (buy or book on the page) and the API they talk to; none: a script-free page. */
  mall?: { widgets: MallWidgets; apiUrl: string } | undefined;
}

/** oEmbed discovery (oEmbed 1.0 §4): `<link rel="alternate" type="application/json+oembed">`, or nothing. */
export function oembedDiscovery(oembedUrl: string | undefined, title: string): SafeHtml {
  return oembedUrl ? html`<link rel="alternate" type="application/json+oembed" href="${oembedUrl}" title="${title}">` : html``;
}
