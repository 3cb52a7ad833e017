import { LitElement } from 'lit';
import { afterEach, assert, describe, equal, it } from '../../test/harness.js';
import { LatestRequest } from './latest-request.js';

class RequestHost extends LitElement {
  resumed = 0;
  request = new LatestRequest(this, () => this.resumed++);
}
customElements.define('cen-test-request-host', RequestHost);

const mountHost = () => document.body.appendChild(document.createElement('cen-test-request-host') as RequestHost);

describe('LatestRequest', () => {
  afterEach(() => document.querySelectorAll('cen-test-request-host').forEach((el) => el.remove()));

  it('keeps only the latest request: beginning another aborts the first, whose settle() is then false', () => {
    const host = mountHost();
    const first = host.request.begin()!;
    const second = host.request.begin()!;
    assert(first.signal.aborted, 'the first is aborted');
    equal(first.settle(), false, 'the first answer is dropped');
    equal(host.request.pending, true);
    equal(second.settle(), true, 'the latest answer counts');
    equal(host.request.pending, false);
    equal(second.settle(), false, 'once');
  });

  it('leaving the page aborts the request in flight and coming back resumes; with nothing in flight nothing resumes', () => {
    const host = mountHost();
    const run = host.request.begin()!;
    host.remove();
    assert(run.signal.aborted, 'aborted when the element left');
    equal(run.settle(), false);
    document.body.append(host);
    equal(host.resumed, 1, 'resumed on return');
    host.remove();
    document.body.append(host);
    equal(host.resumed, 1, 'nothing was in flight: no resume');
  });

  it('a request begun off the page waits for the return; abort() drops the one in flight', () => {
    const host = document.createElement('cen-test-request-host') as RequestHost;
    equal(host.request.begin(), null, 'nothing begins off the page');
    document.body.append(host);
    equal(host.resumed, 1, 'it runs when the element arrives');
    const run = host.request.begin()!;
    equal(host.request.abort(), true);
    equal(run.settle(), false);
    equal(host.request.abort(), false, 'nothing left to abort');
  });
});
