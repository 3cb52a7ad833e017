import type { Address, Image, MailOrderRegistration, MembershipGrade, OrganisationType, Partner, PartnerStatus } from '@thecen/schema';
import { absoluteImage, type OutputContext } from './output-context.js';

/** The columns every partner query selects. */
export const PARTNER_COLUMNS = `
  pa.id, pa.name, pa.organisation_type, pa.business_number, pa.mail_order, pa.representative, pa.address,
    pa.phone, pa.email, pa.website, pa.membership_grade, pa.status, pa.logo, pa.story, pa.created_at`;

export const PARTNER_FROM = `partners pa`;

export const PUBLIC_PARTNER = `pa.status = 'active'`;

export interface PartnerRow {
  id: string;
  name: string;
  organisation_type: OrganisationType;
  business_number: string;
  mail_order: MailOrderRegistration;
  representative: string;
  address: Address;
  phone: string;
  email: string;
  website: string | null;
  membership_grade: MembershipGrade;
  status: PartnerStatus;
  logo: Image | null;
  story: string;
  created_at: Date;
}

export function toPartner(row: PartnerRow, ctx: OutputContext): Partner {
  return {
    id: row.id,
    object: 'partner',
    name: row.name,
    organisationType: row.organisation_type,
    businessNumber: row.business_number,
    mailOrder: row.mail_order,
    representative: row.representative,
    address: row.address,
    phone: row.phone,
    email: row.email,
    ...(row.website ? { website: row.website } : {}),
    membershipGrade: row.membership_grade,
    status: row.status,
    logo: absoluteImage(row.logo, ctx),
    story: row.story,
    createdAt: row.created_at.toISOString(),
  };
}
