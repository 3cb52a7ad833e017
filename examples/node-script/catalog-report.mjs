// A Node script that uses the SDK: prints the services of one group and the cheapest local food
// products, walking every page. Run the demo server first (`npm start`), then:
//   npm run build && node examples/node-script/catalog-report.mjs
// Options through the environment: CEN_API (default http://localhost:8787), CEN_KEY.
import { createClient, CenError } from '@thecen/sdk';
import { formatKrw } from '@thecen/schema';

const client = createClient({
  baseUrl: process.env.CEN_API ?? 'http://localhost:8787',
  publishableKey: process.env.CEN_KEY ?? 'pk_test_TheCenDemoCoopSite01',
});

try {
  console.log('돌봄 서비스 (care services):');
  for await (const service of client.services.list({ group: 'care', limit: 50 })) {
    const price = service.pricing.mode === 'quote' ? '상담 후 견적' : formatKrw(service.pricing.price);
    console.log(`  ${service.title} — ${service.partner.name} — ${price}`);
  }

  const cheapest = await client.products.list({ category: 'food', tag: 'local', sort: 'price_asc', limit: 5 });
  console.log('\n가장 저렴한 로컬 식품 (cheapest local food):');
  for (const p of cheapest.data) console.log(`  ${formatKrw(p.price)}  ${p.title} (${p.partner.name})`);

  const all = await client.products.list({ limit: 100 }).toArray({ limit: 1000 });
  const total = all.reduce((sum, p) => sum + p.price, 0);
  console.log(`\n상품 ${all.length}개, 평균 가격 ${formatKrw(Math.round(total / Math.max(all.length, 1)))}`);
} catch (error) {
  if (error instanceof CenError) {
    console.error(`The CEN API said: ${error.message}`);
    process.exitCode = 1;
  } else throw error;
}
