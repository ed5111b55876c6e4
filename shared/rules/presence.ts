import type { AssemblyKind, AssemblyWindow } from '../schemas/assembly';
import type { RoomJoin } from '../schemas/attendance';
import type { Designation } from '../schemas/designation';
import type { ProxyGrant } from '../schemas/proxy';
import { type Statutes, togetherStatutes } from '../statutes';
import { representativeAt } from './ballots';
import { votingRight } from './members';
import { activeGrants, type ProxyMember } from './proxies';
import { isOpen } from './window';

/** A member's presence at an assembly (R.7, Reading). */
export type PresenceStatus = 'present' | 'represented' | 'absent';

/** One line of the register of attendance (RULES.md §5). */
export interface AttendanceEntry {
  memberNo: number;
  voting: boolean;
  status: PresenceStatus;
  /** How a present member came: its representative joined the room, or the Table marked it. */
  via: 'online' | 'physical' | null;
  /** When its representative first joined during the window (online presence). */
  joinedAt: Date | null;
  /** The person who joined for it. */
  personId: string | null;
  /** The present member holding its proxy (represented members). */
  proxyHolderMemberNo: number | null;
}

/** What happened in the room: who joined when, who was marked present, which proxies ran. */
export interface AttendanceInput {
  window: AssemblyWindow;
  assemblyKind: AssemblyKind;
  hybrid: boolean;
  designations: readonly Designation[];
  joins: readonly Pick<RoomJoin, 'personId' | 'joinedAt'>[];
  /** Members the Table marked physically present (only at a hybrid extraordinary assembly). */
  physicallyPresent: readonly number[];
  assemblyGrants: readonly ProxyGrant[];
}

/** The register of attendance with the counts of voting members the quorum needs. */
export interface AttendanceRegister {
  entries: AttendanceEntry[];
  votingMembers: number;
  present: number;
  represented: number;
  absent: number;
  presentOrRepresented: number;
  /** Physical marks set aside: the assembly is not a hybrid extraordinary one, or the member is unknown. */
  ignoredPhysicalMarks: number;
}

/**
 * Who was present and who was represented (R.7, Reading): present once its representative joined
 * the room during the window, or marked physically present at a hybrid extraordinary assembly;
 * represented when not present and its proxy holder is present.
 */
export function attendanceRegister(
  members: readonly ProxyMember[],
  input: AttendanceInput,
  statutes: Statutes = togetherStatutes,
): AttendanceRegister {
  const entries = new Map<number, AttendanceEntry>();
  for (const member of members) {
    entries.set(member.memberNo, {
      memberNo: member.memberNo,
      voting: votingRight(member, statutes).votes,
      status: 'absent',
      via: null,
      joinedAt: null,
      personId: null,
      proxyHolderMemberNo: null,
    });
  }
  const designationsByPerson = new Map<string, Designation[]>();
  for (const designation of input.designations) {
    const list = designationsByPerson.get(designation.personId) ?? [];
    list.push(designation);
    designationsByPerson.set(designation.personId, list);
  }
  const joins = [...input.joins].sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime());
  for (const join of joins) {
    if (!isOpen(input.window, join.joinedAt)) continue;
    for (const designation of designationsByPerson.get(join.personId) ?? []) {
      const entry = entries.get(designation.memberNo);
      if (entry === undefined || entry.status === 'present') continue;
      // The person must represent the member at the moment it joins (S.2: designations change).
      if (representativeAt(designation.memberNo, input.designations, join.joinedAt) !== join.personId) continue;
      entry.status = 'present';
      entry.via = 'online';
      entry.joinedAt = join.joinedAt;
      entry.personId = join.personId;
    }
  }
  let ignoredPhysicalMarks = 0;
  const physicalAllowed = input.hybrid && input.assemblyKind === 'extraordinary';
  for (const memberNo of input.physicallyPresent) {
    const entry = entries.get(memberNo);
    if (!physicalAllowed || entry === undefined) ignoredPhysicalMarks += 1;
    else if (entry.status !== 'present') {
      entry.status = 'present';
      entry.via = 'physical';
    }
  }
  for (const grant of activeGrants(input.assemblyGrants)) {
    const grantor = entries.get(grant.grantorMemberNo);
    const holder = entries.get(grant.holderMemberNo);
    if (grantor === undefined || holder === undefined || grantor.status === 'present') continue;
    if (holder.status === 'present' && holder.voting && grantor.voting) {
      grantor.status = 'represented';
      grantor.proxyHolderMemberNo = grant.holderMemberNo;
    }
  }
  let votingMembers = 0;
  let present = 0;
  let represented = 0;
  for (const entry of entries.values()) {
    if (!entry.voting) continue;
    votingMembers += 1;
    if (entry.status === 'present') present += 1;
    if (entry.status === 'represented') represented += 1;
  }
  return {
    entries: [...entries.values()],
    votingMembers,
    present,
    represented,
    absent: votingMembers - present - represented,
    presentOrRepresented: present + represented,
    ignoredPhysicalMarks,
  };
}
