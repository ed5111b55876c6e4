import { z } from 'zod';
import { memberNoSchema } from './member';
import { memberNoInputSchema } from './memberRef';
import { instantSchema } from './time';

/**
 * A proxy (R.7): a voting member (grantor) lets another voting member (holder) of its continent
 * vote for it at one assembly. Revocable until the holder uses it.
 */
export const proxyGrantSchema = z.object({
  id: z.string().min(1),
  assemblyId: z.string().min(1),
  grantorMemberNo: memberNoSchema,
  holderMemberNo: memberNoSchema,
  grantedAt: instantSchema,
  revokedAt: instantSchema.nullable().default(null),
});
export type ProxyGrant = z.infer<typeof proxyGrantSchema>;

/** What a representative sends to give its member's proxy for an assembly. */
export const grantProxyInputSchema = z
  .object({
    assemblyId: z.string({ error: 'Say for which assembly' }).min(1, { error: 'Say for which assembly' }),
    grantorMemberNo: memberNoInputSchema('Say which member gives its proxy'),
    holderMemberNo: memberNoInputSchema('Say which member receives the proxy'),
  })
  .refine((input) => input.grantorMemberNo !== input.holderMemberNo, {
    error: 'A member cannot give its proxy to itself',
    path: ['holderMemberNo'],
  });
export type GrantProxyInput = z.infer<typeof grantProxyInputSchema>;
