import { resolve } from 'node:path';
import { DEFAULT_HOST, DEFAULT_PORT, type StartServerOptions } from './start-server.js';
import type { StaticMount } from './http/static-files.js';

const OFF_VALUES = new Set(['0', 'false', 'no', 'off']);

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (0-65535), got "${value}"`);
  return port;
}

/** `CEN_STATIC_MOUNTS=/cdn=packages/widgets/dist/cdn,/docs=site`: URL prefix = folder, comma-separated. */
function parseStaticMounts(value: string | undefined, cwd: string): StaticMount[] {
  if (!value) return [];
  return value.split(',').filter(Boolean).map((entry) => {
    const at = entry.indexOf('=');
    if (at <= 0) throw new Error(`CEN_STATIC_MOUNTS entries are "/prefix=folder", got "${entry}"`);
    return { prefix: entry.slice(0, at).trim(), dir: resolve(cwd, entry.slice(at + 1).trim()) };
  });
}

/**
 * The server's settings from the environment: `PORT` (8787), `HOST` (127.0.0.1), `DATABASE_URL`
 * (PostgreSQL; PGlite without it), `CEN_DATA_DIR` (PGlite folder, `.data/pglite`), `CEN_SEED_DEMO`
 * (on unless 0/false/no/off), `CEN_PUBLIC_URL`, `CEN_STATIC_MOUNTS`.
 */
export function readServerEnv(env: Record<string, string | undefined>, cwd: string): StartServerOptions {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  const publicUrl = env.CEN_PUBLIC_URL?.trim() || undefined;
  if (publicUrl !== undefined && !/^https?:\/\/[^/]/.test(publicUrl)) {
    throw new Error(`CEN_PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);
  }
  return {
    port: parsePort(env.PORT),
    host: env.HOST?.trim() || DEFAULT_HOST,
    databaseUrl,
    dataDir: databaseUrl ? undefined : resolve(cwd, env.CEN_DATA_DIR?.trim() || '.data/pglite'),
    seedDemo: !OFF_VALUES.has((env.CEN_SEED_DEMO ?? '').trim().toLowerCase()),
    publicUrl,
    staticMounts: parseStaticMounts(env.CEN_STATIC_MOUNTS, cwd),
  };
}
