import { z } from 'zod';
import { multilineText } from './typedText';
import { memberNoSchema } from './member';
import { memberNoInputSchema } from './memberRef';
import { instantSchema } from './time';

/** The two grounds of S.11: deliberate unjustified harm, or obligations unmet for three years. */
export const exclusionGrounds = ['deliberate_harm', 'unmet_obligations'] as const;
export const exclusionGroundSchema = z.enum(exclusionGrounds, {
  error: 'Choose the ground: deliberate harm, or obligations unmet for at least three years',
});
export type ExclusionGround = z.infer<typeof exclusionGroundSchema>;

/** An exclusion proposed by the Direction (S.11); the member is informed with the reasons. */
export const exclusionProposalSchema = z.object({
  memberNo: memberNoSchema,
  ground: exclusionGroundSchema,
  reasons: z.string().min(1),
  proposedAt: instantSchema,
});
export type ExclusionProposal = z.infer<typeof exclusionProposalSchema>;

/** What the Direction fills in to propose an exclusion. */
export const proposeExclusionInputSchema = z.object({
  memberNo: memberNoInputSchema('Say which member the Direction proposes to exclude'),
  ground: exclusionGroundSchema,
  reasons: multilineText({ error: 'Write the reasons the member will receive' })
    .min(20, { error: 'Write the reasons the member will receive (at least 20 characters)' })
    .max(10_000, { error: 'The reasons can have at most 10,000 characters' }),
});
export type ProposeExclusionInput = z.infer<typeof proposeExclusionInputSchema>;
