import { z } from 'zod';
import { bodySchema, officeSchema } from './body';
import { memberNoSchema } from './member';

const isoDate = z.iso.date({ message: 'must be a date such as 2025-11-04' });

/** A member's seat on a coordination body, for the term it was elected for (S.5: 2 to 4 years). */
export const bodySeatSchema = z.object({
  body: bodySchema,
  office: officeSchema,
  memberNo: memberNoSchema,
  termStart: isoDate,
  termEnd: isoDate,
});
export type BodySeat = z.infer<typeof bodySeatSchema>;
