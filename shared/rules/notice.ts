import type { AssemblyKind } from '../schemas/assembly';
import { type Period, type Statutes, togetherStatutes } from '../statutes';
import { addPeriod, latestStartFor } from './time';

/**
 * The earliest an assembly may open when its convocation first went out at `firstDispatchAt`
 * (R.6: 15 x 24 h for an ordinary one; R.7: one calendar month in the reference zone, clamped).
 */
export function earliestOpensAt(
  kind: AssemblyKind,
  firstDispatchAt: Date,
  statutes: Statutes = togetherStatutes,
): Date {
  return addPeriod(firstDispatchAt, statutes.notice[kind], statutes.referenceTimeZone);
}

/** The last instant the convocation can go for an assembly opening at `opensAt` (R.6, R.7). */
export function latestDispatchAt(kind: AssemblyKind, opensAt: Date, statutes: Statutes = togetherStatutes): Date {
  return latestStartFor(opensAt, statutes.notice[kind], statutes.referenceTimeZone);
}

/** Whether a convocation gives the notice of R.6 / R.7. */
export type NoticeReason = 'notice_sufficient' | 'notice_too_short' | 'notice_not_sent';

/** The notice verdict with every instant it compared, so the UI can explain it. */
export interface NoticeVerdict {
  ok: boolean;
  reason: NoticeReason;
  kind: AssemblyKind;
  opensAt: Date;
  /** Null while the convocation has not gone. */
  firstDispatchAt: Date | null;
  /** Null while the convocation has not gone. */
  earliestOpensAt: Date | null;
  latestDispatchAt: Date;
  notice: Period;
  /** How much earlier than allowed the assembly would open; 0 when the notice is sufficient. */
  shortByMs: number;
}

/**
 * Whether the convocation gives the notice of the statutes (R.6, R.7). For a convocation about to
 * be sent, pass the sending instant as `firstDispatchAt`.
 */
export function noticeVerdict(
  kind: AssemblyKind,
  opensAt: Date,
  firstDispatchAt: Date | null,
  statutes: Statutes = togetherStatutes,
): NoticeVerdict {
  const notice = statutes.notice[kind];
  const latest = latestDispatchAt(kind, opensAt, statutes);
  if (firstDispatchAt === null) {
    return {
      ok: false,
      reason: 'notice_not_sent',
      kind,
      opensAt,
      firstDispatchAt,
      earliestOpensAt: null,
      latestDispatchAt: latest,
      notice,
      shortByMs: 0,
    };
  }
  const earliest = earliestOpensAt(kind, firstDispatchAt, statutes);
  const shortByMs = Math.max(0, earliest.getTime() - opensAt.getTime());
  return {
    ok: shortByMs === 0,
    reason: shortByMs === 0 ? 'notice_sufficient' : 'notice_too_short',
    kind,
    opensAt,
    firstDispatchAt,
    earliestOpensAt: earliest,
    latestDispatchAt: latest,
    notice,
    shortByMs,
  };
}
