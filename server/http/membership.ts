import { Router } from 'express';
import { admissionDecisionSchema, admissionSubmissionSchema } from '@shared/schemas/registerEdits';
import { proposeExclusionInputSchema } from '@shared/schemas/exclusion';
import type { Context } from '../context';
import { presentAdmission, presentExclusion } from '../presenters/member';
import { presentAdmissions, presentExclusions } from '../presenters/registerViews';
import { submitAdmission } from '../commands/submitAdmission';
import { decideAdmission } from '../commands/decideAdmission';
import { proposeExclusion } from '../commands/proposeExclusion';
import { parseInput, pathNumber } from './errors';
import { authorize } from './identity';

/** S.11: joining and leaving the network: admission requests and decisions, exclusion proposals. */
export function membershipRoutes(ctx: Context): Router {
  const router = Router();

  router.post('/api/admissions', async (request, response) => {
    const input = parseInput(admissionSubmissionSchema, request.body, 'The admission request');
    const { memberNo } = await submitAdmission(ctx, response.locals.actor, input, request.ip ?? 'unknown');
    response.status(201).json({
      memberNo,
      message:
        'The request is registered. The Direction will check it against the criteria of the college and answer by e-mail.',
    });
  });

  router.get('/api/admissions', async (_request, response) => {
    authorize(response, 'register.view');
    response.json(presentAdmissions(await ctx.register.snapshot(), ctx.statutes));
  });

  router.post('/api/admissions/:memberNo/decision', async (request, response) => {
    const actor = authorize(response, 'admission.decide');
    const memberNo = pathNumber(request.params.memberNo, 'member number');
    await decideAdmission(ctx, actor, memberNo, parseInput(admissionDecisionSchema, request.body, 'The decision'));
    const register = await ctx.register.snapshot();
    const record = register.admissions.get(memberNo);
    response.json(record ? presentAdmission(register, record, ctx.statutes) : null);
  });

  router.get('/api/exclusions', async (_request, response) => {
    authorize(response, 'register.view');
    response.json(presentExclusions(await ctx.register.snapshot(), ctx.statutes));
  });

  router.post('/api/exclusions', async (request, response) => {
    const actor = authorize(response, 'exclusion.propose');
    const record = await proposeExclusion(
      ctx,
      actor,
      parseInput(proposeExclusionInputSchema, request.body, 'The exclusion proposal'),
    );
    response.status(201).json(presentExclusion(await ctx.register.snapshot(), record, ctx.statutes));
  });

  return router;
}
