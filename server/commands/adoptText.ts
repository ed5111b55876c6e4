import type { Assembly } from '@shared/schemas/assembly';
import { textAmendedBy } from '@shared/rules/textChanges';
import type { TextVersion } from '@shared/schemas/texts';
import type { Motion, MotionTally } from '@shared/schemas/voting';
import type { Context } from '../context';

/**
 * An adopted statute or rules change that carries its new text makes the next numbered version
 * of that text (S.12, R.12), once: a count run again, by a retried job or another worker, finds
 * the version this motion made and stores nothing more. Null when the motion changes no text.
 */
export async function adoptText(
  ctx: Pick<Context, 'texts'>,
  assembly: Assembly,
  motion: Motion,
  tally: MotionTally,
): Promise<TextVersion | null> {
  const text = textAmendedBy[motion.kind];
  const content = motion.amendedText?.trim();
  if (!text || !content || tally.result.outcome !== 'adopted') return null;
  const adopted = await ctx.texts.adopt(
    text,
    {
      content,
      adoptedAt: tally.talliedAt,
      assemblyId: assembly.id,
      assemblyTitle: assembly.title,
      motionId: motion.id,
      motionTitle: motion.title,
    },
    (version) => ({
      at: version.adoptedAt,
      by: { personId: null, name: `${assembly.title} (vote)` },
      action: text === 'statutes' ? 'statutes.amended' : 'rules.amended',
      subject: `text:${text}`,
      before: { version: version.number - 1 },
      after: { version: version.number, digest: version.digest, assemblyId: assembly.id, motionId: motion.id },
    }),
  );
  return adopted.version;
}
