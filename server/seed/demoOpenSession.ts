import { openMotionInputSchema } from '@shared/schemas/voting';
import type { Assembly } from '@shared/schemas/assembly';
import { castBallots } from '../commands/castBallots';
import { openElection } from '../commands/elections';
import { fileCandidacy } from '../commands/fileCandidacy';
import { grantProxy } from '../commands/grantProxy';
import { openMotion } from '../commands/openMotion';
import { postMessage } from '../commands/room/postMessage';
import { castableFor } from '../queries/castable';
import type { Context } from '../context';
import { demoPlay } from './demoPlay';
import { castDemoSecret, demoElectionKey } from './demoTrustees';

const minute = 60_000;
const day = 86_400_000;

/**
 * What has happened so far in the demo's extraordinary assembly, open now, through the commands
 * people use: two candidacies for the presidency of the Direction before the eve, two proxies the
 * week before, then in the room a statute change put to the vote (its quorum meter filling as
 * members vote) and the election of the president of the Direction, open. Ekaterina and Samuel,
 * whom a newcomer signs in as, have not voted yet.
 */
export async function seedOpenSession(ctx: Context, assembly: Assembly): Promise<void> {
  const { at, actor } = demoPlay(ctx, assembly);
  const table = await actor('giusto.maniscalchi@example.org');
  const florian = await actor('florian.riegert@example.org');
  const lhoussaine = await actor('lhoussaine.aitbrahim@example.org');
  const abdeloualab = await actor('abdeloualab.oualiti@example.org');
  const faycal = await actor('faycal.kaabi@example.org');
  const manuela = await actor('manuela.coutinho@example.org');
  const radhouen = await actor('radhouen.bouden@example.org');
  const itemOf = (kind: Assembly['agenda'][number]['kind']) => assembly.agenda.find((item) => item.kind === kind)!;
  const statutes = itemOf('statute_change');
  const election = itemOf('election');

  // Before the eve: Mulhouse and Agadir stand for the presidency of the Direction (R.5).
  await fileCandidacy(at(-12 * day), florian, assembly.id, {
    body: 'direction',
    office: 'president',
    memberNo: 11,
    person: '',
  });
  await fileCandidacy(at(-9 * day), lhoussaine, assembly.id, {
    body: 'direction',
    office: 'president',
    memberNo: 68,
    person: '',
  });
  // The week before: Paredes de Coura gives its proxy to Mulhouse, Libreville to Al Hoceima (same continent, R.7).
  await grantProxy(at(-6 * day), manuela, { assemblyId: assembly.id, grantorMemberNo: 24, holderMemberNo: 11 });
  // The trustees made the key of the assembly's secret votes: the Table can open one in the demo.
  await demoElectionKey(at(-5 * day), assembly, actor);
  await grantProxy(at(-4 * day), radhouen, { assemblyId: assembly.id, grantorMemberNo: 66, holderMemberNo: 87 });

  await postMessage(at(4 * minute), table, null, {
    assemblyId: assembly.id,
    thread: statutes.id,
    replyTo: null,
    body: 'Bienvenue aux Rencontres internationales. La modification de l’article 6 est soumise au vote : il faut que deux tiers des membres votants soient présents ou représentés.',
    clientId: `demo-${assembly.id}-1`,
  });
  const change = await openMotion(
    at(10 * minute),
    table,
    assembly.id,
    openMotionInputSchema.parse({
      itemId: statutes.id,
      kind: 'statute_change',
      title: 'Article 6 : assemblées ordinaires en ligne',
      text: 'L’assemblée modifie l’article 6 des statuts : les assemblées générales ordinaires se tiennent en ligne, sur une plateforme ouverte 24 heures, avec la même convocation de quinze jours.',
      secret: false,
    }),
  );
  await openElection(at(20 * minute), table, assembly.id, {
    itemId: election.id,
    body: 'direction',
    office: 'president',
  });
  const elections = await ctx.elections.elections(assembly.id);
  const presidency = elections[0]!;

  // Members vote for all they speak for and the proxies they hold: the quorum meter fills.
  // Each votes for the members the rules let it vote for: its own voting members and the proxies it holds.
  const castable = async (who: typeof table) =>
    (await castableFor(ctx, who, assembly.id)).castable.map((ballot) => ballot.memberNo);
  const vote = async (offset: number, who: typeof table) =>
    castBallots(at(offset), who, assembly.id, change.id, {
      ballots: (await castable(who)).map((memberNo) => ({ memberNo, choice: 'for' as const })),
    });
  await vote(25 * minute, lhoussaine);
  await vote(40 * minute, abdeloualab);
  await vote(55 * minute, florian);
  await vote(70 * minute, faycal);

  const elect = async (offset: number, who: typeof table, candidateMemberNo: number) =>
    castDemoSecret(at(offset), who, assembly, { electionId: presidency.id, round: 1 }, () => String(candidateMemberNo));
  await elect(75 * minute, faycal, 68);
  await elect(80 * minute, abdeloualab, 11);
}
