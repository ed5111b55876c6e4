import type { Context } from '../context';

/** Ends one session; its room connections, on every web process, close with it. */
export async function signOut(ctx: Pick<Context, 'live' | 'sessions'>, sessionId: string): Promise<void> {
  const session = await ctx.sessions.end(sessionId);
  if (session) await ctx.live.publish({ type: 'sessions.ended', personId: session.personId, sessionIds: [sessionId] });
}

/** Ends every session of a person, on every device, and closes their room connections. */
export async function signOutEverywhere(ctx: Pick<Context, 'live' | 'sessions'>, personId: string): Promise<void> {
  const sessionIds = await ctx.sessions.endAll(personId);
  if (sessionIds.length > 0) await ctx.live.publish({ type: 'sessions.ended', personId, sessionIds });
}
