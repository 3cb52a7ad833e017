import { http, type RequestHandler } from 'msw';
import { idempotencyFingerprint, paths, routes } from '@thecen/schema';
import { answer, idempotencyKey, mswPath, problemOf, type Admitted } from './checkout-handlers.js';
import type { CheckoutStore } from './checkout-store.js';
import { readJsonBody, validate } from './request-validation.js';

export interface FulfilmentHandlerContext {
  store: CheckoutStore;
  at: (path: string) => string;
  /** Latency and the secret key (`Authorization: Bearer sk_…` only). */
  admitSecret: (request: Request) => Promise<Admitted | Response>;
}

/**
 * `POST /v1/orders/{id}/sub-orders/{subOrderId}/fulfilment` (secret key, `Idempotency-Key`): the
 * partner ships a paid sub-order of a mock order, then marks it delivered (see `store.fulfil`).
 */
export function fulfilmentHandlers({ store, at, admitSecret }: FulfilmentHandlerContext): RequestHandler[] {
  return [
    http.post(at(mswPath(paths.updateSubOrderFulfilment.path)), async ({ request, params }) => {
      const admitted = await admitSecret(request);
      if (admitted instanceof Response) return admitted;
      const parsed = validate('path', routes.updateSubOrderFulfilment.params, { id: params.id, subOrderId: params.subOrderId }, admitted.instance);
      if (!parsed.ok) return parsed.response;
      const key = idempotencyKey(request, admitted.instance);
      if (key instanceof Response) return key;
      const body = await readJsonBody(request, routes.updateSubOrderFulfilment.body, admitted.instance);
      if (!body.ok) return body.response;
      try {
        const record = store.recordById(admitted.channel.id, parsed.data.id);
        const fingerprint = idempotencyFingerprint('updateSubOrderFulfilment', admitted.url.pathname, body.raw);
        return answer(store.once(admitted.channel.id, key, fingerprint, () => store.fulfil(record, parsed.data.subOrderId, body.data)));
      } catch (error) {
        return problemOf(error, admitted.instance);
      }
    }),
  ];
}
