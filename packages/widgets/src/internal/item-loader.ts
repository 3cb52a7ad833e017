import type { ReactiveControllerHost } from 'lit';
import { clientFor, type CenClient } from '../config/client-for.js';
import { BaseItemLoader } from './resource-item-loader.js';

/** The loader of an element in a lazy chunk: `request` gets the whole client. */
export class ItemLoader<T> extends BaseItemLoader<T, CenClient> {
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    request: (client: CenClient, id: string, signal: AbortSignal) => Promise<T>,
    settled: (id: string, item?: T, error?: unknown) => void,
  ) {
    super(host, clientFor, request, settled);
  }
}
