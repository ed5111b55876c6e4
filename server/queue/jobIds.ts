import type { AssemblyMoment } from './moments';

/** Deterministic per assembly, moment and opening: the same schedule twice adds nothing. */
export function momentJobId(assemblyId: string, moment: AssemblyMoment, opensAt: string): string {
  return `moment-${assemblyId}-${moment}-${Date.parse(opensAt)}`;
}

/** The id that makes one person's convocation of one sending happen once. */
export function convocationJobId(assemblyId: string, dispatchNo: number, personId: string, resend = 0): string {
  return `convocation-${assemblyId}-${dispatchNo}-${personId}-${resend}`;
}

/** The id that makes one sending of an assembly's convocation fan out once. */
export function dispatchJobId(assemblyId: string, dispatchNo: number): string {
  return `dispatch-${assemblyId}-${dispatchNo}`;
}

/** The id that gathers the votes an assembly opened within one window into one e-mail per person. */
export function votesOpenedJobId(assemblyId: string, windowStart: number): string {
  return `votes-opened-${assemblyId}-${windowStart}`;
}
