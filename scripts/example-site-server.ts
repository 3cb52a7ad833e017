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
export function startExampleSite(options: { dir: string; port: number; host?: string; apiOrigin: string }): Promise<{ server: Server; url: string }> {
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
      res.writeHead(200, headers).end(html.replaceAll(EXAMPLE_API_ORIGIN, options.apiOrigin));
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
