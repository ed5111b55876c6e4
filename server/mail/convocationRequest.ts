import { isVoting } from '@shared/rules/members';
import type { Assembly, AssemblyDocument } from '@shared/schemas/assembly';
import type { Member } from '@shared/schemas/member';
import type { Person } from '@shared/schemas/person';
import { personalLink } from '../auth/personalLink';
import type { Context } from '../context';
import { addressedTo, type EmailRequest } from './render';

/** The convocation of the members a person represents, addressed to that person, ready to render (e-mail or print). */
export async function convocationRequest(
  ctx: Pick<Context, 'baseUrl' | 'links' | 'statutes'>,
  input: { assembly: Assembly; members: Member[]; person: Person; documents: AssemblyDocument[]; dispatchNo: number },
): Promise<Extract<EmailRequest, { template: 'convocation' }>> {
  const { assembly, members, person } = input;
  const link = await personalLink(ctx, assembly, person.id);
  const documents = new Map(input.documents.map((document) => [document.id, document]));
  const dispatch =
    assembly.dispatches.find((candidate) => candidate.no === input.dispatchNo) ?? assembly.dispatches.at(-1);
  return {
    ...addressedTo(person),
    template: 'convocation',
    data: {
      name: person.name,
      members: members.map((member) => ({
        organisation: member.organisation,
        memberNo: member.memberNo,
        voting: isVoting(member, ctx.statutes),
      })),
      title: assembly.title,
      kind: assembly.kind,
      opensAt: assembly.opensAt,
      closesAt: assembly.closesAt,
      timeZone: person.timeZone,
      referenceTimeZone: assembly.referenceTimeZone,
      agenda: assembly.agenda.map((item) => ({
        title: item.title,
        kind: item.kind,
        description: item.description,
        documents: item.documentIds.flatMap((id) => {
          const document = documents.get(id);
          return document ? [{ name: document.name, link: `${link}&document=${document.id}` }] : [];
        }),
      })),
      link,
      convenedBy: dispatch?.by ?? assembly.createdBy,
      update: input.dispatchNo > 1,
      networkName: ctx.statutes.networkName,
    },
  };
}
