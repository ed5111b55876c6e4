import type { MeResponse } from '@shared/api';
import { actionRequirements, permission, type Action } from '@shared/rules/permissions';
import type { Context } from '../context';
import { loadActor } from '../auth/actor';
import { Refusal } from '../commands/refusal';

/** Who the browser is: the person, what they speak for, and what they may do (nothing but read through a personal link). */
export async function readMe(
  ctx: Pick<Context, 'now' | 'statutes' | 'register'>,
  personId: string,
  scope: string | null,
): Promise<MeResponse> {
  const actor = await loadActor(ctx, personId);
  const person = await ctx.register.person(personId);
  if (!actor || !person) throw new Refusal('sign_in_required', { context: 'again' }, { missing: 'signed_in' });
  const actions = Object.keys(actionRequirements) as Action[];
  const permissions = Object.fromEntries(
    actions.map((action) => [action, scope === null && permission(actor, action).allowed]),
  ) as Record<Action, boolean>;
  return { person, actor, permissions, scope };
}
