import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  DEFAULT_PAGE_LIMIT,
  PUBLISHABLE_KEY_PARAM,
  paths,
  routes,
  useEnglishValidationMessages,
  type CheckoutTerms,
  type CommissionStatement,
  type FieldError,
  type MarketCreator,
  type ServiceAvailability,
} from '@thecen/schema';
import { demoCatalog, type CatalogFixtures } from '../fixtures/catalog-fixtures.js';
import { demoCheckoutTerms } from '../fixtures/checkout-terms.js';
import { findMediaItem } from '../fixtures/media-items.js';
import { demoServiceAvailability } from '../fixtures/service-availability.js';
import { MEDIA_PATH_PREFIX } from '../fixtures/media-paths.js';
import { renderPlaceholderSvg } from '../fixtures/placeholder-svg.js';
import { partnerWithAbsoluteUrls, productWithAbsoluteUrls, serviceWithAbsoluteUrls } from './absolute-urls.js';
import { bookingHandlers } from './booking-handlers.js';
import { demoMarketCreators } from '../fixtures/market-creators.js';
import { MOCK_SECRET_KEY, DEMO_CHANNEL } from '../fixtures/channel.js';
import { demoContentCreators, type ContentCreatorFixture } from '../fixtures/content-creators.js';
import { demoStatements } from '../fixtures/statements.js';
import { referralHandlers } from './referral-handlers.js';
import { statementHandlers } from './statement-handlers.js';
import { fulfilmentHandlers } from './fulfilment-handlers.js';
import { createBookingStore } from './booking-store.js';
import { filterPartners, filterProducts, filterServices } from './catalog-query.js';
import { checkoutHandlers, type Admitted } from './checkout-handlers.js';
import { createCheckoutStore } from './checkout-store.js';
import { decodeCursor, type CursorPosition } from './cursor.js';
import { simulateLatency } from './latency.js';
import { registerBookingStore } from './mock-bookings.js';
import { registerCheckoutStore } from './mock-payments.js';
import { paginate } from './paginate.js';
import { notFoundProblem, problemResponse, secretKeyProblem, unauthorizedProblem, validationProblem } from './problem-response.js';
import { toPublicCatalog } from './public-catalog.js';
import { findChannel } from './publishable-key.js';
import { queryObject, validate } from './request-validation.js';
import { catalogSortOrder, partnerSortOrder, sortItems } from './sort-orders.js';

export const DEFAULT_MOCK_BASE_URL = 'http://localhost:8787';

export interface CreateHandlersOptions {
  /**
   * Where the mocked API lives: an origin with an optional path prefix (`http://localhost:8787`,
   * `https://api.example.kr/cen`), a path for same-origin requests in browsers (`/cen`), or `*` for
   * any origin.
   */
  baseUrl?: string;
  /** Delay before every answer, to see loading states. Default 0. */
  latencyMs?: number;
  /** Replaces parts of the demo catalog; omitted parts stay the demo ones. */
  fixtures?: Partial<CatalogFixtures>;
  /** Checkout terms of every channel (`GET /v1/checkout/terms`, consents checked on orders). Default `demoCheckoutTerms`. */
  checkoutTerms?: CheckoutTerms;
  /**
   * The clock of the checkout and the bookings (order times, payment deadlines, which slots are
   * past or within the lead time, hold and quote expiry); tests move it. Default: the real time.
   */
  now?: () => Date;
  /** Availability of each bookable service, by service id. Default `demoServiceAvailability`. */
  serviceAvailability?: Readonly<Record<string, ServiceAvailability>>;
  /** Market Creators of `GET /v1/mcs/{code}` and the referral clicks. Default `demoMarketCreators`. */
  marketCreators?: readonly MarketCreator[];
  /** Content Creators of the statement routes. Default `demoContentCreators`. */
  contentCreators?: readonly ContentCreatorFixture[];
  /** Commission statements by creator id (`mc_…`, `cc_…`); other creators have empty ones. Default `demoStatements`. */
  statements?: Readonly<Record<string, CommissionStatement>>;
  /**
   * Secret keys the secret-key routes accept, each with the id of its channel. Default
   * `{ [MOCK_SECRET_KEY]: DEMO_CHANNEL.id }`.
   */
  secretKeys?: Readonly<Record<string, string>>;
}

let messagesConfigured = false;

/** zod/mini has no messages of its own; problem responses explain each field in English. */
function configureValidationMessages(): void {
  if (messagesConfigured) return;
  useEnglishValidationMessages();
  messagesConfigured = true;
}

function splitBaseUrl(baseUrl: string): { pattern: string; pathPrefix: string } {
  const trimmed = baseUrl.replace(/\/+$/, '');
  if (trimmed === '*' || trimmed === '') return { pattern: trimmed, pathPrefix: '' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return { pattern: trimmed, pathPrefix: new URL(trimmed).pathname.replace(/\/+$/, '') };
  const pathPrefix = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return { pattern: pathPrefix, pathPrefix };
}

/** `/v1/products/{id}` → `/v1/products/:id` (msw path syntax). */
function mswPath(template: string): string {
  return template.replace(/\{(\w+)\}/g, ':$1');
}

const invalidCursor: FieldError = { path: 'query.cursor', message: 'is not a cursor of this list', code: 'invalid_cursor' };

/** The cursor position of a list request, or a 400 problem when it is not one of this sort's. */
function readCursor(cursor: string | undefined, sort: string, instance: string): CursorPosition | null | Response {
  if (cursor === undefined) return null;
  const position = decodeCursor(cursor);
  if (!position || position.sort !== sort) return validationProblem([invalidCursor], instance);
  return position;
}

/**
 * msw handlers of The CEN catalog API (the `routes` of `@thecen/schema`) answering from the demo
 * catalog: publishable-key check, query validation with field paths, filters, sorts, cursor
 * pagination, batches, absolute URLs and the generated `/media/…svg` images. Also the buyer's
 * checkout routes (terms, cart quote, orders by idempotency key, order token routes) on in-memory
 * orders of their own per call: drive their payments with `mockPayments(handlers)`. And the
 * buyer's booking routes (availability, holds, inquiries, booking-token routes) on in-memory
 * bookings of their own per call: act as the partner with `mockBookings(handlers)`. The referral
 * routes (MC profiles, clicks) and the commission statements: by statement token (the demo tokens
 * of `DEMO_STATEMENT_TOKENS`) and, with the secret key (`MOCK_SECRET_KEY` by default), per MC or CC
 * and statement tokens. Sub-order fulfilment (secret key) of the mock orders. The other secret-key
 * routes (`getOrder`, `refundOrder`, the partner's booking routes) are not mocked.
 */
export function createHandlers(options: CreateHandlersOptions = {}): RequestHandler[] {
  configureValidationMessages();
  const { pattern, pathPrefix } = splitBaseUrl(options.baseUrl ?? DEFAULT_MOCK_BASE_URL);
  const latencyMs = options.latencyMs ?? 0;
  const fixtures: CatalogFixtures = {
    partners: options.fixtures?.partners ?? demoCatalog.partners,
    products: options.fixtures?.products ?? demoCatalog.products,
    services: options.fixtures?.services ?? demoCatalog.services,
    channels: options.fixtures?.channels ?? demoCatalog.channels,
  };
  const catalog = toPublicCatalog(fixtures);

  const at = (path: string) => `${pattern}${path}`;
  const apiRoot = (url: URL) => `${url.origin}${pathPrefix}`;

  /** Latency and the publishable key, common to every route. */
  async function admit(request: Request): Promise<Admitted | Response> {
    await simulateLatency(latencyMs, request.signal);
    const url = new URL(request.url);
    const channel = findChannel(request, url, fixtures.channels);
    if (!channel) return unauthorizedProblem();
    return { url, root: apiRoot(url), instance: url.pathname, channel };
  }

  const secretKeys = options.secretKeys ?? { [MOCK_SECRET_KEY]: DEMO_CHANNEL.id };

  /** Latency and the secret key, as the server checks it: in `Authorization` only, never from a browser. */
  async function admitSecret(request: Request): Promise<Admitted | Response> {
    await simulateLatency(latencyMs, request.signal);
    const url = new URL(request.url);
    if (request.headers.has('Origin')) return secretKeyProblem('This route takes a secret key and is never answered to a browser. Call it from your server.');
    if (url.searchParams.has(PUBLISHABLE_KEY_PARAM)) return secretKeyProblem('Secret keys are accepted only in the Authorization header ("Bearer sk_…"), never in the URL.');
    const key = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
    if (!key) return secretKeyProblem('Send the channel\'s secret key as "Authorization: Bearer sk_…".');
    const channelId = Object.hasOwn(secretKeys, key) ? secretKeys[key] : undefined;
    const channel = fixtures.channels.find((c) => c.id === channelId);
    if (!channel) return secretKeyProblem('No channel has this secret key.');
    return { url, root: apiRoot(url), instance: url.pathname, channel };
  }

  const catalogHandlers = [
    http.get(at(paths.batchProducts.path), async ({ request }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const query = validate('query', routes.batchProducts.query, queryObject(admitted.url.searchParams), admitted.instance);
      if (!query.ok) return query.response;
      const found = query.data.ids.map((id) => catalog.productById.get(id));
      return HttpResponse.json({
        object: 'batch',
        data: found.flatMap((p) => (p ? [productWithAbsoluteUrls(admitted.root, p)] : [])),
        missing: query.data.ids.filter((_, i) => !found[i]),
      });
    }),
    http.get(at(mswPath(paths.getProduct.path)), async ({ request, params }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const parsed = validate('path', routes.getProduct.params, { id: params.id }, admitted.instance);
      if (!parsed.ok) return parsed.response;
      const product = catalog.productById.get(parsed.data.id);
      if (!product) return notFoundProblem(`No product has the id ${parsed.data.id}.`, admitted.instance);
      return HttpResponse.json(productWithAbsoluteUrls(admitted.root, product));
    }),
    http.get(at(paths.listProducts.path), async ({ request }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const query = validate('query', routes.listProducts.query, queryObject(admitted.url.searchParams), admitted.instance);
      if (!query.ok) return query.response;
      const order = catalogSortOrder<(typeof catalog.products)[number]>(query.data.sort);
      const after = readCursor(query.data.cursor, order.name, admitted.instance);
      if (after instanceof Response) return after;
      const page = paginate(sortItems(filterProducts(catalog.products, query.data), order), order, after, query.data.limit ?? DEFAULT_PAGE_LIMIT);
      return HttpResponse.json({ ...page, data: page.data.map((p) => productWithAbsoluteUrls(admitted.root, p)) });
    }),
    http.get(at(paths.batchServices.path), async ({ request }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const query = validate('query', routes.batchServices.query, queryObject(admitted.url.searchParams), admitted.instance);
      if (!query.ok) return query.response;
      const found = query.data.ids.map((id) => catalog.serviceById.get(id));
      return HttpResponse.json({
        object: 'batch',
        data: found.flatMap((s) => (s ? [serviceWithAbsoluteUrls(admitted.root, s)] : [])),
        missing: query.data.ids.filter((_, i) => !found[i]),
      });
    }),
    http.get(at(mswPath(paths.getService.path)), async ({ request, params }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const parsed = validate('path', routes.getService.params, { id: params.id }, admitted.instance);
      if (!parsed.ok) return parsed.response;
      const service = catalog.serviceById.get(parsed.data.id);
      if (!service) return notFoundProblem(`No service has the id ${parsed.data.id}.`, admitted.instance);
      return HttpResponse.json(serviceWithAbsoluteUrls(admitted.root, service));
    }),
    http.get(at(paths.listServices.path), async ({ request }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const query = validate('query', routes.listServices.query, queryObject(admitted.url.searchParams), admitted.instance);
      if (!query.ok) return query.response;
      const order = catalogSortOrder<(typeof catalog.services)[number]>(query.data.sort);
      const after = readCursor(query.data.cursor, order.name, admitted.instance);
      if (after instanceof Response) return after;
      const page = paginate(sortItems(filterServices(catalog.services, query.data), order), order, after, query.data.limit ?? DEFAULT_PAGE_LIMIT);
      return HttpResponse.json({ ...page, data: page.data.map((s) => serviceWithAbsoluteUrls(admitted.root, s)) });
    }),
    http.get(at(mswPath(paths.getPartner.path)), async ({ request, params }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const parsed = validate('path', routes.getPartner.params, { id: params.id }, admitted.instance);
      if (!parsed.ok) return parsed.response;
      const partner = catalog.partnerById.get(parsed.data.id);
      if (!partner) return notFoundProblem(`No active partner has the id ${parsed.data.id}.`, admitted.instance);
      return HttpResponse.json(partnerWithAbsoluteUrls(admitted.root, partner));
    }),
    http.get(at(paths.listPartners.path), async ({ request }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const query = validate('query', routes.listPartners.query, queryObject(admitted.url.searchParams), admitted.instance);
      if (!query.ok) return query.response;
      const after = readCursor(query.data.cursor, partnerSortOrder.name, admitted.instance);
      if (after instanceof Response) return after;
      const sorted = sortItems(filterPartners(catalog.partners, query.data), partnerSortOrder);
      const page = paginate(sorted, partnerSortOrder, after, query.data.limit ?? DEFAULT_PAGE_LIMIT);
      return HttpResponse.json({ ...page, data: page.data.map((p) => partnerWithAbsoluteUrls(admitted.root, p)) });
    }),
  ];

  const mediaHandler = http.get(at(`${MEDIA_PATH_PREFIX}*`), async ({ request }) => {
    await simulateLatency(latencyMs, request.signal);
    const url = new URL(request.url);
    const item = findMediaItem(url.pathname.slice(pathPrefix.length), fixtures);
    if (!item) return notFoundProblem(`No image at ${url.pathname}.`, url.pathname);
    return new HttpResponse(renderPlaceholderSvg(item), {
      headers: {
        'Content-Type': 'image/svg+xml; charset=utf-8',
        'Cache-Control': 'public, max-age=86400',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });

  const terms = options.checkoutTerms ?? demoCheckoutTerms;
  const now = options.now ?? (() => new Date());
  const bookings = createBookingStore({ catalog, availability: options.serviceAvailability ?? demoServiceAvailability, terms, now });
  const store = createCheckoutStore({ catalog, terms, now, bookings: bookings.checkout });
  const checkout = checkoutHandlers({ store, at, admit }, terms);
  const booking = bookingHandlers({ bookings, store, at, admit });

  const routePatterns = Object.values(paths).map((route) => ({
    method: route.method as string,
    pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`),
  }));

  /** Anything else under `/v1/`: 405 for another method on a known route, else 404. */
  const fallbackHandler = http.all(at('/v1/*'), async ({ request }) => {
    const url = new URL(request.url);
    const path = url.pathname.slice(pathPrefix.length);
    const allowed = [...new Set(routePatterns.filter((r) => r.pattern.test(path)).map((r) => r.method))];
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      return problemResponse(405, 'method_not_allowed', {
        detail: `${request.method} is not allowed on ${url.pathname}.`,
        headers: { Allow: allowed.join(', ') },
      });
    }
    return notFoundProblem(`No API route matches ${request.method} ${url.pathname}.`, url.pathname);
  });

  const marketCreators = options.marketCreators ?? demoMarketCreators;
  const referral = referralHandlers({ at, admit, marketCreators });
  const statements = statementHandlers({
    at,
    admit,
    admitSecret,
    marketCreators,
    contentCreators: options.contentCreators ?? demoContentCreators,
    statements: options.statements ?? demoStatements,
    now,
  });
  const fulfilment = fulfilmentHandlers({ store, at, admitSecret });

  const handlers = [...catalogHandlers, ...checkout, ...booking, ...statements, ...fulfilment, ...referral, mediaHandler, fallbackHandler];
  registerCheckoutStore(handlers, store);
  registerBookingStore(handlers, bookings);
  return handlers;
}
