import express, { Router } from 'express';
import type { ImportRefusal, MembersResponse, PersonView } from '@shared/api/register';
import { memberUpdateSchema, personUpdateSchema, representativeChangeSchema } from '@shared/schemas/registerEdits';
import type { Context } from '../context';
import { presentMemberDetail, presentMembers } from '../presenters/member';
import { presentBodies, presentDuesTable, presentPeople } from '../presenters/registerViews';
import { registerToCsv } from '../presenters/registerCsv';
import { updateMember } from '../commands/updateMember';
import { designateRepresentative } from '../commands/designateRepresentative';
import { updatePerson } from '../commands/updatePerson';
import { importRegister } from '../commands/importRegister';
import { HttpError, parseInput, pathNumber } from './errors';
import { authorize } from './identity';

/** The member register: members, people, representatives, bodies, dues, import and export. */
export function registerRoutes(ctx: Context): Router {
  const router = Router();

  const memberDetail = async (memberNo: number, forSecretariat: boolean) => {
    const register = await ctx.register.snapshot();
    const member = register.members.find((candidate) => candidate.memberNo === memberNo);
    if (!member) throw new HttpError(404, 'member_not_found', `There is no member number ${memberNo} in the register.`);
    return presentMemberDetail(
      register,
      member,
      await ctx.register.designations(memberNo),
      ctx.statutes,
      forSecretariat,
    );
  };

  router.get('/api/members', async (_request, response) => {
    authorize(response, 'register.view');
    const body: MembersResponse = { members: presentMembers(await ctx.register.snapshot(), ctx.statutes) };
    response.json(body);
  });

  router.get('/api/members/:memberNo', async (request, response) => {
    const actor = authorize(response, 'register.view');
    response.json(await memberDetail(pathNumber(request.params.memberNo, 'member number'), actor.secretariat));
  });

  router.patch('/api/members/:memberNo', async (request, response) => {
    const actor = authorize(response, 'register.edit');
    const memberNo = pathNumber(request.params.memberNo, 'member number');
    await updateMember(ctx, actor, memberNo, parseInput(memberUpdateSchema, request.body, 'The member'));
    response.json(await memberDetail(memberNo, true));
  });

  router.post('/api/members/:memberNo/representative', async (request, response) => {
    const actor = authorize(response, 'register.edit');
    const memberNo = pathNumber(request.params.memberNo, 'member number');
    await designateRepresentative(
      ctx,
      actor,
      memberNo,
      parseInput(representativeChangeSchema, request.body, 'The representative'),
    );
    response.json(await memberDetail(memberNo, true));
  });

  router.get('/api/people', async (_request, response) => {
    authorize(response, 'register.edit');
    response.json(presentPeople(await ctx.register.snapshot()));
  });

  router.patch('/api/people/:personId', async (request, response) => {
    const actor = authorize(response, 'register.edit');
    const person = await updatePerson(
      ctx,
      actor,
      request.params.personId ?? '',
      parseInput(personUpdateSchema, request.body, 'The person'),
    );
    const view = presentPeople(await ctx.register.snapshot()).people.find((candidate) => candidate.id === person.id);
    response.json(view satisfies PersonView | undefined);
  });

  router.post(
    '/api/register/import',
    express.text({ type: ['text/csv', 'text/plain'], limit: '5mb' }),
    async (request, response) => {
      const actor = authorize(response, 'register.edit');
      if (typeof request.body !== 'string' || request.body.trim() === '') {
        throw new HttpError(400, 'empty_file', 'Send the register file as text/csv: the request had no file in it.');
      }
      const result = await importRegister(ctx, actor, request.body);
      if (!result.ok) {
        const count = result.problems.length;
        const body: ImportRefusal = {
          error: {
            code: 'invalid_file',
            message: `The file has ${count === 1 ? 'a problem' : `${count} problems`}; nothing was stored. Correct ${count === 1 ? 'it' : 'them'} and import the file again.`,
          },
          problems: result.problems,
        };
        response.status(422).json(body);
        return;
      }
      response.json(result.summary);
    },
  );

  router.get('/api/register/export', async (_request, response) => {
    authorize(response, 'register.export');
    const day = ctx.now().toISOString().slice(0, 10);
    response
      .type('text/csv; charset=utf-8')
      .attachment(`register-${day}.csv`)
      .send(registerToCsv(await ctx.register.snapshot()));
  });

  router.get('/api/dues', async (_request, response) => {
    authorize(response, 'dues.view');
    response.json(presentDuesTable(await ctx.register.snapshot(), ctx.statutes));
  });

  router.get('/api/audit', async (request, response) => {
    authorize(response, 'register.edit');
    const subject = typeof request.query.subject === 'string' ? request.query.subject : undefined;
    response.json({ entries: await ctx.audit.latest({ subject, count: 200 }) });
  });

  router.get('/api/bodies', async (_request, response) => {
    authorize(response, 'register.view');
    response.json(presentBodies(await ctx.register.snapshot()));
  });

  return router;
}
