import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { BADGE_FONT_FAMILY } from './badge-image.js';
import { fontFamilyName } from './font-family-name.js';

/** Debian's `fonts-nanum`: the Korean font the PNG badges use when no other is configured. */
export const NANUM_FONT_DIR = '/usr/share/fonts/truetype/nanum';
const NANUM_FILES = ['NanumGothic.ttf', 'NanumGothicBold.ttf'];

/** PNG badges are drawn at twice their size (sharp on high-density screens); snippets keep the 1x `width`/`height`. */
export const BADGE_PNG_SCALE = 2;
/** Rendered PNGs kept in memory (a few kB each). */
export const BADGE_PNG_CACHE_ENTRIES = 200;

export interface BadgeFonts {
  /** Font files given to the renderer (the configured one first). */
  files: string[];
  /** Family the badges name first when rasterised; null when no Korean font was found. */
  family: string | null;
  /** Why no Korean font is available, for the startup warning. */
  problem: string | null;
}

/**
 * The Korean fonts of PNG badges: `CEN_BADGE_FONT_FILE` (a TTF/OTF/TTC file) when set and
 * readable, then Nanum Gothic regular and bold from `fontDir` (Debian's `fonts-nanum`).
 */
export function findBadgeFonts(env: Record<string, string | undefined> = {}, fontDir = NANUM_FONT_DIR): BadgeFonts {
  const files: string[] = [];
  let family: string | null = null;
  const problems: string[] = [];
  const configured = env.CEN_BADGE_FONT_FILE?.trim();
  if (configured) {
    try {
      family = fontFamilyName(readFileSync(configured));
      if (family) files.push(configured);
      else problems.push(`CEN_BADGE_FONT_FILE (${configured}) has no font family name`);
    } catch {
      problems.push(`CEN_BADGE_FONT_FILE (${configured}) cannot be read`);
    }
  }
  const nanum = NANUM_FILES.map((name) => `${fontDir}/${name}`).filter((file) => existsSync(file));
  if (nanum.length > 0) {
    files.push(...nanum);
    family ??= 'NanumGothic';
  }
  if (!family) problems.push(`no Korean font in ${fontDir} (install Debian's fonts-nanum or set CEN_BADGE_FONT_FILE)`);
  return { files, family, problem: family ? null : problems.join('; ') };
}

/** A small least-recently-used map: reading an entry makes it the newest. */
class LruCache<V> {
  readonly #entries = new Map<string, V>();
  constructor(readonly capacity: number) {}
  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }
  delete(key: string): void {
    this.#entries.delete(key);
  }
  /** The entry without making it the newest. */
  peek(key: string): V | undefined {
    return this.#entries.get(key);
  }
  get size(): number {
    return this.#entries.size;
  }
}

export interface BadgePngRenderer {
  /** The `font-family` badges should name when they are rasterised (the found Korean font first). */
  readonly fontFamily: string;
  readonly fonts: BadgeFonts;
  /** The SVG as a PNG at `BADGE_PNG_SCALE`, from the cache when the same SVG was drawn before. */
  render(svg: string): Promise<Buffer>;
  /** How many PNGs the cache holds (tests). */
  readonly cached: number;
}

/**
 * Rasterises badge SVGs with resvg (off the main thread) and keeps the results in an LRU cache
 * keyed by the SVG's hash — the SVG holds every URL parameter and every piece of MC and item
 * data drawn, so a change of either is a new key. Without a Korean font the PNG is still served
 * (with whatever fonts the system has), and `fonts.problem` says why.
 */
export function createBadgePngRenderer(fonts: BadgeFonts, options: { cacheEntries?: number } = {}): BadgePngRenderer {
  const cache = new LruCache<Promise<Buffer>>(options.cacheEntries ?? BADGE_PNG_CACHE_ENTRIES);
  const family = fonts.family;
  const renderOptions: ResvgRenderOptions = {
    font: {
      // Scanning the system's fonts on every render is slow; only without a Korean font is it worth it.
      loadSystemFonts: family === null,
      fontFiles: fonts.files,
      ...(family ? { defaultFontFamily: family, sansSerifFamily: family } : {}),
    },
    fitTo: { mode: 'zoom', value: BADGE_PNG_SCALE },
    logLevel: 'error',
  };
  return {
    fontFamily: family ? `'${family.replace(/'/g, '')}', ${BADGE_FONT_FAMILY}` : BADGE_FONT_FAMILY,
    fonts,
    render(svg) {
      const key = createHash('sha256').update(svg).digest('base64url');
      let png = cache.get(key);
      if (!png) {
        png = renderAsync(svg, renderOptions).then((image) => image.asPng());
        cache.set(key, png);
        // A failed render is not kept (the caller still gets the error).
        const pending = png;
        pending.catch(() => {
          if (cache.peek(key) === pending) cache.delete(key);
        });
      }
      return png;
    },
    get cached() {
      return cache.size;
    },
  };
}
