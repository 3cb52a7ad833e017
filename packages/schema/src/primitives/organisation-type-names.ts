import type { OrganisationType } from '../entities/partner.js';

/**
 * Korean names of the partners' organisation types (법적 형태), as buyers read them: the one list
 * the server's pages and the widgets' Korean strings both show. Zod-free.
 */
export const ORGANISATION_TYPE_NAMES_KO: Readonly<Record<OrganisationType, string>> = {
  cooperative: '협동조합',
  social_cooperative: '사회적협동조합',
  social_enterprise_certified: '사회적기업',
  social_enterprise_preliminary: '예비사회적기업',
  village_enterprise: '마을기업',
  self_sufficiency_enterprise: '자활기업',
  social_venture: '소셜벤처',
  credit_union: '신협',
  consumer_coop: '생협',
};
