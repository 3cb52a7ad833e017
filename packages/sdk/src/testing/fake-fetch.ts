/**
 * A fake `fetch` for the SDK's tests: records every request and answers with a handler. Like the
 * real fetch it rejects with an `AbortError` when the request's signal aborts, even while the
 * handler's answer is pending. No network.
 */
export interface RecordedRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: string | undefined;
  signal: AbortSignal | undefined;
}

export type FakeHandler = (request: RecordedRequest, index: number) => Response | Promise<Response>;

export function fakeFetch(handler: FakeHandler) {
  const calls: RecordedRequest[] = [];
  const fetch = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request: RecordedRequest = {
      url: new URL(String(input)),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      signal: init.signal ?? undefined,
    };
    const index = calls.push(request) - 1;
    const { signal } = request;
    return new Promise<Response>((resolve, reject) => {
      const abort = () => reject(signal?.reason ?? new DOMException('This operation was aborted', 'AbortError'));
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort, { once: true });
      Promise.resolve()
        .then(() => handler(request, index))
        .then(resolve, reject);
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

/** A JSON response (`application/problem+json` for errors, like the API). */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type, ...headers } });
}

/** An RFC 9457 problem body as the API sends it. */
export function problem(status: number, code: string, title: string, extra: Record<string, unknown> = {}): Response {
  return json({ type: `https://docs.thecen.kr/problems/${code}`, title, status, code, requestId: `req_${code}`, ...extra }, status);
}

/** Never answers: the request ends only when its signal aborts. */
export function hang(): Promise<Response> {
  return new Promise(() => {});
}

export function page<T>(data: T[], nextCursor: string | null = null) {
  return { object: 'list', data, hasMore: nextCursor !== null, nextCursor };
}

export function batch<T>(data: T[], missing: string[] = []) {
  return { object: 'batch', data, missing };
}

/** A product that passes the `Product` schema. */
export function product(id = 'prd_wooriwheat01', overrides: Record<string, unknown> = {}) {
  return {
    id,
    object: 'product',
    partnerId: 'pa_wooriwheat',
    partner: { id: 'pa_wooriwheat', name: '우리밀협동조합', organisationType: 'cooperative', logo: null },
    title: '우리밀 통밀가루 1kg',
    summary: '국산 우리밀을 통째로 간 통밀가루',
    descriptionHtml: '<p>국산 우리밀 100%</p>',
    images: [{ url: 'http://localhost:8787/media/products/prd_wooriwheat01.svg', alt: '통밀가루 봉투' }],
    price: 8900,
    listPrice: null,
    variants: [],
    stock: 40,
    stockState: 'in_stock',
    shipping: { fee: 3000, freeOver: 30000, bundling: 'per_partner', remoteAreaFee: 3000 },
    category: 'food',
    tags: ['local', 'organic'],
    status: 'active',
    url: `https://thecen.kr/products/${id}`,
    createdAt: '2025-03-01T09:00:00+09:00',
    updatedAt: '2025-03-02T09:00:00+09:00',
    ...overrides,
  };
}

export const TEST_KEY = 'pk_test_TheCenDemoCoopSite01';
export const BASE_URL = 'http://localhost:8787';
