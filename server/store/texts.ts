import type { Redis } from 'ioredis';
import type { GoverningText, TextVersion } from '@shared/schemas/texts';
import { auditRecord, digestOf, type AuditEntry } from './audit';
import type { RedisKeys } from './keys';

/** What the founding assembly adopted: version 0 of each text, and when. */
export interface FoundingTexts {
  texts: () => Record<GoverningText, string>;
  adoptedAt: string;
}

/** What an adoption needs besides the text: where and when it was decided. */
export interface Adoption {
  content: string;
  adoptedAt: string;
  assemblyId: string;
  assemblyTitle: string;
  motionId: string;
  motionTitle: string;
}

export class TextConflict extends Error {
  override name = 'TextConflict';
}

const parse = (json: string) => JSON.parse(json) as TextVersion;

/** The governing texts and their numbered versions (R.12); version 0 is written when missing. */
export function textStore(redis: Redis, keys: RedisKeys, founding: FoundingTexts) {
  const versionOf = (
    text: GoverningText,
    number: number,
    content: string,
    adoption: Omit<Adoption, 'content'> | null,
    adoptedAt: string,
  ): TextVersion => ({
    text,
    number,
    content,
    adoptedAt,
    assemblyId: adoption?.assemblyId ?? null,
    assemblyTitle: adoption?.assemblyTitle ?? null,
    motionId: adoption?.motionId ?? null,
    motionTitle: adoption?.motionTitle ?? null,
    digest: digestOf(content),
  });

  const store = {
    /**
     * Writes version 0 of each text if the store has none (first start, or first read), with the
     * audit link recording it; true if it wrote one.
     */
    async ensureFounding(): Promise<boolean> {
      const texts = founding.texts();
      let wrote = false;
      for (const text of Object.keys(texts) as GoverningText[]) {
        const json = JSON.stringify(versionOf(text, 0, texts[text], null, founding.adoptedAt));
        const entry: AuditEntry = {
          at: founding.adoptedAt,
          by: { personId: null, name: 'Assemblée générale fondatrice' },
          action: text === 'statutes' ? 'statutes.founded' : 'rules.founded',
          subject: `text:${text}`,
          before: null,
          after: { version: 0 },
          records: [auditRecord(keys, keys.textVersions(text), '0', json)],
        };
        if (
          (await redis.foundTextOnce(
            keys.textVersions(text),
            keys.audit,
            keys.auditHead,
            json,
            JSON.stringify(entry),
          )) === 1
        )
          wrote = true;
      }
      return wrote;
    },

    /** Every version of a text, oldest first. */
    async versions(text: GoverningText): Promise<TextVersion[]> {
      let stored = await redis.hvals(keys.textVersions(text));
      if (stored.length === 0) {
        await store.ensureFounding();
        stored = await redis.hvals(keys.textVersions(text));
      }
      return stored.map(parse).sort((a, b) => a.number - b.number);
    },

    async version(text: GoverningText, number: number): Promise<TextVersion | null> {
      let json = await redis.hget(keys.textVersions(text), String(number));
      if (!json && number === 0) {
        await store.ensureFounding();
        json = await redis.hget(keys.textVersions(text), '0');
      }
      return json ? parse(json) : null;
    },

    /** The versions several motions made, by motion id, in one round trip. */
    async adoptedByMotions(motionIds: string[]): Promise<Map<string, { text: GoverningText; number: number }>> {
      if (motionIds.length === 0) return new Map();
      const made = await redis.hmget(keys.textAdoptions, ...motionIds);
      const found = new Map<string, { text: GoverningText; number: number }>();
      motionIds.forEach((motionId, index) => {
        const value = made[index];
        if (!value) return;
        const [text, number] = value.split(':');
        found.set(motionId, { text: text as GoverningText, number: Number(number) });
      });
      return found;
    },

    /**
     * Stores the next version of `text` with the audit entry `audit` makes of it (given the exact
     * JSON written), unless the motion made a version already. `created` says whether this call stored it.
     */
    async adopt(
      text: GoverningText,
      adoption: Adoption,
      audit: (version: TextVersion) => Omit<AuditEntry, 'records'>,
    ): Promise<{ version: TextVersion; created: boolean }> {
      for (let attempt = 1; ; attempt++) {
        // Versions are numbered from 0 without gaps: the next number is their count.
        let number = await redis.hlen(keys.textVersions(text));
        if (number === 0) {
          await store.ensureFounding();
          number = await redis.hlen(keys.textVersions(text));
        }
        const version = versionOf(text, number, adoption.content, adoption, adoption.adoptedAt);
        const json = JSON.stringify(version);
        // Written with the version, in the same step: the link vouches for the exact JSON stored.
        const entry = JSON.stringify({
          ...audit(version),
          records: [auditRecord(keys, keys.textVersions(text), String(number), json)],
        });
        // Stored once per motion, and only as the next number (another adoption in between: read again).
        const [status, made] = await redis.storeNextTextVersion(
          keys.textVersions(text),
          keys.textAdoptions,
          keys.audit,
          keys.auditHead,
          adoption.motionId,
          String(number),
          json,
          `${text}:${number}`,
          entry,
        );
        if (status === 1) return { version, created: true };
        if (status === 0) {
          const [madeText, madeNumber] = made.split(':');
          const version = await store.version(madeText as GoverningText, Number(madeNumber));
          if (!version) throw new TextConflict(`The version ${made} made by motion ${adoption.motionId} is missing.`);
          return { version, created: false };
        }
        if (attempt >= 5) throw new TextConflict(`The ${text} are being changed by another adoption; try again.`);
      }
    },
  };
  return store;
}
export type TextStore = ReturnType<typeof textStore>;
