import { z } from 'zod';

/** A member number typed or picked by a person, failing with `message` when it is not one. */
export function memberNoInputSchema(message: string) {
  return z.number({ error: message }).int({ error: message }).positive({ error: message });
}
