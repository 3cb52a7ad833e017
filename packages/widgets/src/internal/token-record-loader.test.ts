import { LitElement } from 'lit';
import { afterEach, assert, cleanup, describe, equal, it, until } from '../../test/harness.js';
import { TokenRecordLoader } from './token-record-loader.js';

interface Pending {
  token: string;
  signal: AbortSignal;
  resolve(record: string): void;
}

/** A host whose loads wait until the test answers them. */
class LoaderHost extends LitElement {
  token = '';
  record: string | undefined;
  failure: unknown;
  busyChanges: boolean[] = [];
  pending: Pending[] = [];
  loader = new TokenRecordLoader<string>(this, {
    param: 'cen_test_token',
    own: () => this.token,
    fetch: (token, signal) => new Promise<string>((resolve) => this.pending.push({ token, signal, resolve })),
    loaded: (record) => (this.record = record),
    failed: (error) => (this.failure = error),
    settled: () => this.record !== undefined,
    busy: (busy) => this.busyChanges.push(busy),
  });
}
customElements.define('cen-test-loader-host', LoaderHost);

function mountHost(token: string): LoaderHost {
  const host = document.createElement('cen-test-loader-host') as LoaderHost;
  host.token = token;
  document.body.append(host);
  return host;
}

describe('TokenRecordLoader', () => {
  afterEach(cleanup);
  afterEach(() => document.querySelectorAll('cen-test-loader-host').forEach((el) => el.remove()));

  it('keeps only the latest load: an earlier answer that arrives late is dropped', async () => {
    const host = mountHost('tok_a');
    host.loader.load();
    host.token = 'tok_b';
    host.loader.load();
    equal(host.pending.map((p) => p.token).join(), 'tok_a,tok_b');
    assert(host.pending[0]!.signal.aborted, 'the first request is aborted');
    host.pending[1]!.resolve('record b');
    await until(() => host.record);
    host.pending[0]!.resolve('record a');
    await Promise.resolve();
    equal(host.record, 'record b', 'the late answer of the first load changes nothing');
    equal(host.busyChanges.join(), 'true,false,true,false', 'busy while each load runs');
  });

  it('aborts when the element leaves the page and loads again when it comes back without a record', async () => {
    const host = mountHost('tok_c');
    await host.updateComplete;
    host.loader.load();
    const first = host.pending[0]!;
    host.remove();
    assert(first.signal.aborted, 'aborted on disconnect');
    equal(host.loader.loading, false);
    document.body.append(host);
    equal(host.pending.length, 2, 'loaded again on reconnect');
    host.pending[1]!.resolve('record c');
    await until(() => host.record);
    host.remove();
    document.body.append(host);
    equal(host.pending.length, 2, 'a shown record is not loaded again');
  });

  it('cancel() drops the answer in flight (an action replaces it); no token or off the page loads nothing', async () => {
    const host = mountHost('tok_d');
    host.loader.load();
    host.loader.cancel();
    host.pending[0]!.resolve('stale');
    await Promise.resolve();
    equal(host.record, undefined);
    equal(host.busyChanges.at(-1), false, 'not busy after cancel');
    host.token = '';
    host.loader.load();
    equal(host.pending.length, 1, 'no token: no request');
    const away = document.createElement('cen-test-loader-host') as LoaderHost;
    away.token = 'tok_e';
    away.loader.load();
    equal(away.pending.length, 0, 'off the page: no request');
  });

  it('falls back to the page URL’s parameter and says so', () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?cen_test_token=tok_url`);
    try {
      const host = mountHost('');
      equal(host.loader.token, 'tok_url');
      equal(host.loader.fromUrl, true);
      host.token = 'tok_own';
      equal(host.loader.token, 'tok_own');
      equal(host.loader.fromUrl, false);
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
