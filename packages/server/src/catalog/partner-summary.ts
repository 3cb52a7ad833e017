import type { Image, OrganisationType, PartnerSummary } from '@thecen/schema';
import { absoluteImage, type OutputContext } from './output-context.js';

/** The partner columns every product and service query selects (`pa` is the partners table). */
export const PARTNER_SUMMARY_COLUMNS = `pa.name AS partner_name, pa.organisation_type AS partner_organisation_type, pa.logo AS partner_logo`;

export interface PartnerSummaryColumns {
  partner_id: string;
  partner_name: string;
  partner_organisation_type: OrganisationType;
  partner_logo: Image | null;
}

export function toPartnerSummary(row: PartnerSummaryColumns, ctx: OutputContext): PartnerSummary {
  return {
    id: row.partner_id,
    name: row.partner_name,
    organisationType: row.partner_organisation_type,
    logo: absoluteImage(row.partner_logo, ctx),
  };
}
