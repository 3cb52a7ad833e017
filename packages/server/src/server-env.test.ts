import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readServerEnv } from './server-env.js';

test('defaults: port 8787 on 127.0.0.1, PGlite in .data/pglite, demo seeded', () => {
  assert.deepEqual(readServerEnv({}, '/srv/app'), {
    port: 8787,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir: '/srv/app/.data/pglite',
    seedDemo: true,
    publicUrl: undefined,
    staticMounts: [],
  });
});

test('every variable is read', () => {
  const options = readServerEnv(
    {
      PORT: '0',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u@db:5432/cen',
      CEN_DATA_DIR: 'ignored-with-postgres',
      CEN_SEED_DEMO: 'false',
      CEN_PUBLIC_URL: 'https://api.thecen.example',
      CEN_STATIC_MOUNTS: '/cdn=packages/widgets/dist/cdn,/docs=/abs/site',
    },
    '/srv/app',
  );
  assert.equal(options.port, 0);
  assert.equal(options.host, '0.0.0.0');
  assert.equal(options.databaseUrl, 'postgres://u@db:5432/cen');
  assert.equal(options.dataDir, undefined);
  assert.equal(options.seedDemo, false);
  assert.equal(options.publicUrl, 'https://api.thecen.example');
  assert.deepEqual(options.staticMounts, [
    { prefix: '/cdn', dir: '/srv/app/packages/widgets/dist/cdn' },
    { prefix: '/docs', dir: '/abs/site' },
  ]);
  assert.equal(readServerEnv({ CEN_DATA_DIR: 'db' }, '/srv').dataDir, '/srv/db');
  for (const off of ['0', 'no', 'OFF', 'false']) assert.equal(readServerEnv({ CEN_SEED_DEMO: off }, '/').seedDemo, false, off);
  assert.equal(readServerEnv({ CEN_SEED_DEMO: '1' }, '/').seedDemo, true);
});

test('bad values are refused with a message', () => {
  assert.throws(() => readServerEnv({ PORT: 'eighty' }, '/'), /PORT/);
  assert.throws(() => readServerEnv({ PORT: '70000' }, '/'), /PORT/);
  assert.throws(() => readServerEnv({ CEN_PUBLIC_URL: 'api.example' }, '/'), /CEN_PUBLIC_URL/);
  assert.throws(() => readServerEnv({ CEN_STATIC_MOUNTS: 'nofolder' }, '/'), /CEN_STATIC_MOUNTS/);
});
