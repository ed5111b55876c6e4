import type { SendMailOptions } from 'nodemailer';
import type { Assembly, AssemblyDocument } from '@shared/schemas/assembly';
import type { Member } from '@shared/schemas/member';
import type { Person } from '@shared/schemas/person';
import type { Context } from '../context';
import { assemblyInvitation } from './calendar';
import { convocationRequest } from './convocationRequest';
import { emailParts } from './render';

/**
 * The convocation e-mail of one person, for every member it names, as it leaves: rendered in the person's language,
 * with the calendar invitation, and a Message-ID that is the same on every attempt.
 */
export async function convocationMessage(
  ctx: Pick<Context, 'baseUrl' | 'links' | 'statutes'>,
  input: {
    assembly: Assembly;
    members: Member[];
    person: Person;
    documents: AssemblyDocument[];
    dispatchNo: number;
    resend: number;
  },
): Promise<SendMailOptions> {
  const { assembly } = input;
  const request = await convocationRequest(ctx, input);
  const dispatch =
    assembly.dispatches.find((candidate) => candidate.no === input.dispatchNo) ?? assembly.dispatches.at(-1);
  return {
    to: input.person.email,
    ...emailParts(request),
    messageId: `<convocation.${assembly.id}.${input.dispatchNo}.${input.person.id}.${input.resend}@agora>`,
    icalEvent: {
      filename: 'assembly.ics',
      method: 'PUBLISH',
      content: assemblyInvitation({
        uid: `${assembly.id}@agora`,
        sequence: input.dispatchNo,
        title: assembly.title,
        description: `${ctx.statutes.networkName}: ${assembly.title}`,
        url: request.data.link,
        opensAt: assembly.opensAt,
        closesAt: assembly.closesAt,
        stamp: dispatch?.at ?? assembly.createdAt,
      }),
    },
  };
}
