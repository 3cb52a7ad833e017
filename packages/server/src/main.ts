#!/usr/bin/env node
import { DEMO_CHANNEL } from '@thecen/mocks/fixtures';
import { readServerEnv } from './server-env.js';
import { startServer } from './start-server.js';

async function main(): Promise<void> {
  const options = readServerEnv(process.env, process.cwd());
  const server = await startServer(options);
  const base = options.publicUrl ?? server.url;
  const storage = options.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${options.dataDir}`;
  console.log(`The CEN API server on ${server.url} — storage: ${storage}`);
  console.log(`  API base URL:      ${base}/v1`);
  console.log(`  OpenAPI:           ${base}/v1/openapi.json`);
  if (options.seedDemo) console.log(`  Demo publishable key: ${DEMO_CHANNEL.publishableKey}`);
  // The secret key is for server-to-server calls: printed on this console only, never in a page.
  if (server.demoSecretKey) console.log(`  Demo secret key:      ${server.demoSecretKey}   (server-side only; set CEN_DEMO_SECRET_KEY to keep it)`);
  for (const mount of options.staticMounts ?? []) console.log(`  Static ${mount.prefix} → ${mount.dir}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`thecen-server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
