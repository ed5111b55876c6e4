import { z } from 'zod';
import { bodies, offices } from '../vocabulary';

export { bodies, offices };
export const bodySchema = z.enum(bodies, { error: 'Choose the Direction, the Table or the Audit council' });
export type Body = z.infer<typeof bodySchema>;

export const officeSchema = z.enum(offices, { error: 'Choose president, vice-president or secretary' });
export type Office = z.infer<typeof officeSchema>;

/** One seat to fill by election: an office in a body. */
export const seatSchema = z.object({ body: bodySchema, office: officeSchema });
export type Seat = z.infer<typeof seatSchema>;
