import { PORTONE_LAUNCH_SCRIPT } from './portone-launch-script.js';
import { TOSS_LAUNCH_SCRIPT } from './toss-launch-script.js';

/**
 * A provider whose payment is started in the buyer's browser by its SDK: the page this server
 * hosts for it (`/pay/{provider}/{paymentId}`) loads the SDK from its official URL and our
 * launcher, under a Content-Security-Policy that allows only this server and the provider.
 */
export interface HostedPaymentSdk {
  provider: 'toss' | 'portone';
  /** Shown as the page's title and heading. */
  title: string;
  /** The provider's official browser SDK. */
  scriptUrl: string;
  /** Path of the launcher on this server. */
  launcherPath: string;
  /** The launcher's source (JavaScript). */
  launcherSource: string;
  /** The provider's origins, per CSP directive (`'self'` is added to `script-src`). */
  origins: { script: readonly string[]; frame: readonly string[]; connect: readonly string[] };
  /** The parameter that names our payment id on the fail URL (`orderId` for Toss, `paymentId` for PortOne). */
  failIdParam: 'orderId' | 'paymentId';
}

export const HOSTED_PAYMENT_SDKS: Readonly<Record<HostedPaymentSdk['provider'], HostedPaymentSdk>> = {
  toss: {
    provider: 'toss',
    title: '토스페이먼츠 결제',
    scriptUrl: 'https://js.tosspayments.com/v2/standard',
    launcherPath: '/pay/assets/toss-launch.js',
    launcherSource: TOSS_LAUNCH_SCRIPT,
    origins: {
      script: ['https://js.tosspayments.com'],
      frame: ['https://*.tosspayments.com'],
      connect: ['https://*.tosspayments.com'],
    },
    failIdParam: 'orderId',
  },
  portone: {
    provider: 'portone',
    title: '포트원 결제',
    scriptUrl: 'https://cdn.portone.io/v2/browser-sdk.js',
    launcherPath: '/pay/assets/portone-launch.js',
    launcherSource: PORTONE_LAUNCH_SCRIPT,
    origins: {
      script: ['https://cdn.portone.io'],
      frame: ['https://*.portone.io'],
      connect: ['https://*.portone.io'],
    },
    failIdParam: 'paymentId',
  },
};

/** The hosted-page description of a provider, or undefined when it has none (e.g. `test`, which hosts its own). */
export function hostedPaymentSdkOf(provider: string): HostedPaymentSdk | undefined {
  return Object.hasOwn(HOSTED_PAYMENT_SDKS, provider) ? HOSTED_PAYMENT_SDKS[provider as HostedPaymentSdk['provider']] : undefined;
}

/**
 * The page's Content-Security-Policy: scripts from this server and the provider's SDK origin
 * only (no inline script), the provider's frames and connections, inline styles for the layout,
 * nothing else; no forms, no base, not framable.
 */
export function hostedPaymentPageCsp(sdk: HostedPaymentSdk): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${sdk.origins.script.join(' ')}`,
    `frame-src ${sdk.origins.frame.join(' ')}`,
    `connect-src ${sdk.origins.connect.join(' ')}`,
    "img-src 'self'",
    "style-src 'unsafe-inline'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
