import { CenError, CenNotFoundError } from '@thecen/sdk/core';
import { CenConfigurationError } from '../config/configuration-error.js';

/** How a widget presents a failure: only `network` offers a retry. */
export type ErrorKind = 'not-found' | 'config' | 'network' | 'other';

/** Connection failures, timeouts, rate limits and 5xx are worth retrying; 4xx are not. */
export function errorKind(error: unknown): ErrorKind {
  if (error instanceof CenNotFoundError) return 'not-found';
  if (error instanceof CenConfigurationError) return 'config';
  const status = error instanceof CenError ? error.status : 0;
  return !status || status >= 500 || status === 429 ? 'network' : 'other';
}
