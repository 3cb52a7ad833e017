import type { Context } from 'hono';
import type { OutputContext } from '../catalog/output-context.js';

/** Absolute URLs use the configured public URL, or else the origin the request was sent to. */
export function outputContextOf(c: Context, publicUrl: string | undefined): OutputContext {
  return { baseUrl: publicUrl ?? new URL(c.req.url).origin };
}
