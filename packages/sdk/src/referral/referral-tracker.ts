import {
  DEFAULT_ATTRIBUTION_WINDOW_DAYS,
  mergeReferral,
  referralFromUrl,
  type CapturedReferral,
  type ClickRecorded,
} from '@thecen/schema/browser';
import type { CenClient } from '../create-client.js';

/** Where the tracker keeps the referral: `local` (the window), `session` (no consent to keep it), `none` (this page only). */
export type ReferralStorage = 'local' | 'session' | 'none';

/** The part of the Web Storage API the tracker uses. */
export type StorageArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface ReferralTrackerOptions {
  /** Client that records the click (`client.referrals.recordClick`); without one no click is recorded. */
  client?: Pick<CenClient, 'referrals'>;
  /** The channel's publishable key: names the storage keys (`cen:ref:<key>`, `cen:visitor:<key>`). */
  publishableKey: string;
  /** Default `local`; `session` when the host page has no consent to keep the referral; `none` keeps it in memory. */
  storage?: ReferralStorage;
  /**
   * Attribution window in days when the mall has not said its own; default 30. The mall's window
   * comes with the landing URL of a referral link (`cen_window`) or the click answer, and wins.
   */
  windowDays?: number;
  /** The clock (tests). */
  now?: () => Date;
  /** The landing URL; default `location.href`. */
  href?: string;
  /** Replaces `localStorage` / `sessionStorage` (tests, or a storage of the host's own). */
  storageArea?: StorageArea;
}

export interface ReferralTracker {
  /** The referral in force (captured now or earlier, inside the window), or null. */
  current(): CapturedReferral | null;
  /** Forgets the referral (e.g. after the order that used it). */
  clear(): void;
  /** The referral the landing URL carried, or null when it carried none. */
  readonly captured: CapturedReferral | null;
  /** Settles when the click is recorded: its answer, or null when there was none to record (or it failed). */
  readonly recorded: Promise<ClickRecorded | null>;
}

interface StoredReferral extends CapturedReferral {
  /** The landing URL of the capture: a reload of it is not a new click. */
  landingUrl?: string;
}

function storageArea(kind: ReferralStorage, override?: StorageArea): StorageArea | null {
  if (kind === 'none') return null;
  if (override) return override;
  try {
    // Reading the property throws where storage is blocked (sandboxed frames, some privacy modes).
    return (kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage) ?? null;
  } catch {
    return null;
  }
}

function randomVisitorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Captures the referral parameters of the landing URL (`cen_mc`, `cen_cc`, `cen_click`), keeps the
 * referral first-party on the host site for the attribution window (last click wins) and records the
 * click once with a random first-party visitor id. Nothing is written when the URL carries no referral.
 *
 * @example
 * import { createCoreClient } from '@thecen/sdk/core';
 * import { createReferralTracker } from '@thecen/sdk/referral';
 * const client = createCoreClient({ baseUrl, publishableKey });
 * const referral = createReferralTracker({ client, publishableKey });
 * await client.orders.create({ ...order, referral: referral.current() ?? undefined });
 */
export function createReferralTracker(options: ReferralTrackerOptions): ReferralTracker {
  const { client, publishableKey, storage = 'local', windowDays = DEFAULT_ATTRIBUTION_WINDOW_DAYS, now = () => new Date() } = options;
  const area = storageArea(storage, options.storageArea);
  const referralKey = `cen:ref:${publishableKey}`;
  const visitorKey = `cen:visitor:${publishableKey}`;
  const memory = new Map<string, string>();

  const read = (key: string): string | null => {
    try {
      return area ? area.getItem(key) : (memory.get(key) ?? null);
    } catch {
      return memory.get(key) ?? null;
    }
  };
  const write = (key: string, value: string | null): void => {
    if (value === null) memory.delete(key);
    else memory.set(key, value);
    try {
      if (value === null) area?.removeItem(key);
      else area?.setItem(key, value);
    } catch {
      // Quota or blocked storage: the memory copy keeps the referral for this page.
    }
  };
  const stored = (): StoredReferral | null => {
    const text = read(referralKey);
    if (!text) return null;
    try {
      const value = JSON.parse(text) as StoredReferral;
      return typeof value?.capturedAt === 'string' ? value : null;
    } catch {
      return null;
    }
  };
  const save = (referral: StoredReferral) => write(referralKey, JSON.stringify(referral));
  const strip = ({ mcCode, contentId, clickId, capturedAt }: CapturedReferral): CapturedReferral => ({ mcCode, contentId, clickId, capturedAt });

  let href = options.href;
  if (href === undefined) {
    try {
      href = globalThis.location?.href;
    } catch {
      href = undefined;
    }
  }
  const before = stored();
  let captured: CapturedReferral | null = null;
  try {
    captured = href ? referralFromUrl(href, now()) : null;
  } catch {
    captured = null;
  }
  const reload =
    captured !== null &&
    before !== null &&
    before.landingUrl === href &&
    before.mcCode === captured.mcCode &&
    before.contentId === captured.contentId &&
    mergeReferral(before, null, now(), windowDays) !== null;
  if (captured && !reload) save({ ...captured, landingUrl: href });

  let recorded: Promise<ClickRecorded | null> = Promise.resolve(null);
  // A redirect link of the server recorded its click already (cen_click); a reload is not a new click.
  if (captured && !reload && !captured.clickId && client) {
    let visitorId = read(visitorKey);
    if (!visitorId || !/^[A-Za-z0-9_-]{8,64}$/.test(visitorId)) write(visitorKey, (visitorId = randomVisitorId()));
    const { mcCode, contentId } = captured;
    recorded = client.referrals
      .recordClick({ ...(mcCode && { mcCode }), ...(contentId && { contentId }), visitorId, ...(href && { landingUrl: href.slice(0, 2000) }) })
      .then((answer) => {
        const latest = stored();
        // The click id, and the mall's own attribution window (kept with the referral: it outlasts a default one).
        if (latest && latest.capturedAt === captured!.capturedAt && (answer.clickId || answer.windowDays)) {
          save({ ...latest, ...(answer.clickId && { clickId: answer.clickId }), ...(answer.windowDays && { windowDays: answer.windowDays }) });
        }
        return answer;
      })
      .catch(() => null);
  }

  return {
    captured: captured && strip(captured),
    recorded,
    current() {
      const referral = mergeReferral(stored(), null, now(), windowDays);
      return referral && strip(referral);
    },
    clear() {
      write(referralKey, null);
    },
  };
}
