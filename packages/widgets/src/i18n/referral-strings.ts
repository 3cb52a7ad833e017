import { REFERRAL_DISCLOSURE } from '@thecen/schema/browser';
import type { Localized } from './translation.js';

/** Strings of `<cen-mc-badge>`. The disclosure is the schema's, never reworded here. */
export interface ReferralStrings {
  /** The visible commission disclosure (추천·보증 심사지침). */
  disclosure: string;
  /** "<name> 추천": who recommends. */
  recommendedBy: (name: string) => string;
  /** Shown while the badge loads. */
  loading: string;
  /** Shown when the MC code is unknown. */
  unknownCreator: string;
  /** Shown when the product is unknown. */
  productNotFound: string;
  /** Shown when the service is unknown. */
  serviceNotFound: string;
}

export const referralStrings: Localized<ReferralStrings> = {
  ko: {
    disclosure: REFERRAL_DISCLOSURE.ko,
    recommendedBy: (name) => `${name} 추천`,
    loading: '추천 정보를 불러오는 중',
    unknownCreator: '추천인 정보를 찾을 수 없습니다.',
    productNotFound: '상품을 찾을 수 없습니다.',
    serviceNotFound: '서비스를 찾을 수 없습니다.',
  },
  en: {
    disclosure: REFERRAL_DISCLOSURE.en,
    recommendedBy: (name) => `Recommended by ${name}`,
    loading: 'Loading the recommendation',
    unknownCreator: 'The recommender could not be found.',
    productNotFound: 'The product could not be found.',
    serviceNotFound: 'The service could not be found.',
  },
};
