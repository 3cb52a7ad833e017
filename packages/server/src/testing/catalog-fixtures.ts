/**
 * A small catalog made for the server's tests: ties in every sort key, hidden items, a suspended
 * partner, text with LIKE wildcards, lying stock states and hostile HTML. The demo catalog of
 * `@thecen/mocks` is tested separately (seed-demo-data.test.ts).
 */
import type { CatalogTag, Partner, Product, ProductCategory, Service, ServiceArea, ServiceGroup, ServicePricing } from '@thecen/schema';
import type { Channel } from '../catalog/channel.js';
import type { CatalogData } from '../catalog/insert-catalog.js';

export const TEST_KEY = 'pk_test_ServerTestChannel01';
export const OTHER_KEY = 'pk_live_OtherChannelKey0002';
export const ALLOWED_ORIGIN = 'https://coop.example';

export const testChannels: Channel[] = [
  { id: 'ch_servertest', name: '테스트 채널', publishableKey: TEST_KEY, allowedOrigins: [ALLOWED_ORIGIN, 'http://localhost:*'] },
  { id: 'ch_other', name: '다른 채널', publishableKey: OTHER_KEY, allowedOrigins: ['https://other.example'] },
];

function partner(over: Partial<Partner> & Pick<Partner, 'id' | 'name'>): Partner {
  return {
    object: 'partner',
    organisationType: 'cooperative',
    businessNumber: '1248100998',
    mailOrder: { status: 'reported', number: '2024-서울마포-0001', office: '서울특별시 마포구청' },
    representative: '김대표',
    address: { postalCode: '04001', road: '서울특별시 마포구 성미산로 1', detail: '2층' },
    phone: '0212345678',
    email: 'hello@test.example.kr',
    membershipGrade: 'regular',
    status: 'active',
    logo: { url: `/media/partners/${over.id}.svg`, alt: `${over.name} 로고`, width: 256, height: 256 },
    story: '테스트용 조합입니다.',
    createdAt: '2025-01-01T00:00:00.000Z',
    ...over,
  };
}

export const alpha = partner({ id: 'pa_alphacoop', name: '알파협동조합', website: 'https://alpha.example.kr' });
export const beta = partner({
  id: 'pa_betasocial',
  // Partner text is plain text: pages must escape it.
  name: '베타 <b>사회적</b> & "협동"조합',
  organisationType: 'social_cooperative',
  businessNumber: '220-87-42885',
  mailOrder: { status: 'exempt', reason: '간이과세자 <i>면제</i>' },
  representative: '<script>alert(1)</script>',
  phone: '010-1234-5678',
  website: 'javascript:alert(1)',
  logo: null,
  createdAt: '2025-01-02T00:00:00.000Z',
});
export const gamma = partner({ id: 'pa_gammahidden', name: '감마협동조합', status: 'suspended', organisationType: 'village_enterprise' });
export const delta = partner({ id: 'pa_deltavillage', name: '델타마을기업', organisationType: 'village_enterprise', createdAt: '2025-01-03T00:00:00.000Z' });

const TITLES = ['우리밀 국수', '한지 조명', '소이 캔들', '들기름', '유기농 쌀', '우리밀 국수', '수제 잼', '면 행주'];
const PRICES = [5000, 12000, 5000, 30000, 8000, 12000, 0, 150000];
const CATEGORIES: ProductCategory[] = ['food', 'crafts', 'living'];
const TAGS: CatalogTag[][] = [['local'], ['handmade', 'eco_friendly'], ['organic', 'local'], []];

function day(n: number): string {
  return new Date(Date.UTC(2025, 5, 1 + n, 3, 0, 0)).toISOString();
}

function product(i: number, over: Partial<Product> = {}): Product {
  const owner = i % 3 === 2 ? beta : alpha;
  const id = `prd_test${String(i).padStart(2, '0')}`;
  return {
    id,
    object: 'product',
    partnerId: owner.id,
    partner: { id: owner.id, name: owner.name, organisationType: owner.organisationType, logo: owner.logo },
    title: TITLES[i % TITLES.length]!,
    summary: `테스트 상품 ${i}`,
    descriptionHtml: `<p>상품 <strong>${i}</strong> 설명</p>`,
    images: [{ url: `/media/products/${id}-1.svg`, alt: `상품 ${i} 사진`, width: 800, height: 800 }],
    price: PRICES[i % PRICES.length]!,
    listPrice: null,
    variants: [],
    stock: null,
    stockState: 'in_stock',
    shipping: { fee: 3000, freeOver: 30000, bundling: 'per_partner', remoteAreaFee: 3000 },
    category: CATEGORIES[i % CATEGORIES.length]!,
    tags: TAGS[i % TAGS.length]!,
    status: 'active',
    url: `/products/${id}`,
    // Every second product shares its creation time with the one before it.
    createdAt: day(Math.floor(i / 2)),
    updatedAt: day(Math.floor(i / 2)),
    ...over,
  };
}

export const PUBLIC_PRODUCT_COUNT = 24;

export const testProducts: Product[] = [
  ...Array.from({ length: PUBLIC_PRODUCT_COUNT }, (_, i) => product(i)),
].map((p) => {
  switch (p.id) {
    case 'prd_test00':
      return { ...p, title: '100% 국산 참기름' };
    case 'prd_test01':
      return { ...p, title: '선물_세트 A' };
    case 'prd_test02':
      // A lying price and stock state: the server derives both from the variants.
      return {
        ...p,
        price: 1,
        listPrice: 1,
        stock: null,
        stockState: 'in_stock' as const,
        variants: [
          { id: 'big', label: '1kg', price: 9000, listPrice: 10000, stock: 0, stockState: 'in_stock' as const },
          { id: 'small', label: '500g', price: 5500, listPrice: 6000, stock: 3, stockState: 'in_stock' as const },
        ],
      };
    case 'prd_test03':
      return { ...p, stock: 0, stockState: 'in_stock' as const };
    case 'prd_test04':
      return {
        ...p,
        descriptionHtml:
          '<p onclick="steal()">좋은 <em>상품</em></p><script>alert("x")</script><img src=x onerror="alert(1)">' +
          '<a href="javascript:alert(1)">나쁜 링크</a><a href="https://shop.example/a" target="_blank" rel="opener">좋은 링크</a>' +
          '<iframe src="https://evil.example"></iframe><h3 style="color:red">제목</h3><style>body{}</style>',
      };
    case 'prd_test05':
      return { ...p, images: [{ url: 'javascript:alert(1)', alt: '나쁜 그림' }, { url: 'https://cdn.example/a.png', alt: '외부 그림' }] };
    case 'prd_test06':
      return { ...p, summary: '고소한 들깨 기름 세트' };
    case 'prd_test07':
      return { ...p, stock: 4 };
    default:
      return p;
  }
});

export const hiddenProducts: Product[] = [
  product(90, { id: 'prd_hidden01', status: 'hidden', url: '/products/prd_hidden01' }),
  product(91, { id: 'prd_draft01', status: 'draft', url: '/products/prd_draft01' }),
  product(92, {
    id: 'prd_suspended01',
    partnerId: gamma.id,
    partner: { id: gamma.id, name: gamma.name, organisationType: gamma.organisationType, logo: gamma.logo },
    url: '/products/prd_suspended01',
  }),
];

const GROUPS: ServiceGroup[] = ['care', 'living', 'education', 'business_support'];
const PRICINGS: ServicePricing[] = [
  { mode: 'fixed', price: 30000 },
  { mode: 'starting_from', price: 50000 },
  { mode: 'quote' },
  { mode: 'fixed', price: 30000 },
  { mode: 'starting_from', price: 10000 },
];
const AREAS: ServiceArea[][] = [
  [{ region: 'seoul', district: '마포구' }],
  [{ region: 'gyeonggi' }, { region: 'seoul' }],
  [{ region: 'nationwide' }],
  [{ region: 'online' }],
];

function service(i: number, over: Partial<Service> = {}): Service {
  const owner = i % 2 === 0 ? alpha : delta;
  const id = `svc_test${String(i).padStart(2, '0')}`;
  return {
    id,
    object: 'service',
    partnerId: owner.id,
    partner: { id: owner.id, name: owner.name, organisationType: owner.organisationType, logo: owner.logo },
    title: ['방문 돌봄', '집수리', '코딩 교실', '세무 상담'][i % 4]!,
    summary: `테스트 서비스 ${i}`,
    descriptionHtml: `<p>서비스 ${i}</p><script>bad()</script>`,
    group: GROUPS[i % GROUPS.length]!,
    pricing: PRICINGS[i % PRICINGS.length]!,
    durationMinutes: i % 3 === 0 ? null : 90,
    deliveryModes: i % 2 === 0 ? ['visit'] : ['online', 'at_partner'],
    areas: AREAS[i % AREAS.length]!,
    bookingMode: i % 2 === 0 ? 'instant' : 'request',
    images: [{ url: `/media/services/${id}-1.svg`, alt: `서비스 ${i}`, width: 1200, height: 800 }],
    tags: TAGS[i % TAGS.length]!,
    status: 'active',
    url: `/services/${id}`,
    createdAt: day(Math.floor(i / 3)),
    updatedAt: day(Math.floor(i / 3)),
    ...over,
  };
}

export const PUBLIC_SERVICE_COUNT = 13;

export const testServices: Service[] = Array.from({ length: PUBLIC_SERVICE_COUNT }, (_, i) => service(i)).map((s) =>
  s.id === 'svc_test05' ? { ...s, title: '50% 할인 청소', summary: '밑줄_있는 요약' } : s,
);

export const hiddenServices: Service[] = [
  service(90, { id: 'svc_hidden01', status: 'hidden', url: '/services/svc_hidden01' }),
  service(91, {
    id: 'svc_suspended01',
    partnerId: gamma.id,
    partner: { id: gamma.id, name: gamma.name, organisationType: gamma.organisationType, logo: gamma.logo },
    url: '/services/svc_suspended01',
  }),
];

export const testPartners: Partner[] = [alpha, beta, gamma, delta];

export const testCatalog: CatalogData = {
  channels: testChannels,
  partners: testPartners,
  products: [...testProducts, ...hiddenProducts],
  services: [...testServices, ...hiddenServices],
};

/** The price the server derives: the cheapest variant's when there are variants. */
export function effectivePrice(p: Product): number {
  return p.variants.length > 0 ? Math.min(...p.variants.map((v) => v.price)) : p.price;
}

export function servicePrice(s: Service): number | null {
  return s.pricing.mode === 'quote' ? null : s.pricing.price;
}
