import { DateTime } from 'luxon';
import type { AgendaItemInput, Assembly } from '../schemas/assembly';
import type { Member } from '../schemas/member';
import type { Language } from '../schemas/person';
import { type Statutes, togetherStatutes } from '../statutes';
import { exclusionTiming } from './members';

const titles = {
  en: {
    report: (year: number) => `Report of the Direction and accounts of ${year}`,
    plan: (year: number) => `Action plan and budget for ${year}`,
    validation: 'Validation of new members',
    exclusion: (organisation: string) => `Exclusion of ${organisation}`,
  },
  fr: {
    report: (year: number) => `Rapport de la Direction et comptes de ${year}`,
    plan: (year: number) => `Plan d'action et budget ${year}`,
    validation: 'Validation des nouveaux membres',
    exclusion: (organisation: string) => `Exclusion de ${organisation}`,
  },
  pt: {
    report: (year: number) => `Relatório da Direção e contas de ${year}`,
    plan: (year: number) => `Plano de ação e orçamento para ${year}`,
    validation: 'Validação de novos membros',
    exclusion: (organisation: string) => `Exclusão de ${organisation}`,
  },
  ru: {
    report: (year: number) => `Отчёт Дирекции и финансовый отчёт за ${year} год`,
    plan: (year: number) => `План действий и бюджет на ${year} год`,
    validation: 'Утверждение новых участников',
    exclusion: (organisation: string) => `Исключение ${organisation}`,
  },
} as const;

/** An item the Table is invited to put on an assembly's agenda, and why. */
export interface AgendaProposal {
  reason:
    'statutory_report_and_accounts' | 'statutory_action_plan_and_budget' | 'admission_validation' | 'exclusion_due';
  item: AgendaItemInput;
}

/**
 * What the statutes ask this assembly to deal with, not yet on its agenda: the validation of
 * members admitted by the Direction (S.11) at an ordinary assembly, the exclusions whose month of
 * defence has passed by the opening (S.11), and the yearly items of S.6 (report and accounts
 * before the end of March; action plan and budget before the end of the year).
 */
export function agendaProposals(
  assembly: Pick<Assembly, 'kind' | 'opensAt' | 'agenda'>,
  members: ReadonlyArray<Pick<Member, 'memberNo' | 'organisation' | 'status'>>,
  exclusions: ReadonlyArray<{ memberNo: number; proposedAt: string }>,
  language: Language,
  statutes: Statutes = togetherStatutes,
): AgendaProposal[] {
  const words = titles[language];
  const proposals: AgendaProposal[] = [];
  const has = (kind: AgendaItemInput['kind'], memberNo: number | null = null) =>
    assembly.agenda.some((item) => item.kind === kind && (memberNo === null || item.subjectMemberNo === memberNo));
  const opensAt = DateTime.fromISO(assembly.opensAt, { zone: statutes.referenceTimeZone });

  if (assembly.kind === 'ordinary') {
    const spring = opensAt.month <= 3;
    const title = spring ? words.report(opensAt.year - 1) : words.plan(opensAt.year + 1);
    if (!assembly.agenda.some((item) => item.title === title)) {
      proposals.push({
        reason: spring ? 'statutory_report_and_accounts' : 'statutory_action_plan_and_budget',
        item: { kind: 'ordinary_decision', title, description: '', subjectMemberNo: null },
      });
    }
    const pending = members.filter((member) => member.status === 'pending_validation');
    if (pending.length > 0 && !has('admission_validation')) {
      proposals.push({
        reason: 'admission_validation',
        item: {
          kind: 'admission_validation',
          title: words.validation,
          description: pending.map((member) => `${member.organisation} (${member.memberNo})`).join('\n'),
          subjectMemberNo: null,
        },
      });
    }
  }

  for (const exclusion of exclusions) {
    const member = members.find((candidate) => candidate.memberNo === exclusion.memberNo);
    if (!member || member.status !== 'exclusion_proposed' || has('exclusion', member.memberNo)) continue;
    const timing = exclusionTiming(
      new Date(exclusion.proposedAt),
      { kind: assembly.kind, opensAt: new Date(assembly.opensAt) },
      statutes,
    );
    if (!timing.ok) continue;
    proposals.push({
      reason: 'exclusion_due',
      item: {
        kind: 'exclusion',
        title: words.exclusion(member.organisation),
        description: '',
        subjectMemberNo: member.memberNo,
      },
    });
  }
  return proposals;
}
