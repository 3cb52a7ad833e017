import { routes, type RouteName } from '@thecen/schema';
import type { ClientOptions } from './client-options.js';
import { createCoreClient, type CenClient } from './create-client.js';
import { CenValidationError, type ValidationIssue } from './errors.js';

/** Parses `data` with the response schema of `route`; throws `CenValidationError` when it does not match. */
export function validateResponse(route: RouteName, data: unknown): unknown {
  const result = routes[route].response.safeParse(data);
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.map(({ path, message, code }) => ({ path, message, code }));
  const error = new CenValidationError(
    `The API response of ${route} does not match its schema: ${issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
      .join('; ')}`,
    {
      code: 'invalid_response',
      fieldErrors: issues.map((issue) => ({
        path: ['response', ...issue.path.map(String)].join('.'),
        message: issue.message,
        code: issue.code,
      })),
      cause: result.error,
    },
  );
  error.issues = issues;
  throw error;
}

/**
 * Creates a client that validates every response with its route's schema from `@thecen/schema`
 * and rejects with `CenValidationError` when the API answers something unexpected. Use it on
 * servers and in apps; widgets use `createCoreClient` from `@thecen/sdk/core` to stay small.
 *
 * @example
 * import { createClient } from '@thecen/sdk';
 * const cen = createClient({ baseUrl: 'https://api.thecen.kr', publishableKey: 'pk_live_…' });
 * for await (const product of cen.products.list({ partner: 'pa_wooriwheat' })) console.log(product.title);
 *
 * // On a server, with the secret key for orders.retrieve / orders.refund (refused in browsers):
 * const admin = createClient({ baseUrl: 'https://api.thecen.kr', secretKey: process.env.CEN_SECRET_KEY });
 * await admin.orders.refund('ord_7f3k2q9x', { reason: '판매자 품절 취소' });
 */
export function createClient(options: ClientOptions): CenClient {
  return createCoreClient({ ...options, validate: validateResponse });
}
