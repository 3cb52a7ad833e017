import type { Queryable } from '../db/database.js';

/** How many rows each catalog table holds (all statuses), for `/health`. */
export interface CatalogCounts {
  partners: number;
  products: number;
  services: number;
  channels: number;
}

export async function countCatalog(db: Queryable): Promise<CatalogCounts> {
  const [row] = await db.query<CatalogCounts>(
    `SELECT (SELECT count(*) FROM partners) AS partners, (SELECT count(*) FROM products) AS products,
       (SELECT count(*) FROM services) AS services, (SELECT count(*) FROM channels) AS channels`,
  );
  return row!;
}
