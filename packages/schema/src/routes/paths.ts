/**
 * Method and path of every API route, without schemas, so that browser code can build requests
 * without pulling zod in. `routes.ts` adds the schemas to the same names.
 */
export const paths = {
  listProducts: { method: 'GET', path: '/v1/products' },
  batchProducts: { method: 'GET', path: '/v1/products/batch' },
  getProduct: { method: 'GET', path: '/v1/products/{id}' },
  listServices: { method: 'GET', path: '/v1/services' },
  batchServices: { method: 'GET', path: '/v1/services/batch' },
  getService: { method: 'GET', path: '/v1/services/{id}' },
  listPartners: { method: 'GET', path: '/v1/partners' },
  getPartner: { method: 'GET', path: '/v1/partners/{id}' },
  getCheckoutTerms: { method: 'GET', path: '/v1/checkout/terms' },
  quoteCart: { method: 'POST', path: '/v1/cart/quote' },
  createOrder: { method: 'POST', path: '/v1/orders' },
  getOrderByToken: { method: 'GET', path: '/v1/orders/by-token/{token}' },
  startOrderPayment: { method: 'POST', path: '/v1/orders/by-token/{token}/payments' },
  requestOrderCancellation: { method: 'POST', path: '/v1/orders/by-token/{token}/cancellation' },
  getOrder: { method: 'GET', path: '/v1/orders/{id}' },
  refundOrder: { method: 'POST', path: '/v1/orders/{id}/refunds' },
  getServiceAvailability: { method: 'GET', path: '/v1/services/{id}/availability' },
  createBookingHold: { method: 'POST', path: '/v1/bookings/holds' },
  createBookingInquiry: { method: 'POST', path: '/v1/bookings/inquiries' },
  getBookingByToken: { method: 'GET', path: '/v1/bookings/by-token/{token}' },
  acceptBookingQuote: { method: 'POST', path: '/v1/bookings/by-token/{token}/accept' },
  declineBookingQuote: { method: 'POST', path: '/v1/bookings/by-token/{token}/decline' },
  cancelBookingByBuyer: { method: 'POST', path: '/v1/bookings/by-token/{token}/cancel' },
  getBooking: { method: 'GET', path: '/v1/bookings/{id}' },
  quoteBooking: { method: 'POST', path: '/v1/bookings/{id}/quote' },
  cancelBookingByPartner: { method: 'POST', path: '/v1/bookings/{id}/cancel' },
  startBooking: { method: 'POST', path: '/v1/bookings/{id}/start' },
  completeBooking: { method: 'POST', path: '/v1/bookings/{id}/complete' },
  markBookingNoShow: { method: 'POST', path: '/v1/bookings/{id}/no-show' },
  getMarketCreator: { method: 'GET', path: '/v1/mcs/{code}' },
  recordReferralClick: { method: 'POST', path: '/v1/referrals/clicks' },
  getCommissionStatement: { method: 'GET', path: '/v1/mcs/{code}/statement' },
  getContentCreatorStatement: { method: 'GET', path: '/v1/ccs/{id}/statement' },
  createStatementToken: { method: 'POST', path: '/v1/statement-tokens' },
  getStatementByToken: { method: 'GET', path: '/v1/statements/by-token/{token}' },
  updateSubOrderFulfilment: { method: 'POST', path: '/v1/orders/{id}/sub-orders/{subOrderId}/fulfilment' },
} as const;

export type RouteName = keyof typeof paths;
export type HttpMethod = (typeof paths)[RouteName]['method'];

/** Fills `{name}` placeholders of a route path, URL-encoding each value. */
export function buildPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

/** The query-string parameter a browser uses to send its publishable key (keeps GETs preflight-free). */
export const PUBLISHABLE_KEY_PARAM = 'key';
export const PUBLISHABLE_KEY_PATTERN = /^pk_(test|live)_[A-Za-z0-9]{8,64}$/;
