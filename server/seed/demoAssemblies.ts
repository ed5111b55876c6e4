import type { Delivery } from '@shared/api/assemblies';
import { closesAtFor } from '@shared/rules/assemblies';
import { receivesConvocation } from '@shared/rules/members';
import type { AgendaItem, Assembly } from '@shared/schemas/assembly';
import { enqueue } from '../queue/queues';
import { newId } from '../commands/editAssembly';
import type { Context } from '../context';
import { seedHeldSession } from './demoSession';
import { seedOpenSession } from './demoOpenSession';
import { seedDemoDues } from './demoDues';

const day = 86_400_000;

/** A one-page PDF, so the demo agenda has a document to open. */
const demoPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj ' +
    '4 0 obj<</Length 60>>stream\nBT /F1 18 Tf 72 760 Td (TOGETHER - Rapport et comptes 2025) Tj ET\nendstream endobj ' +
    '5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

function item(kind: AgendaItem['kind'], title: string, description: string, addedAt: string): AgendaItem {
  return { id: newId('i'), kind, title, description, subjectMemberNo: null, documentIds: [], addedAt };
}

/**
 * The demo's three assemblies, dated from `now` within the statutes' notice: an ordinary one held
 * ten weeks ago with its minutes published; an extraordinary one open now (its convocations go
 * out to the outbox, with their personal links), with a statute change and its quorum meter, an
 * election, and proxies; and the next ordinary one, convened. Only on a store with none.
 */
export async function seedDemoAssemblies(ctx: Context, now: Date): Promise<number> {
  if ((await ctx.assemblies.all()).length > 0) return 0;
  const at = (offset: number) => new Date(now.getTime() + offset).toISOString();
  const hour = (instant: number) => new Date(Math.floor(instant / 3_600_000) * 3_600_000);
  const by = 'Giusto Maniscalchi';

  const make = (
    input: Pick<Assembly, 'kind' | 'title'> & { opensAt: Date; dispatchedAt: string; agenda: AgendaItem[] },
  ): Assembly => ({
    id: newId('a'),
    kind: input.kind,
    title: input.title,
    opensAt: input.opensAt.toISOString(),
    closesAt: closesAtFor(input.opensAt, ctx.statutes).toISOString(),
    referenceTimeZone: ctx.statutes.referenceTimeZone,
    hybrid: false,
    status: 'convened',
    createdAt: input.dispatchedAt,
    createdBy: by,
    agenda: input.agenda,
    dispatches: [{ no: 1, at: input.dispatchedAt, by, reason: 'convocation' }],
    unsentChanges: false,
    cancelled: null,
  });

  const closed = make({
    kind: 'ordinary',
    title: 'Assemblée générale ordinaire — budget 2026',
    opensAt: hour(now.getTime() - 70 * day),
    dispatchedAt: at(-95 * day),
    agenda: [
      item(
        'ordinary_decision',
        "Plan d'action et budget 2026",
        'Le plan et le budget proposés par la Direction.',
        at(-95 * day),
      ),
    ],
  });
  // Convened forty days ahead: more than the calendar month an extraordinary assembly needs (R.7).
  const convened = at(-40 * day);
  const report = item(
    'ordinary_decision',
    'Rapport de la Direction et comptes 2025',
    'Le rapport moral et financier, avec l’avis du conseil de vérification des comptes.',
    convened,
  );
  const open = make({
    kind: 'extraordinary',
    title:
      'Assemblée générale extraordinaire — Rencontres internationales : statuts, élections, rapport et comptes 2025',
    opensAt: hour(now.getTime() - 2 * 3_600_000),
    dispatchedAt: convened,
    agenda: [
      report,
      item(
        'ordinary_decision',
        'Groupes de travail 2027',
        'Création de trois groupes de travail : SPIRAL, jeunesse, transition.',
        convened,
      ),
      item(
        'statute_change',
        'Modification des statuts — article 6',
        'Les assemblées ordinaires se tiennent en ligne (article 12 : deux tiers des membres votants présents ou représentés).',
        convened,
      ),
      item('election', 'Élection de la Direction', 'Président, vice-président, secrétaire (article 5).', convened),
    ],
  });
  // The next ordinary assembly, convened yesterday for three weeks from now: 15 days' notice (R.6)
  // and more than two months after the last ordinary one (S.6).
  const next = make({
    kind: 'ordinary',
    title: 'Assemblée générale ordinaire — admissions et plan d’action 2027',
    opensAt: hour(now.getTime() + 20 * day),
    dispatchedAt: at(-day),
    agenda: [
      item('ordinary_decision', "Plan d'action 2027", 'Les priorités proposées par la Direction.', at(-day)),
      item('information', 'Informations du secrétariat', 'Les prochaines formations de facilitateurs.', at(-day)),
    ],
  });

  for (const assembly of [closed, open, next]) await ctx.assemblies.create(assembly);
  // Convened a day ago: its convocations went then (a worker starting sends a convened one that has none).
  await recordSentConvocations(ctx, next.id, at(-day));
  await seedHeldSession(ctx, closed);
  await seedOpenSession(ctx, open);
  await seedDemoDues(ctx, now);
  const document = {
    id: newId('d'),
    assemblyId: open.id,
    name: 'Rapport et comptes 2025.pdf',
    mimeType: 'application/pdf',
    size: demoPdf.length,
    sha256: '',
    uploadedAt: convened,
    uploadedBy: by,
  };
  await ctx.assemblies.addDocument(document, demoPdf);
  await ctx.assemblies.update(open.id, (assembly) => ({
    assembly: {
      ...assembly,
      agenda: assembly.agenda.map((entry) =>
        entry.id === report.id ? { ...entry, documentIds: [document.id] } : entry,
      ),
    },
    result: true,
  }));
  await enqueue(
    ctx.queues,
    'convocation.dispatch',
    { assemblyId: open.id, dispatchNo: 1 },
    { jobId: `dispatch-${open.id}-1` },
  );
  return 3;
}

/** The convocations of a sending the demo pretends went out at `sentAt`, as the deliveries record them. */
async function recordSentConvocations(ctx: Context, assemblyId: string, sentAt: string): Promise<void> {
  const register = await ctx.register.snapshot();
  const people = new Map(register.people.map((person) => [person.id, person]));
  const deliveries: Delivery[] = register.members.filter(receivesConvocation).map((member) => {
    const person = people.get(register.representatives.get(member.memberNo) ?? '');
    return {
      memberNo: member.memberNo,
      organisation: member.organisation,
      personId: person?.id ?? null,
      name: person?.name ?? null,
      email: person?.email ?? null,
      dispatchNo: 1,
      state: person ? 'sent' : 'failed',
      attempts: 1,
      error: person ? null : { message: 'No representative is designated for this member.', final: true },
      queuedAt: sentAt,
      sentAt: person ? sentAt : null,
    };
  });
  await ctx.deliveries.putAll(assemblyId, deliveries);
}
