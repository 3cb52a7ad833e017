import type { Page } from 'playwright-core';

/** How long any one state may take to appear (a cold PGlite, a first chunk load). */
export const TIMEOUT = 20_000;

/** The storage engines the end-to-end suites run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const engines: { name: string; postgresServerUrl?: string }[] = [{ name: 'PGlite' }];
if (process.env.TEST_DATABASE_URL?.trim()) engines.push({ name: 'PostgreSQL', postgresServerUrl: process.env.TEST_DATABASE_URL.trim() });

/** Polls `probe` until it gives a truthy value; fails with `what` (and the last error) after TIMEOUT. */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false | '' | 0>): Promise<T> {
  const deadline = Date.now() + TIMEOUT;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${TIMEOUT} ms waiting for ${what}${lastError ? ` (last error: ${(lastError as Error).message})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for the browser to land on `what`; a failure says where it is instead. */
export async function arriveAt(page: Page, what: string, matches: (url: URL) => boolean): Promise<void> {
  try {
    await page.waitForURL(matches, { timeout: TIMEOUT });
  } catch (error) {
    throw new Error(`Expected the browser on ${what}, but it is at ${page.url()} (${(error as Error).message.split('\n')[0]})`);
  }
}
