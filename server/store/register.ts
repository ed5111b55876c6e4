import type { Redis } from 'ioredis';
import type { Member } from '@shared/schemas/member';
import type { VoterLike } from '@shared/rules/members';
import type { Person } from '@shared/schemas/person';
import type { BodySeat } from '@shared/schemas/bodySeat';
import type { RedisKeys } from './keys';
import { applyIfVersion, type Operation } from './versioned';
import { standingOf, standingText, type StandingCount } from './standings';
import type { AuditEntry } from './audit';

export type { AuditEntry } from './audit';

/** Who designated whom to represent a member, and from when (S.2: changeable at any time). */
export interface DesignationRecord {
  memberNo: number;
  personId: string | null;
  from: string;
  /** The person who recorded it (or "founding register", "import"). */
  setBy: string;
}

/** The exclusion the Direction proposed, as the member was told (S.11). */
export interface ExclusionRecord {
  memberNo: number;
  ground: 'deliberate_harm' | 'unmet_obligations';
  reasons: string;
  proposedAt: string;
  proposedBy: string;
}

/** The admission request as it was submitted, and what the Direction decided (S.11). */
export interface AdmissionRecord {
  memberNo: number;
  criteria: string;
  requestedAt: string;
  requestedBy: string;
  proposedByMemberNo: number | null;
  decision: { approved: boolean; reason: string; decidedAt: string; decidedBy: string } | null;
}

/** The register as one consistent picture: members, people, who represents whom, body seats. */
export interface RegisterSnapshot {
  version: number;
  members: Member[];
  people: Person[];
  representatives: Map<number, string>;
  bodySeats: BodySeat[];
  /** People who work for the secretariat (R.8). */
  secretariat: Set<string>;
  exclusions: Map<number, ExclusionRecord>;
  admissions: Map<number, AdmissionRecord>;
}

/** The register changed since it was read: the command must read it again and retry. */
export class RegisterConflict extends Error {
  override name = 'RegisterConflict';
}

/** The writes one command makes to the register, stored together or not at all. */
export class RegisterChanges {
  readonly operations: Operation[] = [];
  constructor(private readonly keys: RedisKeys) {}

  get isEmpty(): boolean {
    return this.operations.length === 0;
  }
  putMember(member: Member): this {
    this.operations.push(['HSET', this.keys.members, String(member.memberNo), JSON.stringify(member)]);
    return this.keepStanding(member);
  }
  /** Records a member's standing and the count per standing (putMember does it with the member). */
  keepStanding(member: Member): this {
    const { memberStandings, standingCounts } = this.keys;
    this.operations.push(['STANDING', memberStandings, standingCounts, String(member.memberNo), standingText(member)]);
    return this;
  }
  /** Forgets every standing, before they are kept again from the members. */
  forgetStandings(): this {
    this.operations.push(['DEL', this.keys.memberStandings, this.keys.standingCounts]);
    return this;
  }
  putPerson(person: Person, previousEmail?: string): this {
    if (previousEmail && previousEmail !== person.email)
      this.operations.push(['HDEL', this.keys.peopleByEmail, previousEmail]);
    this.operations.push(['HSET', this.keys.people, person.id, JSON.stringify(person)]);
    this.operations.push(['HSET', this.keys.peopleByEmail, person.email, person.id]);
    return this;
  }
  designate(designation: DesignationRecord): this {
    const memberNo = String(designation.memberNo);
    if (designation.personId) this.operations.push(['HSET', this.keys.representatives, memberNo, designation.personId]);
    else this.operations.push(['HDEL', this.keys.representatives, memberNo]);
    this.operations.push(['RPUSH', this.keys.designations(designation.memberNo), JSON.stringify(designation)]);
    return this;
  }
  putSeat(seat: BodySeat): this {
    this.operations.push(['HSET', this.keys.bodySeats, `${seat.body}:${seat.office}`, JSON.stringify(seat)]);
    return this;
  }
  addSecretariat(personId: string): this {
    this.operations.push(['SADD', this.keys.secretariat, personId]);
    return this;
  }
  putExclusion(exclusion: ExclusionRecord): this {
    this.operations.push(['HSET', this.keys.exclusions, String(exclusion.memberNo), JSON.stringify(exclusion)]);
    return this;
  }
  putAdmission(admission: AdmissionRecord): this {
    this.operations.push(['HSET', this.keys.admissions, String(admission.memberNo), JSON.stringify(admission)]);
    return this;
  }
  audit(entry: AuditEntry): this {
    this.operations.push(['AUDIT', this.keys.audit, this.keys.auditHead, JSON.stringify(entry)]);
    return this;
  }
}

/** The only code that knows how the member register is laid out in Redis. */
export function registerStore(redis: Redis, keys: RedisKeys) {
  const parse = <T>(json: string) => JSON.parse(json) as T;
  const store = {
    async isEmpty(): Promise<boolean> {
      return (await redis.hlen(keys.members)) === 0;
    },

    async person(personId: string): Promise<Person | null> {
      const json = await redis.hget(keys.people, personId);
      return json ? parse<Person>(json) : null;
    },

    async personByEmail(email: string): Promise<Person | null> {
      const personId = await redis.hget(keys.peopleByEmail, email.trim().toLowerCase());
      return personId ? store.person(personId) : null;
    },

    /** One member and the person who represents it now, without reading the whole register. */
    /** A member and the person representing it, read in one atomic step. */
    async memberWithRepresentative(memberNo: number): Promise<{ member: Member | null; person: Person | null }> {
      const [member, person] = await redis.memberAndRepresentative(
        keys.members,
        keys.representatives,
        keys.people,
        String(memberNo),
      );
      return { member: member ? parse<Member>(member) : null, person: person ? parse<Person>(person) : null };
    },

    async designations(memberNo: number): Promise<DesignationRecord[]> {
      return (await redis.lrange(keys.designations(memberNo), 0, -1)).map((json) => parse<DesignationRecord>(json));
    },

    /**
     * What the voting rules read of the register, without reading all of it: how many members
     * have each standing (college and status), and the standings of the members named. A register
     * stored before the standings were kept beside it has them made first, once.
     */
    async standings(memberNos: number[]): Promise<{ counts: StandingCount[]; of: VoterLike[] }> {
      const asked = memberNos.map(String);
      for (;;) {
        let transaction = redis.multi().hlen(keys.members).hgetall(keys.standingCounts);
        if (asked.length > 0) transaction = transaction.hmget(keys.memberStandings, ...asked);
        const [members, kept, standings = []] = ((await transaction.exec()) ?? []).map(([error, value]) => {
          if (error) throw error;
          return value;
        }) as [number, Record<string, string>, Array<string | null>];
        const counts = Object.entries(kept)
          .map(([standing, count]) => ({ ...standingOf(standing), count: Number(count) }))
          .filter((standing) => standing.count > 0);
        if (counts.reduce((sum, standing) => sum + standing.count, 0) === members)
          return {
            counts,
            of: standings.flatMap((standing, index) =>
              standing === null ? [] : [{ memberNo: memberNos[index]!, ...standingOf(standing) }],
            ),
          };
        await store.transact((register, changes) => {
          changes.forgetStandings();
          for (const member of register.members) changes.keepStanding(member);
        });
      }
    },

    /** The whole register, read in one transaction so every part is of the same moment. */
    async snapshot(): Promise<RegisterSnapshot> {
      const replies =
        (await redis
          .multi()
          .get(keys.registerVersion)
          .hvals(keys.members)
          .hvals(keys.people)
          .hgetall(keys.representatives)
          .hvals(keys.bodySeats)
          .smembers(keys.secretariat)
          .hvals(keys.exclusions)
          .hvals(keys.admissions)
          .exec()) ?? [];
      const values = replies.map(([error, value]) => {
        if (error) throw error;
        return value;
      });
      const [version, members, people, representatives, seats, secretariat, exclusions, admissions] = values as [
        string | null,
        string[],
        string[],
        Record<string, string>,
        string[],
        string[],
        string[],
        string[],
      ];
      return {
        version: Number(version ?? 0),
        members: members.map((json) => parse<Member>(json)).sort((a, b) => a.memberNo - b.memberNo),
        people: people.map((json) => parse<Person>(json)),
        representatives: new Map(
          Object.entries(representatives).map(([memberNo, personId]) => [Number(memberNo), personId]),
        ),
        bodySeats: seats.map((json) => parse<BodySeat>(json)),
        secretariat: new Set(secretariat),
        exclusions: new Map(
          exclusions.map((json) => parse<ExclusionRecord>(json)).map((record) => [record.memberNo, record]),
        ),
        admissions: new Map(
          admissions.map((json) => parse<AdmissionRecord>(json)).map((record) => [record.memberNo, record]),
        ),
      };
    },

    changes(): RegisterChanges {
      return new RegisterChanges(keys);
    },

    /** Stores the changes if the register is still at `version`; throws RegisterConflict otherwise. */
    async commit(version: number, changes: RegisterChanges): Promise<void> {
      if (!(await applyIfVersion(redis, keys.registerVersion, version, changes.operations)))
        throw new RegisterConflict('The register changed meanwhile.');
    },

    /**
     * Reads the register, lets `plan` decide the changes, and stores them atomically; if someone
     * changed the register in between, reads again and plans again (a few times).
     */
    async transact<T>(plan: (snapshot: RegisterSnapshot, changes: RegisterChanges) => T | Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        const snapshot = await store.snapshot();
        const changes = store.changes();
        const result = await plan(snapshot, changes);
        try {
          await store.commit(snapshot.version, changes);
          return result;
        } catch (error) {
          if (!(error instanceof RegisterConflict) || attempt >= 5) throw error;
        }
      }
    },
  };
  return store;
}

export type RegisterStore = ReturnType<typeof registerStore>;
