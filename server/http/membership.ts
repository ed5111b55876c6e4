import { admissionDecisionSchema, admissionSubmissionSchema } from '@shared/schemas/registerEdits';
import { proposeExclusionInputSchema } from '@shared/schemas/exclusion';
import { submitAdmission } from '../commands/submitAdmission';
import { decideAdmission } from '../commands/decideAdmission';
import { proposeExclusion } from '../commands/proposeExclusion';
import { readAdmission, readAdmissions, readExclusion, readExclusions } from '../queries/readRegister';
import { pathNumber } from './errors';
import { json, route } from './route';

/** S.11: joining and leaving the network: admission requests and decisions, exclusion proposals. */
export const membershipRoutes = [
  route({
    method: 'POST',
    path: '/api/admissions',
    // A candidate territory asks without an account; a signed-in person's request is recorded as theirs.
    who: 'anyone',
    body: { schema: admissionSubmissionSchema, name: 'The admission request' },
    handle: async ({ ctx, actor, body, request }) => {
      const { memberNo } = await submitAdmission(ctx, actor, body, request.ip ?? 'unknown');
      return json(
        {
          memberNo,
          message:
            'The request is registered. The Direction will check it against the criteria of the college and answer by e-mail.',
        },
        201,
      );
    },
  }),
  route({
    method: 'GET',
    path: '/api/admissions',
    who: 'register.view',
    handle: async ({ ctx }) => json(await readAdmissions(ctx)),
  }),
  route({
    method: 'POST',
    path: '/api/admissions/:memberNo/decision',
    who: 'admission.decide',
    body: { schema: admissionDecisionSchema, name: 'The decision' },
    handle: async ({ ctx, actor, params, body }) => {
      const memberNo = pathNumber(params.memberNo, 'member_number');
      await decideAdmission(ctx, actor, memberNo, body);
      return json(await readAdmission(ctx, memberNo));
    },
  }),
  route({
    method: 'GET',
    path: '/api/exclusions',
    who: 'register.view',
    handle: async ({ ctx }) => json(await readExclusions(ctx)),
  }),
  route({
    method: 'POST',
    path: '/api/exclusions',
    who: 'exclusion.propose',
    body: { schema: proposeExclusionInputSchema, name: 'The exclusion proposal' },
    handle: async ({ ctx, actor, body }) =>
      json(await readExclusion(ctx, await proposeExclusion(ctx, actor, body)), 201),
  }),
];
