/**
 * Response bodies of the checkout routes that pass their schemas, for the SDK's tests. Each
 * builder takes overrides of its top-level members.
 */

export const ORDER_TOKEN = 'ot_eyJvIjoib3JkXzdmM2sycTl4In0.c2lnbmF0dXJlc2lnbmF0dXJl';

export function checkoutTerms(overrides: Record<string, unknown> = {}) {
  return {
    object: 'checkout_terms',
    platform: {
      name: '더 쎈 사업단',
      representative: '홍길동',
      businessNumber: '1248100998',
      mailOrderNumber: '2026-서울중구-0001',
      address: '서울특별시 중구 세종대로 110',
      phone: '0212345678',
      email: 'help@thecen.example.kr',
      hostingProvider: '테스트 호스팅',
    },
    intermediaryNotice: '더 쎈은 통신판매중개자로서 통신판매의 당사자가 아닙니다.',
    withdrawal: { days: 7, text: '받은 날부터 7일 이내에 청약을 철회할 수 있습니다.', exceptions: ['주문 제작 상품'] },
    consents: [{ type: 'purchase_terms', version: '2026-11-01', required: true, title: '구매 이용약관', text: '약관 본문' }],
    virtualAccountHours: 24,
    ...overrides,
  };
}

export function cartQuote(overrides: Record<string, unknown> = {}) {
  return {
    object: 'cart_quote',
    currency: 'KRW',
    lines: [
      {
        lineIndex: 0,
        productId: 'prd_wooriwheat01',
        variantId: '1kg',
        partnerId: 'pa_wooriwheat',
        title: '우리밀 통밀가루',
        variantLabel: '1kg',
        image: null,
        quantity: 2,
        unitPrice: 6500,
        listUnitPrice: null,
        lineTotal: 13000,
        orderable: true,
        available: 80,
      },
    ],
    groups: [
      {
        partnerId: 'pa_wooriwheat',
        partnerName: '우리밀협동조합',
        lineIndexes: [0],
        subtotal: 13000,
        shippingFee: 3500,
        remoteAreaFee: 0,
        total: 16500,
        freeShippingThreshold: 50000,
        amountToFreeShipping: 37000,
      },
    ],
    problems: [],
    subtotal: 13000,
    shippingTotal: 3500,
    total: 16500,
    remoteArea: false,
    ...overrides,
  };
}

export function paymentSession(overrides: Record<string, unknown> = {}) {
  return {
    paymentId: 'pay_4h8p1m2n',
    provider: 'test',
    amount: 16500,
    redirectUrl: 'http://localhost:8787/pay/test/pay_4h8p1m2n',
    clientParams: null,
    ...overrides,
  };
}

export function order(overrides: Record<string, unknown> = {}) {
  const at = '2026-11-23T10:00:00+09:00';
  return {
    id: 'ord_7f3k2q9x',
    object: 'order',
    number: 'CEN-20261123-4F7K2Q',
    status: 'pending_payment',
    buyer: { name: '김구매', phone: '01012345678', email: 'buyer@example.kr' },
    shippingAddress: { recipient: '김구매', phone: '01012345678', postalCode: '04001', road: '서울특별시 마포구 성미산로 1', detail: '101호' },
    deliveryNote: '',
    businessPurchase: false,
    receipt: { type: 'none', summary: '' },
    consents: [{ type: 'purchase_terms', version: '2026-11-01', accepted: true, acceptedAt: at }],
    subOrders: [
      {
        id: 'sub_4h8p1m2n',
        partnerId: 'pa_wooriwheat',
        seller: {
          partnerId: 'pa_wooriwheat',
          name: '우리밀협동조합',
          representative: '김하늘',
          businessNumber: '4188602902',
          mailOrder: { status: 'reported', number: '2024-전남구례-0031', office: '전라남도 구례군청' },
          address: { postalCode: '57646', road: '전라남도 구례군 구례읍 우리밀길 12' },
          phone: '0617821234',
          email: 'hello@wooriwheat.example.kr',
        },
        status: 'pending',
        lines: [
          {
            id: 'oli_9x8w7v6u',
            productId: 'prd_wooriwheat01',
            variantId: '1kg',
            title: '우리밀 통밀가루',
            variantLabel: '1kg',
            image: null,
            quantity: 2,
            unitPrice: 6500,
            lineTotal: 13000,
            refundedQuantity: 0,
          },
        ],
        subtotal: 13000,
        shippingFee: 3500,
        remoteAreaFee: 0,
        total: 16500,
        refundedAmount: 0,
      },
    ],
    subtotal: 13000,
    shippingTotal: 3500,
    total: 16500,
    refundedAmount: 0,
    payment: {
      id: 'pay_4h8p1m2n',
      provider: 'test',
      method: 'card',
      status: 'ready',
      amount: 16500,
      refundedAmount: 0,
      approvedAt: null,
      virtualAccount: null,
      failureMessage: null,
    },
    refunds: [],
    expiresAt: '2026-11-23T10:30:00+09:00',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function orderCreated(overrides: Record<string, unknown> = {}) {
  return { object: 'order_created', order: order(), orderToken: ORDER_TOKEN, payment: paymentSession(), ...overrides };
}

export function refund(overrides: Record<string, unknown> = {}) {
  return {
    id: 'rfd_1a2b3c4d',
    object: 'refund',
    orderId: 'ord_7f3k2q9x',
    amount: 6500,
    reason: '품절',
    lines: [{ lineId: 'oli_9x8w7v6u', quantity: 1, amount: 6500 }],
    shippingAmount: 0,
    status: 'succeeded',
    createdAt: '2026-11-24T09:00:00+09:00',
    ...overrides,
  };
}

/** A request body of `orders.create` (the SDK does not check it; the server does). */
export function createOrderBody() {
  return {
    lines: [{ productId: 'prd_wooriwheat01', variantId: '1kg', quantity: 2, expectedUnitPrice: 6500 }],
    buyer: { name: '김구매', phone: '010-1234-5678', email: 'buyer@example.kr' },
    shippingAddress: { recipient: '김구매', phone: '010-1234-5678', postalCode: '04001', road: '서울특별시 마포구 성미산로 1', detail: '101호' },
    consents: [{ type: 'purchase_terms' as const, version: '2026-11-01', accepted: true }],
    receipt: { type: 'none' as const },
    paymentMethod: 'card' as const,
    returnUrl: 'http://localhost:5173/order-complete',
  };
}
