import * as z from 'zod/mini';
import { ContentCreatorId, IsoDateTime } from '../primitives/fields.js';
import { named } from '../registry.js';
import { ReferralCode } from './market-creator.js';
import { STATEMENT_TOKEN_PATTERN } from './referral-params.js';

export const StatementToken = named(
  'StatementToken',
  z.string().check(z.regex(STATEMENT_TOKEN_PATTERN, { error: 'is not a statement token' })),
  'Signed token with which one MC or CC reads its own commission statement (and nothing else).',
);

export const StatementTokenParams = z.strictObject({ token: StatementToken });
export const ContentCreatorIdParams = z.strictObject({ id: ContentCreatorId });

/**
 * Operator (secret key): issue a statement token for an MC (by referral code) or a CC (by id).
 * Issuing again with `rotate: true` revokes every earlier token of that creator.
 */
export const CreateStatementTokenRequest = named(
  'CreateStatementTokenRequest',
  z.discriminatedUnion('role', [
    z.strictObject({ role: z.literal('mc'), mcCode: ReferralCode, rotate: z.optional(z.boolean()) }),
    z.strictObject({ role: z.literal('cc'), creatorId: ContentCreatorId, rotate: z.optional(z.boolean()) }),
  ]),
);
export type CreateStatementTokenRequest = z.infer<typeof CreateStatementTokenRequest>;

export const IssuedStatementToken = named(
  'IssuedStatementToken',
  z.object({
    object: z.literal('statement_token'),
    role: z.enum(['mc', 'cc']),
    creatorId: z.string(),
    displayName: z.string(),
    token: z.string(),
    expiresAt: IsoDateTime,
  }),
);
export type IssuedStatementToken = z.infer<typeof IssuedStatementToken>;
