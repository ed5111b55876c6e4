import type { MinutesVersion } from '@shared/schemas/minutesApproval';
import type { Language } from '@shared/schemas/person';
import type { Context } from '../context';
import type { EmailAttachment, MadeAttachment } from '../mail/render';
import { shortCache } from '../shortCache';
import { assemblyFileName } from './fileName';
import { minutesPdf } from './minutes/minutesPdf';

/** The file name of a version's PDF in a language: "TOGETHER-AGE-2027-03-13-PV-v2.pdf", "TOGETHER-EGA-2027-03-13-minutes-v2.pdf". */
export function minutesFileName(minutes: Pick<MinutesVersion, 'content' | 'version'>, language: Language): string {
  const { networkName, assembly } = minutes.content;
  return assemblyFileName(networkName, assembly, { kind: 'minutes', version: minutes.version }, language);
}

// A published version never changes: the hundred e-mails of one publication, and the downloads
// that follow, share its two PDFs.
const rendered = shortCache<Buffer>(10 * 60_000);
const renderedKey = (ctx: Pick<Context, 'config'>, assemblyId: string, version: number, language: Language) =>
  `${ctx.config.REDIS_PREFIX}:${assemblyId}:${version}:${language}`;

/** The PDF of a version in a language: a published one is made once for a while, a draft (which changes) each time. */
export function minutesPdfOf(
  ctx: Pick<Context, 'config' | 'now'>,
  minutes: MinutesVersion,
  language: Language,
): Promise<Buffer> {
  if (minutes.publishedAt === null) return minutesPdf(minutes, language);
  return rendered(renderedKey(ctx, minutes.assemblyId, minutes.version, language), () => minutesPdf(minutes, language));
}

/** Makes the PDF of a published version of the minutes for an e-mail, in the recipient's language. */
export async function minutesAttachment(
  ctx: Pick<Context, 'config' | 'minutes'>,
  attachment: EmailAttachment,
): Promise<MadeAttachment> {
  const { assemblyId, version, language } = attachment;
  const stored = await ctx.minutes.version(assemblyId, version);
  if (!stored || stored.version.publishedAt === null)
    throw new Error(`version ${version} of the minutes of ${assemblyId} is not published: it is not sent`);
  const content = await rendered(renderedKey(ctx, assemblyId, version, language), () =>
    minutesPdf(stored.version, language),
  );
  return { filename: minutesFileName(stored.version, language), content, contentType: 'application/pdf' };
}
