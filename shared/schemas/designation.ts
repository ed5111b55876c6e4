import { z } from 'zod';
import { memberNoSchema } from './member';
import { instantSchema } from './time';

/**
 * One period during which a person represents a member (S.2: each member designates a natural
 * person and may change it at any time). The history is kept: a new designation closes the last.
 */
export const designationSchema = z
  .object({
    memberNo: memberNoSchema,
    personId: z.string().min(1),
    from: instantSchema,
    until: instantSchema.nullable().default(null),
  })
  .refine((d) => d.until === null || d.until.getTime() > d.from.getTime(), {
    error: 'A designation must end after it starts',
    path: ['until'],
  });
export type Designation = z.infer<typeof designationSchema>;
