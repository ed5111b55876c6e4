import type { GoverningTextView, TextVersionResponse, TextsResponse } from '@shared/api/texts';
import { paragraphChanges } from '@shared/rules/textChanges';
import { governingTexts, type GoverningText, type TextVersion, type TextVersionSummary } from '@shared/schemas/texts';
import { Refusal } from '../commands/refusal';
import type { Context } from '../context';

const summaryOf = ({ content: _content, ...summary }: TextVersion): TextVersionSummary => summary;

/** The statutes and the internal rules as they read now, each with the list of its versions (R.12). */
export async function readTexts(ctx: Pick<Context, 'texts'>): Promise<TextsResponse> {
  const texts: GoverningTextView[] = [];
  for (const text of governingTexts) {
    const versions = await ctx.texts.versions(text);
    const current = versions[versions.length - 1];
    if (current) texts.push({ text, current, versions: versions.map(summaryOf) });
  }
  return { texts };
}

/** One version of a text in full, the list of all, and what it changed from the version before. */
export async function readTextVersion(
  ctx: Pick<Context, 'texts'>,
  text: GoverningText,
  number: number,
): Promise<TextVersionResponse> {
  const versions = await ctx.texts.versions(text);
  const version = versions.find((candidate) => candidate.number === number);
  if (!version) throw new Refusal('text_version_not_found', { number, context: text });
  const previous = versions.find((candidate) => candidate.number === number - 1);
  return {
    version,
    versions: versions.map(summaryOf),
    changes: previous
      ? { from: previous.number, paragraphs: paragraphChanges(previous.content, version.content) }
      : null,
  };
}
