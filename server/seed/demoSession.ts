import { openMotionInputSchema } from '@shared/schemas/voting';
import type { Assembly } from '@shared/schemas/assembly';
import type { BallotChoice } from '@shared/schemas/ballot';
import { castBallots } from '../commands/castBallots';
import { grantProxy } from '../commands/grantProxy';
import { openMotion } from '../commands/openMotion';
import { postMessage } from '../commands/room/postMessage';
import { hideMessage } from '../commands/room/changeMessage';
import { recordAttendance } from '../commands/room/recordAttendance';
import { countSecretResult, publishResults, tallyAssembly } from '../commands/tallyAssembly';
import { draftMinutes } from '../commands/minutes';
import { editMinutesStatement, publishMinutes, signMinutes } from '../commands/approveMinutes';
import type { Context } from '../context';
import { demoPlay } from './demoPlay';
import { motionAnswer } from '@shared/belenios/choices';
import { castDemoSecret, demoElectionKey, demoShares } from './demoTrustees';

const minute = 60_000;

/**
 * What happened in the demo's closed assembly, played through the same commands people use, each
 * at its moment of the window: two proxies given the week before, a discussion (one message hidden
 * by the Table with its reason), a named and a secret vote (its key made by the three trustees
 * beforehand, its tally decrypted by two of them after the close), the count, then the minutes,
 * signed by the Table's president and secretary and published to every member.
 */
export async function seedHeldSession(ctx: Context, assembly: Assembly): Promise<void> {
  const { at, actor } = demoPlay(ctx, assembly);
  const table = await actor('giusto.maniscalchi@example.org');
  const ekaterina = await actor('ekaterina.smoroda@example.org');
  const samuel = await actor('samuel.thirion@example.org');
  const manuela = await actor('manuela.coutinho@example.org');
  const radhouen = await actor('radhouen.bouden@example.org');
  const lhoussaine = await actor('lhoussaine.aitbrahim@example.org');
  const abdeloualab = await actor('abdeloualab.oualiti@example.org');
  const item = assembly.agenda[0]!;

  // The week before: Manuela gives the proxy of Tavira's platform to Ekaterina, Radhouen that of Gabon's to Samuel.
  await grantProxy(at(-7 * 1440 * minute), manuela, {
    assemblyId: assembly.id,
    grantorMemberNo: 24,
    holderMemberNo: 33,
  });
  await grantProxy(at(-6 * 1440 * minute), radhouen, {
    assemblyId: assembly.id,
    grantorMemberNo: 66,
    holderMemberNo: 57,
  });

  let clientNo = 0;
  const say = async (offset: number, who: typeof table, body: string, replyTo: string | null = null) =>
    (
      await postMessage(at(offset), who, null, {
        assemblyId: assembly.id,
        thread: item.id,
        replyTo,
        body,
        clientId: `demo-${assembly.id}-${++clientNo}`,
      })
    ).event.message.id;

  const opening = await say(
    5 * minute,
    table,
    'Bonjour à toutes et à tous. La Direction présente le **plan d’action et le budget 2026** : trois groupes de travail, une rencontre internationale, et une cotisation inchangée. Le vote est ouvert jusqu’à la clôture.',
  );
  await say(
    95 * minute,
    ekaterina,
    'Les membres russes soutiennent le plan. Nous proposons d’ajouter une formation en ligne de facilitateurs en russe.',
    opening,
  );
  await say(
    6 * 60 * minute,
    samuel,
    'Depuis Praia : d’accord sur le budget. Pouvons-nous recevoir les documents en version légère ? La connexion est lente ici.',
    opening,
  );
  const personal = await say(
    7 * 60 * minute,
    abdeloualab,
    'Pour les billets de la rencontre, appelez directement Mme B. au +212 6 12 34 56 78, elle habite au 4 rue des Orangers.',
  );
  await hideMessage(at(7 * 60 * minute + 10 * minute), table, null, {
    assemblyId: assembly.id,
    messageId: personal,
    reason: 'Contient les coordonnées personnelles d’un tiers.',
  });
  await say(
    9 * 60 * minute,
    lhoussaine,
    'Les membres marocains votent pour. Merci à la Direction pour la clarté des comptes.',
  );
  await say(
    20 * 60 * minute,
    table,
    'Rappel : la salle ferme dans quatre heures. Pensez à voter pour les membres que vous représentez et pour les procurations que vous détenez.',
  );

  // Ten days before, the trustees made the key of the assembly's secret votes.
  const seeds = await demoElectionKey(at(-10 * 1440 * minute), assembly, actor);
  const motion = (offset: number, title: string, text: string, secret: boolean) =>
    openMotion(
      at(offset),
      table,
      assembly.id,
      openMotionInputSchema.parse({ itemId: item.id, kind: 'ordinary_decision', title, text, secret }),
    );
  const plan = await motion(
    10 * minute,
    'Plan d’action et budget 2026',
    'L’assemblée adopte le plan d’action et le budget 2026 présentés par la Direction.',
    false,
  );
  const training = await motion(
    100 * minute,
    'Formation de facilitateurs en russe',
    'L’assemblée demande au Secrétariat d’organiser en 2026 une formation en ligne de facilitateurs en russe.',
    true,
  );

  // Each representative votes for every member it speaks for and every proxy it holds; the secret
  // vote's ballots are encrypted as a browser does.
  const vote = async (
    offset: number,
    who: typeof table,
    motionId: string,
    choose: (memberNo: number, index: number) => BallotChoice,
    proxies: number[] = [],
  ) => {
    const members = [...who.represents.map((member) => member.memberNo), ...proxies];
    const choices = new Map(members.map((memberNo, index) => [memberNo, choose(memberNo, index)]));
    if (motionId === training.id)
      await castDemoSecret(at(offset), who, assembly, { motionId }, (memberNo) => {
        const choice = choices.get(memberNo);
        return choice === undefined ? undefined : motionAnswer(choice);
      });
    else
      await castBallots(at(offset), who, assembly.id, motionId, {
        ballots: [...choices].map(([memberNo, choice]) => ({ memberNo, choice })),
      });
  };
  await vote(2 * 60 * minute, ekaterina, plan.id, () => 'for', [24]);
  await vote(6 * 60 * minute + 5 * minute, samuel, plan.id, (_, index) => (index < 3 ? 'abstain' : 'for'), [66]);
  await vote(9 * 60 * minute + 2 * minute, lhoussaine, plan.id, (_, index) => (index % 4 === 0 ? 'against' : 'for'));
  await recordAttendance(ctx, assembly, manuela, at(12 * 60 * minute - minute).now());
  await vote(12 * 60 * minute, manuela, plan.id, () => 'for');
  await vote(3 * 60 * minute, ekaterina, training.id, () => 'for', [24]);
  await vote(
    6 * 60 * minute + 8 * minute,
    samuel,
    training.id,
    (_, index) => (index % 2 === 0 ? 'for' : 'against'),
    [66],
  );
  await vote(9 * 60 * minute + 4 * minute, lhoussaine, training.id, () => 'abstain');

  // The close: the count, as the close of the window does it; the secret vote's tally is decrypted
  // by two of its three trustees the next morning.
  const closes = Date.parse(assembly.closesAt);
  await tallyAssembly({ ...ctx, now: () => new Date(closes + minute) }, assembly.id);
  await demoShares({ ...ctx, now: () => new Date(closes + 10 * 60 * minute) }, assembly, actor, seeds, [1, 3]);
  const counted = { ...ctx, now: () => new Date(closes + 10 * 60 * minute + minute) };
  await countSecretResult(counted, assembly.id, training.id);
  // Every vote counted: the results go to every member, as the count's job sends them.
  await publishResults(counted, assembly);

  // Two days later the Table approves the minutes drafted at the close and publishes them: every member receives them.
  const after = (offset: number): Context => ({ ...ctx, now: () => new Date(closes + offset) });
  // (A worker already running may have drafted them as the count's job does: that draft is the one approved.)
  const draft =
    (await draftMinutes(after(11 * 60 * minute), assembly.id)) ??
    (await ctx.minutes.version(assembly.id, 1))?.version ??
    null;
  if (!draft) return;
  const secretary = await actor('faycal.kaabi@example.org');
  const stated = await editMinutesStatement(after(2 * 1440 * minute), table, assembly.id, draft.version, {
    statement:
      'Procès-verbal approuvé par le président et le secrétaire de la Table, conformément à l’article 5 du règlement intérieur.',
    revision: draft.revision,
  });
  await signMinutes(after(2 * 1440 * minute + 5 * minute), table, assembly.id, draft.version, {
    role: 'president',
    digest: stated.digest,
  });
  await signMinutes(after(2 * 1440 * minute + 60 * minute), secretary, assembly.id, draft.version, {
    role: 'secretary',
    digest: stated.digest,
  });
  await publishMinutes(after(2 * 1440 * minute + 65 * minute), table, assembly.id, draft.version, {
    digest: stated.digest,
  });
}
