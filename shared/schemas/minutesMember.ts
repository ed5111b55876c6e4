import { z } from 'zod';
import { memberNoSchema as memberNo } from './member';

/** An instant as the minutes keep it: an ISO text with its offset (UTC when built). */
export const minutesInstantSchema = z.iso.datetime({ offset: true });

/** A member as the minutes name it: number, territory, organisation, country. */
export const minutesMemberSchema = z.object({
  memberNo,
  organisation: z.string(),
  territory: z.string(),
  country: z.string(),
});
export type MinutesMember = z.infer<typeof minutesMemberSchema>;
