import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';

export const ORIGIN = 'http://api.test';

export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body (JSON bodies only). */
  json: any;
}

/** Sends one request to the app in-process and reads the whole answer. */
export async function send(app: Hono<AppEnv>, path: string, init: RequestInit = {}): Promise<TestResponse> {
  const response = await app.request(`${ORIGIN}${path}`, init);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, headers: response.headers, text, json: /json/.test(type) && text ? JSON.parse(text) : undefined };
}

/** `?key=…` plus the given query parameters (values URL-encoded). */
export function withKey(path: string, key: string, params: Record<string, string | number> = {}): string {
  const search = new URLSearchParams({ key });
  for (const [name, value] of Object.entries(params)) search.append(name, String(value));
  return `${path}${path.includes('?') ? '&' : '?'}${search}`;
}
