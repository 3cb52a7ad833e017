import { DEMO_CHANNEL, demoPartners, demoProducts, demoServices } from '@thecen/mocks/fixtures';
import type { Database } from '../db/database.js';
import { insertCatalog } from '../catalog/insert-catalog.js';

export interface SeedResult {
  seeded: boolean;
  partners: number;
  products: number;
  services: number;
}

/**
 * Inserts the demo catalog and the demo channel (publishable key `pk_test_TheCenDemoCoopSite01`)
 * in one transaction, when the database has no partners yet; does nothing otherwise.
 */
export async function seedDemoData(db: Database): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    // Two servers starting together must not both seed.
    await tx.query('LOCK TABLE partners IN SHARE ROW EXCLUSIVE MODE');
    const [existing] = await tx.query('SELECT 1 FROM partners LIMIT 1');
    if (existing) return { seeded: false, partners: 0, products: 0, services: 0 };
    await insertCatalog(tx, {
      channels: [
        {
          id: DEMO_CHANNEL.id,
          name: DEMO_CHANNEL.name,
          publishableKey: DEMO_CHANNEL.publishableKey,
          allowedOrigins: [...DEMO_CHANNEL.allowedOrigins],
        },
      ],
      partners: demoPartners,
      products: demoProducts,
      services: demoServices,
    });
    return { seeded: true, partners: demoPartners.length, products: demoProducts.length, services: demoServices.length };
  });
}
