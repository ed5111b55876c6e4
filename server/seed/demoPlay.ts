import type { Assembly } from '@shared/schemas/assembly';
import { loadActor } from '../auth/actor';
import type { Context } from '../context';

/** What the demo's sessions play through: the context at a moment of an assembly's window, and its people as actors. */
export function demoPlay(ctx: Context, assembly: Assembly) {
  const opens = Date.parse(assembly.opensAt);
  return {
    /** The context `offset` ms after the opening (negative: before it). */
    at: (offset: number): Context => ({ ...ctx, now: () => new Date(opens + offset) }),
    /** A person of the demo register, as the commands take who acts. */
    actor: async (email: string) => {
      const person = await ctx.register.personByEmail(email);
      const loaded = person ? await loadActor(ctx, person.id) : null;
      if (!loaded) throw new Error(`demo: ${email} is not in the demo register`);
      return loaded;
    },
  };
}
