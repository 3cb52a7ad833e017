/**
 * Referral parameters of a landing URL and their rules, zod-free: the SDK captures them in the
 * browser, the server checks them. A public MC referral code is 3–32 lower-case letters, digits
 * or dashes (`mc=haetsal-mom`); a CC content id is a `cnt_` id (`cc=cnt_forestblog01`).
 */
export const REFERRAL_PARAMS = { marketCreator: 'cen_mc', content: 'cen_cc' } as const;
export const REFERRAL_CODE_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,30}[a-z0-9])$/;
export const CONTENT_ID_PATTERN = /^cnt_[a-z0-9]{4,32}$/;
/** Default attribution window; a mall may set its own. */
export const DEFAULT_ATTRIBUTION_WINDOW_DAYS = 30;
/** Longest window a mall may set (days). */
export const MAX_ATTRIBUTION_WINDOW_DAYS = 365;
/**
 * Landing-URL parameter with the mall's own attribution window in days, added by the server's
 * redirect link when it knows the mall (the click answer of the API carries it too).
 */
export const REFERRAL_WINDOW_PARAM = 'cen_window';

export interface CapturedReferral {
  /** MC referral code, when the landing URL carried one. */
  mcCode: string | null;
  /** CC content id, when the landing URL carried one. */
  contentId: string | null;
  /** Click id the server gave when the click was recorded (redirect link or SDK capture). */
  clickId: string | null;
  /** When the referral was captured (ISO-8601); the window runs from here. */
  capturedAt: string;
  /** The mall's attribution window in days, when the server said it; else the default (or the caller's). */
  windowDays?: number;
}

function windowOf(text: string | null): number | undefined {
  if (!text || !/^\d{1,3}$/.test(text)) return undefined;
  const days = Number(text);
  return days >= 1 && days <= MAX_ATTRIBUTION_WINDOW_DAYS ? days : undefined;
}

/** Reads referral parameters from a URL; null when it carries none (or only invalid ones). */
export function referralFromUrl(url: string | URL, now: Date): CapturedReferral | null {
  const u = typeof url === 'string' ? new URL(url) : url;
  const mc = u.searchParams.get(REFERRAL_PARAMS.marketCreator)?.trim().toLowerCase() ?? '';
  const cc = u.searchParams.get(REFERRAL_PARAMS.content)?.trim() ?? '';
  const click = u.searchParams.get('cen_click')?.trim() ?? '';
  const mcCode = REFERRAL_CODE_PATTERN.test(mc) ? mc : null;
  const contentId = CONTENT_ID_PATTERN.test(cc) ? cc : null;
  if (!mcCode && !contentId) return null;
  const windowDays = windowOf(u.searchParams.get(REFERRAL_WINDOW_PARAM));
  return {
    mcCode,
    contentId,
    clickId: /^clk_[a-z0-9]{4,32}$/.test(click) ? click : null,
    capturedAt: now.toISOString(),
    ...(windowDays !== undefined && { windowDays }),
  };
}

/**
 * Last click wins: a newer capture replaces an older one; an expired one is dropped. A referral's
 * own `windowDays` (the mall's, told by the server) overrides `windowDays`.
 */
export function mergeReferral(
  stored: CapturedReferral | null,
  incoming: CapturedReferral | null,
  now: Date,
  windowDays = DEFAULT_ATTRIBUTION_WINDOW_DAYS,
): CapturedReferral | null {
  const candidate = incoming ?? stored;
  if (!candidate) return null;
  return isWithinWindow(candidate, now, windowDays) ? candidate : null;
}

export function isWithinWindow(
  referral: Pick<CapturedReferral, 'capturedAt'> & { windowDays?: number | undefined },
  now: Date,
  windowDays = DEFAULT_ATTRIBUTION_WINDOW_DAYS,
): boolean {
  const captured = Date.parse(referral.capturedAt);
  if (Number.isNaN(captured) || captured > now.getTime() + 5 * 60_000) return false;
  return now.getTime() - captured <= (referral.windowDays ?? windowDays) * 86_400_000;
}

/** The disclosure a paid recommendation must show (추천·보증 심사지침): visible, in Korean. */
export const REFERRAL_DISCLOSURE = {
  ko: '이 추천 링크를 통해 구매하면 추천인이 판매 수수료를 받습니다.',
  en: 'The recommender receives a commission on purchases made through this link.',
} as const;

/** A statement token (`st_<payload>.<signature>`): an MC or CC reads its own statement with it. */
export const STATEMENT_TOKEN_PATTERN = /^st_[A-Za-z0-9_-]{8,200}\.[A-Za-z0-9_-]{16,100}$/;
/** The landing-URL parameter of the MC studio page that carries a statement token. */
export const STATEMENT_TOKEN_PARAM = 'statement';
