import type { Assembly } from '@shared/schemas/assembly';
import type { Context } from '../context';
import { assemblyRecipients, mailEach } from '../mail/assemblyMailing';
import type { ResultsEmail } from '../mail/templates/results';
import { addressedTo } from '../mail/render';
import { secretArchiveRecord } from '../queries/secretCount';
import { roundBoxId } from '../queries/secretBox';

/**
 * The results at the close (R.6, R.7): once to each person representing a convened member, every
 * motion with its outcome and figures, and for a secret vote the archive that checks its count. The job ids make a retried close send nothing twice.
 */
export async function sendResults(
  ctx: Pick<Context, 'baseUrl' | 'elections' | 'links' | 'queues' | 'register' | 'secretVotes' | 'statutes' | 'votes'>,
  assembly: Assembly,
): Promise<number> {
  const motions = await ctx.votes.motions(assembly.id);
  const order = new Map(assembly.agenda.map((item, index) => [item.id, index]));
  const results: ResultsEmail['motions'] = [];
  for (const motion of [...motions].sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0))) {
    const tally = await ctx.votes.tally(motion.id);
    const index = order.get(motion.itemId);
    if (tally)
      results.push({
        item: index === undefined ? '' : `${index + 1}. ${assembly.agenda[index]!.title}`,
        title: motion.title,
        secret: motion.secret,
        result: tally.result,
        archive: motion.secret ? await secretArchiveRecord(ctx, motion.id) : null,
      });
  }
  const register = await ctx.register.snapshot();
  const elections: NonNullable<ResultsEmail['elections']> = [];
  for (const election of await ctx.elections.elections(assembly.id)) {
    const last = (await ctx.elections.tally(election.id, 2)) ?? (await ctx.elections.tally(election.id, 1));
    if (!last) continue;
    const elected = register.members.find((member) => member.memberNo === last.result.elected);
    elections.push({
      body: election.body,
      office: election.office,
      elected: elected ? `${elected.organisation} (n° ${elected.memberNo})` : null,
      result: last.result,
      organisations: Object.fromEntries(
        election.candidates.map((memberNo) => [
          memberNo,
          register.members.find((member) => member.memberNo === memberNo)?.organisation ?? '',
        ]),
      ),
      archive: await secretArchiveRecord(ctx, roundBoxId(election.id, last.round)),
    });
  }
  return mailEach(
    ctx,
    assembly,
    await assemblyRecipients(ctx, () => true),
    `results-${assembly.id}`,
    ({ person, members }, link) => ({
      ...addressedTo(person),
      template: 'results',
      data: {
        name: person.name,
        title: assembly.title,
        closesAt: assembly.closesAt,
        timeZone: person.timeZone,
        link,
        networkName: ctx.statutes.networkName,
        members,
        motions: results,
        elections,
      },
    }),
  );
}
