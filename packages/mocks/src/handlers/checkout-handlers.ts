import { http, HttpResponse, type RequestHandler } from 'msw';
import { idempotencyFingerprint, idempotencyKeyErrors, paths, routes, type CheckoutTerms } from '@thecen/schema';
import type { ChannelFixture } from '../fixtures/channel.js';
import { MockProblem, type CheckoutStore, type StoredAnswer } from './checkout-store.js';
import { problemResponse, validationProblem } from './problem-response.js';
import { readJsonBody, validate } from './request-validation.js';

export interface Admitted {
  url: URL;
  root: string;
  instance: string;
  channel: ChannelFixture;
}

export interface CheckoutHandlersContext {
  store: CheckoutStore;
  /** Full msw path of an API path (`/v1/…` with the base URL's origin and prefix). */
  at: (path: string) => string;
  /** Latency and the publishable key; a `Response` is the problem to answer. */
  admit: (request: Request) => Promise<Admitted | Response>;
}

/** `/v1/orders/by-token/{token}` → `/v1/orders/by-token/:token` (msw path syntax). */
export function mswPath(template: string): string {
  return template.replace(/\{(\w+)\}/g, ':$1');
}

export function answer({ status, body, replayed }: StoredAnswer & { replayed?: boolean }): Response {
  const problem = status >= 400;
  const headers: Record<string, string> = { 'Content-Type': problem ? 'application/problem+json' : 'application/json' };
  if (replayed) headers['Idempotent-Replayed'] = 'true';
  return new Response(JSON.stringify(body), { status, headers });
}

export function problemOf(error: unknown, instance: string): Response {
  if (!(error instanceof MockProblem)) throw error;
  const options: Parameters<typeof problemResponse>[2] = { detail: error.message, instance };
  if (error.extra.errors) options.errors = error.extra.errors;
  if (error.extra.extensions) options.extensions = error.extra.extensions;
  return problemResponse(error.status, error.code, options);
}

/** The `Idempotency-Key` of a write, or the 400 problem when it is missing or malformed (the server's rule). */
export function idempotencyKey(request: Request, instance: string): string | Response {
  const key = request.headers.get('Idempotency-Key');
  const errors = idempotencyKeyErrors(key);
  return errors.length > 0 ? validationProblem(errors, instance) : key!;
}

/**
 * msw handlers of the publishable-key checkout routes: terms, cart quote, order creation
 * (idempotent), and the buyer's order routes reached with the order token. State lives in `store`.
 */
export function checkoutHandlers({ store, at, admit }: CheckoutHandlersContext, terms: CheckoutTerms): RequestHandler[] {
  /** Admits a token route and finds its order; a `Response` is the problem to answer. */
  async function admitOrder(request: Request, params: Record<string, unknown>) {
    const admitted = await admit(request);
    if (admitted instanceof Response) return admitted;
    const parsed = validate('path', routes.getOrderByToken.params, { token: params.token }, admitted.instance);
    if (!parsed.ok) return parsed.response;
    try {
      return { ...admitted, token: parsed.data.token, record: store.recordByToken(admitted.channel.id, parsed.data.token) };
    } catch (error) {
      return problemOf(error, admitted.instance);
    }
  }

  return [
    http.get(at(paths.getCheckoutTerms.path), async ({ request }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      return HttpResponse.json(terms);
    }),

    http.post(at(paths.quoteCart.path), async ({ request }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const body = await readJsonBody(request, routes.quoteCart.body, admitted.instance);
      if (!body.ok) return body.response;
      try {
        return HttpResponse.json(store.quote(body.data.lines, body.data.postalCode, admitted.root, admitted.channel.id, body.data.bookings));
      } catch (error) {
        return problemOf(error, admitted.instance);
      }
    }),

    http.post(at(paths.createOrder.path), async ({ request }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const key = idempotencyKey(request, admitted.instance);
      if (key instanceof Response) return key;
      const body = await readJsonBody(request, routes.createOrder.body, admitted.instance);
      if (!body.ok) return body.response;
      try {
        store.sweep();
        const fingerprint = idempotencyFingerprint('createOrder', admitted.url.pathname, body.raw);
        return answer(store.once(admitted.channel.id, key, fingerprint, () => store.createOrder(admitted.channel, body.data, admitted.root)));
      } catch (error) {
        return problemOf(error, admitted.instance);
      }
    }),

    http.get(at(mswPath(paths.getOrderByToken.path)), async ({ request, params }) => {
      const found = await admitOrder(request, params);
      if (found instanceof Response) return found;
      return HttpResponse.json(found.record.order);
    }),

    http.post(at(mswPath(paths.startOrderPayment.path)), async ({ request, params }) => {
      const found = await admitOrder(request, params);
      if (found instanceof Response) return found;
      const key = idempotencyKey(request, found.instance);
      if (key instanceof Response) return key;
      const body = await readJsonBody(request, routes.startOrderPayment.body, found.instance);
      if (!body.ok) return body.response;
      try {
        const fingerprint = idempotencyFingerprint('startOrderPayment', found.url.pathname, body.raw);
        return answer(store.once(found.channel.id, key, fingerprint, () => store.startPayment(found.record, body.data.paymentMethod, found.root)));
      } catch (error) {
        return problemOf(error, found.instance);
      }
    }),

    http.post(at(mswPath(paths.requestOrderCancellation.path)), async ({ request, params }) => {
      const found = await admitOrder(request, params);
      if (found instanceof Response) return found;
      const key = idempotencyKey(request, found.instance);
      if (key instanceof Response) return key;
      const body = await readJsonBody(request, routes.requestOrderCancellation.body, found.instance);
      if (!body.ok) return body.response;
      try {
        const fingerprint = idempotencyFingerprint('requestOrderCancellation', found.url.pathname, body.raw);
        return answer(store.once(found.channel.id, key, fingerprint, () => store.requestCancellation(found.record, body.data)));
      } catch (error) {
        return problemOf(error, found.instance);
      }
    }),
  ];
}
