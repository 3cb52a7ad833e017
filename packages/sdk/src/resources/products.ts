import { paths, type Batch, type Product, type ProductListQuery } from '@thecen/schema/browser';
import type { RequestOptions } from '../client-options.js';
import type { Requester } from '../http/request.js';
import type { ListPromise } from '../list-promise.js';
import { catalogMethods } from './methods.js';

/** Products (상품) of the channel's catalog: `client.products`. */
export interface ProductsResource {
  /**
   * Lists products, newest first unless `sort` says otherwise. Await it for the first page, or
   * iterate it with `for await` to walk every page.
   *
   * `GET /v1/products`
   * @example
   * const page = await client.products.list({ category: 'food', limit: 12 });
   * for await (const product of client.products.list({ tag: 'organic' })) console.log(product.title);
   * const firstFifty = await client.products.list({ sort: 'price_asc' }).toArray({ limit: 50 });
   */
  list(query?: ProductListQuery, options?: RequestOptions): ListPromise<Product>;
  /**
   * Gets one product; rejects with `CenNotFoundError` when there is none.
   *
   * `GET /v1/products/{id}`
   * @example
   * const product = await client.products.retrieve('prd_wooriwheat01');
   */
  retrieve(id: string, options?: RequestOptions): Promise<Product>;
  /**
   * Gets many products by id (split into requests of 100 ids); unknown ids are listed in `missing`.
   *
   * `GET /v1/products/batch?ids=…`
   * @example
   * const { data, missing } = await client.products.retrieveMany(['prd_wooriwheat01', 'prd_hanjicraft01']);
   */
  retrieveMany(ids: string[], options?: RequestOptions): Promise<Batch<Product>>;
  /**
   * Gets one product, joining every `load()` made in the same macrotask into one batch request:
   * the call to use from many widgets on one page. Rejects with `CenNotFoundError` for an unknown
   * id. Only `options.signal` applies (to this caller alone).
   *
   * `GET /v1/products/batch?ids=…`
   * @example
   * const [a, b] = await Promise.all([client.products.load('prd_wooriwheat01'), client.products.load('prd_hanjicraft01')]);
   */
  load(id: string, options?: RequestOptions): Promise<Product>;
}

export function productsResource(request: Requester): ProductsResource {
  return catalogMethods<Product, ProductListQuery>(
    request,
    {
      list: { route: 'listProducts', path: paths.listProducts.path },
      batch: { route: 'batchProducts', path: paths.batchProducts.path },
      get: { route: 'getProduct', path: paths.getProduct.path },
    },
    'product',
  );
}
