import type { ImportRefusal } from '@shared/api';
import { memberUpdateSchema, personUpdateSchema, representativeChangeSchema } from '@shared/schemas/registerEdits';
import { updateMember } from '../commands/updateMember';
import { designateRepresentative } from '../commands/designateRepresentative';
import { updatePerson } from '../commands/updatePerson';
import { importRegister } from '../commands/importRegister';
import {
  exportRegister,
  readAuditLog,
  readBodies,
  readDues,
  readMemberDetail,
  readMembers,
  readPeople,
  readPerson,
} from '../queries/readRegister';
import { Refusal } from '../commands/refusal';
import { englishSentence } from './refusalStatus';
import { pathNumber } from './errors';
import { download, json, route } from './route';

const memberNoOf = (params: Record<string, string>) => pathNumber(params.memberNo, 'member_number');

/** The member register: members, people, representatives, bodies, dues, import and export. */
export const registerRoutes = [
  route({
    method: 'GET',
    path: '/api/members',
    who: 'register.view',
    handle: async ({ ctx }) => json(await readMembers(ctx)),
  }),
  route({
    method: 'GET',
    path: '/api/members/:memberNo',
    who: 'register.view',
    handle: async ({ ctx, actor, params }) => json(await readMemberDetail(ctx, memberNoOf(params), actor.secretariat)),
  }),
  route({
    method: 'PATCH',
    path: '/api/members/:memberNo',
    who: 'register.edit',
    body: { schema: memberUpdateSchema, name: 'The member' },
    handle: async ({ ctx, actor, params, body }) => {
      const memberNo = memberNoOf(params);
      await updateMember(ctx, actor, memberNo, body);
      return json(await readMemberDetail(ctx, memberNo, true));
    },
  }),
  route({
    method: 'POST',
    path: '/api/members/:memberNo/representative',
    who: 'register.edit',
    body: { schema: representativeChangeSchema, name: 'The representative' },
    handle: async ({ ctx, actor, params, body }) => {
      const memberNo = memberNoOf(params);
      await designateRepresentative(ctx, actor, memberNo, body);
      return json(await readMemberDetail(ctx, memberNo, true));
    },
  }),
  route({
    method: 'GET',
    path: '/api/people',
    who: 'register.edit',
    handle: async ({ ctx }) => json(await readPeople(ctx)),
  }),
  route({
    method: 'PATCH',
    path: '/api/people/:personId',
    who: 'register.edit',
    body: { schema: personUpdateSchema, name: 'The person' },
    handle: async ({ ctx, actor, params, body }) => {
      const person = await updatePerson(ctx, actor, params.personId ?? '', body);
      return json(await readPerson(ctx, person.id));
    },
  }),
  route({
    method: 'POST',
    path: '/api/register/import',
    who: 'register.edit',
    raw: { as: 'text', limit: 5 * 1024 * 1024 },
    handle: async ({ ctx, actor, request }) => {
      if (typeof request.body !== 'string' || request.body.trim() === '')
        throw new Refusal('empty_file', { context: 'register' });
      const result = await importRegister(ctx, actor, request.body);
      if (result.ok) return json(result.summary);
      const params = { count: result.problems.length };
      const refusal: ImportRefusal = {
        error: { code: 'invalid_file', params, message: englishSentence('invalid_file', params) },
        problems: result.problems,
      };
      return json(refusal, 422);
    },
  }),
  route({
    method: 'GET',
    path: '/api/register/export',
    who: 'register.export',
    handle: async ({ ctx }) =>
      download(
        'text/csv; charset=utf-8',
        `register-${ctx.now().toISOString().slice(0, 10)}.csv`,
        await exportRegister(ctx),
      ),
  }),
  route({
    method: 'GET',
    path: '/api/dues',
    who: 'dues.view',
    handle: async ({ ctx }) => json(await readDues(ctx)),
  }),
  route({
    method: 'GET',
    path: '/api/audit',
    who: 'register.edit',
    handle: async ({ ctx, query }) =>
      json(await readAuditLog(ctx, typeof query.subject === 'string' ? query.subject : undefined)),
  }),
  route({
    method: 'GET',
    path: '/api/bodies',
    who: 'register.view',
    handle: async ({ ctx }) => json(await readBodies(ctx)),
  }),
];
