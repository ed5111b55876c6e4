import type { messages } from '@shared/i18n';
import type { MinutesMember } from '@shared/schemas/minutesMember';
import type { MinutesVersion } from '@shared/schemas/minutesApproval';
import type { Language } from '@shared/schemas/person';
import type { MinutesPage } from './layout';

/** What every section of the minutes' PDF writes with: the page, the version, its words and its clock. */
export interface MinutesDocument extends MinutesPage {
  minutes: MinutesVersion;
  content: MinutesVersion['content'];
  language: Language;
  m: (typeof messages)[Language]['translation'];
  w: (typeof messages)[Language]['translation']['minutes'];
  zone: string;
  /** An instant said in full on the reference clock. */
  when(iso: string): string;
  /** An instant in a table: day and time on the reference clock. */
  short(iso: string): string;
  member(ref: MinutesMember): string;
  /** " — draft" on a version not yet published, else nothing. */
  status: string;
}
