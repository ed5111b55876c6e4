import { z } from 'zod';

const isoInstantSchema = z.iso
  .datetime({
    offset: true,
    error: 'Give a date and time with its offset or Z, e.g. 2026-10-24T12:00:00+02:00',
  })
  .transform((text) => new Date(text));

const validDateSchema = z
  .date({ error: 'Give a valid date and time' })
  .refine((date) => !Number.isNaN(date.getTime()), { error: 'Give a valid date and time' });

/**
 * An instant (a point in time, zone-free): a Date, or an ISO 8601 text with an offset as it
 * travels in JSON. Always parsed to a Date.
 */
export const instantSchema = z.union([validDateSchema, isoInstantSchema], {
  error: 'Give a date and time with its offset or Z, e.g. 2026-10-24T12:00:00+02:00',
});
export type Instant = z.infer<typeof instantSchema>;
