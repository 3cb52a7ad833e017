import type { RequestHandler } from 'msw';

/** The handlers of one `createHandlers()` call, a `createMockFetch()` function, or an msw server / worker using them. */
export type HandlerSource = readonly RequestHandler[] | { readonly handlers: readonly RequestHandler[] } | { listHandlers(): readonly unknown[] };

/** The handlers behind a source. */
export function handlersOf(source: HandlerSource): readonly RequestHandler[] {
  if (Array.isArray(source)) return source;
  if ('listHandlers' in source) return source.listHandlers() as readonly RequestHandler[];
  return (source as { handlers: readonly RequestHandler[] }).handlers;
}

/** A registry of the state behind each handler made by `createHandlers()`, found again from a source. */
export function handlerRegistry<T>(missing: string) {
  const stateOfHandler = new WeakMap<RequestHandler, T>();
  return {
    register(handlers: readonly RequestHandler[], state: T): void {
      for (const handler of handlers) stateOfHandler.set(handler, state);
    },
    find(source: HandlerSource): T {
      for (const handler of handlersOf(source)) {
        const state = stateOfHandler.get(handler);
        if (state) return state;
      }
      throw new TypeError(missing);
    },
  };
}
