import type {
  AssemblyAudience,
  AssemblySummary,
  AssemblyView,
  ConvocationCheck,
  DeliveriesResponse,
  Delivery,
} from '@shared/api/assemblies';
import { agendaProposals } from '@shared/rules/agendaProposals';
import { assemblyPhase, convocationVerdict } from '@shared/rules/assemblies';
import { noticeVerdict } from '@shared/rules/notice';
import type { Assembly, AssemblyDocument } from '@shared/schemas/assembly';
import type { Language } from '@shared/schemas/person';
import type { Statutes } from '@shared/statutes';
import type { RegisterSnapshot } from '../store/register';

export function presentAssemblySummary(assembly: Assembly, now: Date): AssemblySummary {
  const { id, kind, title, opensAt, closesAt, status } = assembly;
  return { id, kind, title, opensAt, closesAt, status, phase: assemblyPhase(assembly, now) };
}

/** Whether a convocation sent now would be in time, with the dates (R.6, R.7). */
export function presentConvocationCheck(assembly: Assembly, now: Date, statutes: Statutes): ConvocationCheck | null {
  if (assembly.status === 'draft') {
    const verdict = convocationVerdict(assembly, now, statutes);
    return {
      ok: verdict.ok,
      reason: verdict.reason,
      opensAt: assembly.opensAt,
      earliestOpensAt: verdict.notice.earliestOpensAt?.toISOString() ?? null,
      latestDispatchAt: verdict.notice.latestDispatchAt.toISOString(),
    };
  }
  if (assembly.status === 'convened' && assembly.unsentChanges && assemblyPhase(assembly, now) === 'convened') {
    const notice = noticeVerdict(assembly.kind, new Date(assembly.opensAt), now, statutes);
    return {
      ok: notice.ok,
      reason: notice.ok ? 'convocation_ready' : 'convocation_notice_too_short',
      opensAt: assembly.opensAt,
      earliestOpensAt: notice.earliestOpensAt?.toISOString() ?? null,
      latestDispatchAt: notice.latestDispatchAt.toISOString(),
    };
  }
  return null;
}

export function countDeliveries(deliveries: Delivery[]): DeliveriesResponse['counts'] {
  const counts = { queued: 0, sent: 0, failed: 0 };
  for (const delivery of deliveries) counts[delivery.state]++;
  return counts;
}

/** An assembly for its page: everyone reads it; the Table also sees the convocation's state. */
export function presentAssembly(
  input: {
    assembly: Assembly;
    documents: AssemblyDocument[];
    deliveries: Delivery[] | null;
    register: RegisterSnapshot | null;
    audience: AssemblyAudience | null;
    language: Language;
  },
  now: Date,
  statutes: Statutes,
): AssemblyView {
  const { assembly, register } = input;
  const forTable = input.deliveries !== null;
  const phase = assemblyPhase(assembly, now);
  return {
    assembly,
    phase,
    documents: input.documents,
    convocation: forTable ? presentConvocationCheck(assembly, now, statutes) : null,
    deliveries: input.deliveries ? countDeliveries(input.deliveries) : null,
    audience: input.audience,
    proposals:
      forTable && register && (phase === 'draft' || phase === 'convened')
        ? agendaProposals(assembly, register.members, [...register.exclusions.values()], input.language, statutes)
        : null,
  };
}
