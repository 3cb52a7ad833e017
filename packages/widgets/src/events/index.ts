export type * from './product-load.js';
export type * from './product-click.js';
export type * from './service-load.js';
export type * from './service-click.js';
export type * from './products-load.js';
export type * from './error.js';
