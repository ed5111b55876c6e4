import { receivesConvocation } from '@shared/rules/members';
import { convocationRequest } from '../mail/convocationRequest';
import { assemblyFileName } from '../pdf/fileName';
import { printableConvocations } from '../pdf/printableConvocations';
import { renderEmail } from '../mail/render';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';

/**
 * The printed convocation of one member, or of every convened member (one letter each), with the
 * name of its file in the language of the person who prints it.
 */
export async function printConvocations(
  ctx: Pick<Context, 'assemblies' | 'baseUrl' | 'links' | 'register' | 'statutes'>,
  assemblyId: string,
  memberNo: number | null,
  printedBy: string,
): Promise<{ pdf: Buffer; name: string }> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  if (assembly.status !== 'convened') throw new Refusal('assembly_not_convened', { context: 'print' });
  const register = await ctx.register.snapshot();
  const documents = await ctx.assemblies.documents(assemblyId);
  const members = register.members.filter(
    (member) => receivesConvocation(member) && (memberNo === null || member.memberNo === memberNo),
  );
  if (members.length === 0) throw new Refusal('member_not_convened', { memberNo });
  const dispatchNo = assembly.dispatches.at(-1)?.no ?? 1;
  const letters = [];
  for (const member of members) {
    // Without a representative, the letter goes to the member itself, with the way to sign in.
    const person = register.people.find(
      (candidate) => candidate.id === register.representatives.get(member.memberNo),
    ) ?? {
      id: '',
      name: member.organisation,
      email: '',
      language: 'fr' as const,
      timeZone: assembly.referenceTimeZone,
    };
    const request = await convocationRequest(ctx, { assembly, members: [member], person, documents, dispatchNo });
    letters.push({
      recipient: `${person.name} — ${member.organisation}`,
      address: [member.territory, member.country].filter(Boolean).join(', '),
      convocation: renderEmail(request),
    });
  }
  const language = register.people.find((person) => person.id === printedBy)?.language ?? 'fr';
  const name = assemblyFileName(
    ctx.statutes.networkName,
    assembly,
    memberNo === null ? { kind: 'convocations' } : { kind: 'convocation', memberNo },
    language,
  );
  return { pdf: await printableConvocations(letters, ctx.statutes.networkName), name };
}
