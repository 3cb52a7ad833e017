import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The origin the example pages are written against; replaced when the API runs elsewhere. */
export const EXAMPLE_API_ORIGIN = 'http://localhost:8787';
/** The co-op site's origin as other examples (the MC's blog) link to it; replaced likewise. */
export const EXAMPLE_SITE_ORIGIN = 'http://localhost:8788';

/** The example's HTML with the written-against origins replaced by the running ones (also where URL-encoded in a query). */
export function withOrigins(html: string, origins: { api: string; site?: string | undefined }): string {
  const pairs: [string, string][] = [[EXAMPLE_API_ORIGIN, origins.api]];
  if (origins.site) pairs.push([EXAMPLE_SITE_ORIGIN, origins.site.replace(/\/$/, '')]);
  let out = html;
  for (const [from, to] of pairs) out = out.replaceAll(encodeURIComponent(from), encodeURIComponent(to)).replaceAll(from, to);
  return out;
}

/**
 * A strict Content-Security-Policy like a careful co-op site would send: the widgets must work
 * under it (no inline scripts or styles, only the API origin for scripts, data and images).
 */
export function strictCsp(apiOrigin: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${apiOrigin}`,
    `connect-src 'self' ${apiOrigin}`,
    `img-src 'self' ${apiOrigin}`,
    "style-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Serves an example folder as a static site on its own origin, with the strict CSP. */
export function startExampleSite(options: {
  dir: string;
  port: number;
  host?: string;
  apiOrigin: string;
  /** Where the co-op site runs, for examples that link to it. */
  siteOrigin?: string;
}): Promise<{ server: Server; url: string }> {
  const root = resolve(options.dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = {
      'content-type': type,
      'content-security-policy': strictCsp(options.apiOrigin),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cache-control': 'no-cache',
    };
    if (type.startsWith('text/html')) {
      const html = await readFile(file, 'utf8');
      res.writeHead(200, headers).end(withOrigins(html, { api: options.apiOrigin, site: options.siteOrigin }));
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolveStart({ server, url: `http://localhost:${port}/` });
    });
  });
}

/**
 * The three example sites, each on its own origin: the co-op site (`examples/coop-site`), the MC's
 * blog post (`examples/mc-blog`, linking to the co-op site) and the MC studio (`examples/mc-studio`).
 * `port` 0 picks free ports; otherwise the co-op site takes `port` and the others the next two.
 */
export async function startExampleSites(options: { examplesDir: string; port: number; host?: string; apiOrigin: string }) {
  const at = (offset: number) => (options.port === 0 ? 0 : options.port + offset);
  const common = { host: options.host ?? '127.0.0.1', apiOrigin: options.apiOrigin };
  const site = await startExampleSite({ ...common, dir: join(options.examplesDir, 'coop-site'), port: at(0) });
  const siteOrigin = site.url.replace(/\/$/, '');
  const blog = await startExampleSite({ ...common, dir: join(options.examplesDir, 'mc-blog'), port: at(1), siteOrigin });
  const studio = await startExampleSite({ ...common, dir: join(options.examplesDir, 'mc-studio'), port: at(2), siteOrigin });
  return {
    siteUrl: site.url,
    blogUrl: blog.url,
    studioUrl: studio.url,
    /** Stops all three, dropping open connections. */
    async close(): Promise<void> {
      for (const { server } of [site, blog, studio]) {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      }
    },
  };
}
