import type { ImportRefusal } from '@shared/api';
import { memberUpdateSchema, personUpdateSchema, representativeChangeSchema } from '@shared/schemas/registerEdits';
import { updateMember } from '../commands/updateMember';
import { designateRepresentative } from '../commands/designateRepresentative';
import { updatePerson } from '../commands/updatePerson';
import { importRegister } from '../commands/importRegister';
import { recordDuesPayment, removeDuesPayment } from '../commands/duesPayments';
import { duesPaymentInputSchema, duesYearSchema } from '@shared/schemas/dues';
import { yearIn } from '@shared/rules/time';
import {
  exportRegister,
  readAuditLog,
  readBodies,
  readDues,
  exportDues,
  readMemberDetail,
  readMembers,
  readPeople,
  readPerson,
} from '../queries/readRegister';
import { Refusal } from '../commands/refusal';
import { englishSentence } from './refusalStatus';
import { parseInput, pathNumber } from './errors';
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
    handle: async ({ ctx, query }) => json(await readDues(ctx, duesYearOf(ctx, query.year))),
  }),
  route({
    method: 'GET',
    path: '/api/dues/export',
    who: 'dues.view',
    handle: async ({ ctx, query }) => {
      const year = duesYearOf(ctx, query.year);
      return download('text/csv; charset=utf-8', `dues-${year}.csv`, await exportDues(ctx, year));
    },
  }),
  route({
    method: 'POST',
    path: '/api/dues/payments',
    who: 'dues.record',
    body: { schema: duesPaymentInputSchema, name: 'The payment' },
    handle: async ({ ctx, actor, body }) => {
      const payment = await recordDuesPayment(ctx, actor, body);
      return json(await readDues(ctx, payment.year), 201);
    },
  }),
  route({
    method: 'DELETE',
    path: '/api/dues/payments/:paymentId',
    who: 'dues.record',
    handle: async ({ ctx, actor, params }) => {
      const payment = await removeDuesPayment(ctx, actor, params.paymentId ?? '');
      return json(await readDues(ctx, payment.year));
    },
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

/** The year of `?year=`, or the current year in the network's reference zone. */
function duesYearOf(ctx: { now: () => Date; statutes: { referenceTimeZone: string } }, year: unknown): number {
  if (year === undefined) return yearIn(ctx.now(), ctx.statutes.referenceTimeZone);
  return parseInput(duesYearSchema, year, 'The year');
}
