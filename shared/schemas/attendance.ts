import { z } from 'zod';
import { memberNoSchema } from './member';
import { instantSchema } from './time';

/** A person entering the online room of an assembly (RULES.md §4, Reading of "present"). */
export const roomJoinSchema = z.object({
  assemblyId: z.string().min(1),
  personId: z.string().min(1),
  joinedAt: instantSchema,
});
export type RoomJoin = z.infer<typeof roomJoinSchema>;

/** The Table marking a member physically present at a hybrid extraordinary assembly. */
export const physicalPresenceSchema = z.object({
  assemblyId: z.string().min(1),
  memberNo: memberNoSchema,
  markedAt: instantSchema,
  markedByPersonId: z.string().min(1),
});
export type PhysicalPresence = z.infer<typeof physicalPresenceSchema>;
