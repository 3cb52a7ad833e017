import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { etagOf, ifNoneMatchMatches } from './etag.js';

/** A folder served under a URL prefix, e.g. the widgets' CDN bundle at `/cdn/`. */
export interface StaticMount {
  prefix: string;
  dir: string;
}

export const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.d.ts': 'text/plain; charset=utf-8',
};

/** Scripts, styles, fonts and data may be loaded cross-origin by any embedding page. */
const CROSS_ORIGIN_EXTENSIONS = new Set(['.js', '.mjs', '.map', '.json', '.css', '.woff2']);

function normalizedPrefix(prefix: string): string {
  const trimmed = `/${prefix.replace(/^\/+|\/+$/g, '')}`;
  return trimmed === '/' ? '' : trimmed;
}

/**
 * Serves the files of `dir` under `prefix` (GET and HEAD): content types by extension, an ETag
 * from size and modification time, and `Access-Control-Allow-Origin: *` for scripts. Paths that
 * leave the folder, hidden files and folders are not found.
 */
export function serveStaticMount(mount: StaticMount): MiddlewareHandler<AppEnv> {
  const prefix = normalizedPrefix(mount.prefix);
  const root = resolve(mount.dir);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const path = c.req.path;
    if (!path.startsWith(`${prefix}/`)) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(path.slice(prefix.length + 1));
    } catch {
      return next();
    }
    if (relative === '' || relative.includes('\0') || relative.split('/').some((part) => part.startsWith('.'))) return next();
    const file = resolve(root, relative);
    if (!file.startsWith(root + sep)) return next();
    const info = await stat(file).catch(() => null);
    if (!info || !info.isFile()) return next();

    const extension = file.endsWith('.d.ts') ? '.d.ts' : extname(file).toLowerCase();
    const etag = etagOf(`${info.size}-${info.mtimeMs}`);
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'Content-Length': String(info.size),
      ETag: etag,
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
    };
    if (CROSS_ORIGIN_EXTENSIONS.has(extension)) {
      headers['Access-Control-Allow-Origin'] = '*';
      headers['Cross-Origin-Resource-Policy'] = 'cross-origin';
    }
    if (ifNoneMatchMatches(c.req.header('If-None-Match'), etag)) {
      delete headers['Content-Length'];
      return c.body(null, 304, headers);
    }
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    const stream = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    return c.body(stream, 200, headers);
  };
}
