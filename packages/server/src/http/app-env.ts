import type { Channel } from '../catalog/channel.js';

/** Values the middleware hands to the handlers of one request. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** The channel of the publishable key (set on catalog routes). */
    channel: Channel;
    /** Which kind of key authenticated the request: `publishable` (pk_…) or `secret` (sk_…). */
    keyKind: 'publishable' | 'secret';
  };
}
