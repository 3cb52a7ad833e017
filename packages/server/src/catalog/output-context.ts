import type { Image } from '@thecen/schema';
import { absoluteUrl } from './absolute-url.js';

/** What turning rows into API entities needs to know about the request. */
export interface OutputContext {
  /** Origin (and optional path prefix) that server-relative URLs are resolved against. */
  baseUrl: string;
}

/** Images with absolute URLs; an image whose URL is not http(s) is left out. */
export function absoluteImages(images: readonly Image[], ctx: OutputContext): Image[] {
  const out: Image[] = [];
  for (const image of images) {
    const url = absoluteUrl(image.url, ctx.baseUrl);
    if (url) out.push({ ...image, url });
  }
  return out;
}

export function absoluteImage(image: Image | null, ctx: OutputContext): Image | null {
  return image ? (absoluteImages([image], ctx)[0] ?? null) : null;
}

/** The canonical page of an item on this server: `/products/<id>`, `/services/<id>` or `/partners/<id>`. */
export function itemPageUrl(kind: 'products' | 'services' | 'partners', id: string, ctx: OutputContext): string {
  return absoluteUrl(`/${kind}/${encodeURIComponent(id)}`, ctx.baseUrl)!;
}
