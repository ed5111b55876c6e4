/**
 * The election structure of a Belenios record (specification 4.9, 4.10), written byte for byte as
 * `belenios-tool setup make-election` writes it: every hash of the record is taken over these bytes.
 */
import { groupName } from './group';
import { sha256B64 } from './encoding';

/** A homomorphic question: answers chosen between min and max, or blank when allowed. */
export type BeleniosQuestion = { question: string; answers: string[]; min: number; max: number; blank?: boolean };

export type ElectionInput = {
  uuid: string;
  name: string;
  description: string;
  questions: BeleniosQuestion[];
  publicKey: bigint;
  administrator?: string;
  credentialAuthority?: string;
};

export type Election = ElectionInput & {
  /** The election's fingerprint φ (unpadded base64 SHA-256 of its exact bytes). */
  fingerprint: string;
  group: string;
};

/**
 * Compact JSON as belenios-tool writes it: JSON.stringify agrees with it (UTF-8 as is, `/` not
 * escaped) except for DEL, which the tool escapes.
 */
export function compactJson(value: unknown): string {
  return JSON.stringify(value).replace(/\u007f/g, '\\u007f');
}

/** The election structure's exact bytes, fields in the tool's order. */
export function electionJson(input: ElectionInput): string {
  const questions = input.questions.map((question) => ({
    answers: question.answers,
    ...(question.blank === undefined ? {} : { blank: question.blank }),
    min: question.min,
    max: question.max,
    question: question.question,
  }));
  return compactJson({
    version: 1,
    description: input.description,
    name: input.name,
    group: groupName,
    public_key: input.publicKey.toString(),
    questions,
    uuid: input.uuid,
    ...(input.administrator === undefined ? {} : { administrator: input.administrator }),
    ...(input.credentialAuthority === undefined ? {} : { credential_authority: input.credentialAuthority }),
  });
}

type ElectionRecord = {
  version: number;
  description: string;
  name: string;
  group: string;
  public_key: string;
  questions: { question: string; answers: string[]; min: number; max: number; blank?: boolean; type?: string }[];
  uuid: string;
  administrator?: string;
  credential_authority?: string;
};

/** Reads an election structure; throws on a group or a question kind this code does not handle. */
export function parseElection(json: string): Election {
  const record = JSON.parse(json) as ElectionRecord;
  if (record.version !== 1) throw new Error(`Unknown election version ${record.version}.`);
  if (record.group !== groupName) throw new Error(`Unsupported group ${record.group}.`);
  const questions = record.questions.map((question): BeleniosQuestion => {
    if (question.type !== undefined || !Array.isArray(question.answers))
      throw new Error('Only homomorphic questions are supported.');
    return {
      question: question.question,
      answers: question.answers,
      min: question.min,
      max: question.max,
      ...(question.blank === undefined ? {} : { blank: question.blank }),
    };
  });
  return {
    uuid: record.uuid,
    name: record.name,
    description: record.description,
    group: record.group,
    questions,
    publicKey: BigInt(record.public_key),
    ...(record.administrator === undefined ? {} : { administrator: record.administrator }),
    ...(record.credential_authority === undefined ? {} : { credentialAuthority: record.credential_authority }),
    fingerprint: electionFingerprint(json),
  };
}

/** The election's fingerprint φ: unpadded base64 SHA-256 of its bytes (specification 4.15). */
export function electionFingerprint(json: string): string {
  return sha256B64(json);
}
