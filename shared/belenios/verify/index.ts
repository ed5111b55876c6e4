/**
 * Agora's own verifier of a Belenios 2.0 election record (`<uuid>.bel`), written from the
 * specification and checked against belenios-tool: it reads the archive itself and checks every
 * piece, so a record can be re-counted without trusting the code that made it.
 */
import { readChain, type Record_ } from './chain';
import { checkBallotProofs } from './ballots';
import { RecordProblem, object, parseJson, sha256B64, string } from './json';
import { PowersCache } from './powers';
import { parseCredentials, parseElection, parseTrustees, type Election, type Trustees } from './setup';
import {
  checkFactors,
  checkResult,
  combineFactors,
  encryptedTally,
  ownerKeys,
  parseResult,
  parseTally,
  writeTally,
} from './tally';
import { readTar, sha256Hex } from './tar';

export interface ArchiveVerdict {
  ok: boolean;
  /** One sentence per problem found (none when ok). */
  problems: string[];
  uuid: string;
  /** The counts of each question (with the blank count first where blank is allowed), once tallied and proven. */
  result?: number[][];
  /** The tracker (base64 SHA-256) of every ballot cast, in the order of the record. */
  trackers: string[];
  /** How many ballots were cast (revotes included). */
  ballots: number;
  /** How many ballots count: the last one of each credential. */
  tallied: number;
}

const sentence = (error: unknown) =>
  error instanceof RecordProblem ? error.message : `Unexpected error: ${String(error)}`;

/**
 * Checks a whole record: its bytes and event chain, the election, trustees and credentials, every
 * ballot, the encrypted tally, each partial decryption and the result. With expectedSha256 (the
 * hex SHA-256 published in the minutes) it also notices a record cut short or replaced.
 */
export function verifyArchive(bytes: Uint8Array, expectedSha256?: string): ArchiveVerdict {
  const verdict: ArchiveVerdict = { ok: false, problems: [], uuid: '', trackers: [], ballots: 0, tallied: 0 };
  const problem = (error: unknown) => verdict.problems.push(sentence(error));
  if (expectedSha256 !== undefined) {
    const actual = sha256Hex(bytes);
    if (actual !== expectedSha256.toLowerCase())
      problem(
        new RecordProblem(
          `The archive's SHA-256 is ${actual}, not the ${expectedSha256} recorded: it was cut short or changed.`,
        ),
      );
  }
  const tar = readTar(bytes);
  verdict.problems.push(...tar.problems);
  let record: Record_;
  try {
    const [header, ...entries] = tar.entries;
    if (header?.name !== 'BELENIOS') throw new RecordProblem('The archive does not start with its BELENIOS header.');
    const h = object(parseJson(header.text, 'The BELENIOS header'), 'The BELENIOS header');
    const timestamp = string(h.timestamp, 'The timestamp');
    if (header.text !== `{"version":1,"timestamp":"${timestamp}"}` || !/^[0-9]+$/.test(timestamp))
      throw new RecordProblem('The BELENIOS header is not that of a version 1 record.');
    record = readChain(entries);
  } catch (error) {
    problem(error);
    return verdict;
  }
  verdict.ballots = record.ballots.length;
  verdict.trackers = record.ballots.map((ballot) => sha256B64(ballot));

  const powers = new PowersCache();
  let election: Election;
  let trustees: Trustees;
  let credentials: Map<string, bigint>;
  try {
    election = parseElection(record.election);
    verdict.uuid = election.uuid;
    trustees = parseTrustees(record.trustees, powers);
    if (trustees.combinedKey !== election.publicKey)
      throw new RecordProblem("The election's public key is not the product of its trustees' keys.");
    credentials = parseCredentials(record.credentials, powers);
  } catch (error) {
    problem(error);
    return verdict;
  }

  // The last ballot of each credential counts (specification 4.15), in the order of the record.
  const counted = new Map<string, { weight: bigint; choices: ReturnType<typeof checkBallotProofs>['choices'] }>();
  record.ballots.forEach((raw, i) => {
    try {
      const ballot = checkBallotProofs(election, raw, powers);
      const weight = credentials.get(ballot.credential.toString());
      if (weight === undefined)
        throw new RecordProblem("Its credential is not one of the election's public credentials.");
      counted.delete(ballot.credential.toString());
      counted.set(ballot.credential.toString(), { weight, choices: ballot.choices });
    } catch (error) {
      problem(new RecordProblem(`Ballot ${i + 1} (tracker ${verdict.trackers[i]}): ${sentence(error)}`));
    }
  });
  verdict.tallied = counted.size;
  if (!record.tally) return finish(verdict);

  try {
    const ballots = [...counted.values()];
    const tally = encryptedTally(election, ballots);
    const totalWeight = ballots.reduce((sum, b) => sum + b.weight, 0n);
    if (record.tally.encryptedTally !== writeTally(tally))
      throw new RecordProblem('The encrypted tally is not the product of the last ballot of each credential.');
    if (record.tally.numTallied !== ballots.length || record.tally.totalWeight !== totalWeight)
      throw new RecordProblem(
        `The encrypted tally says ${record.tally.numTallied} ballots, not the ${ballots.length} that count.`,
      );
    parseTally(record.tally.encryptedTally);
    if (record.result === undefined) return finish(verdict);
    const keys = ownerKeys(trustees);
    const factorsByOwner = new Map<number, bigint[][]>();
    for (const { owner, partial } of record.partials) {
      if (owner < 1 || owner > keys.length)
        throw new RecordProblem(`A partial decryption names trustee ${owner}, who does not exist.`);
      if (factorsByOwner.has(owner)) throw new RecordProblem(`Trustee ${owner} has two partial decryptions.`);
      const what = `The partial decryption of trustee ${owner}`;
      factorsByOwner.set(owner, checkFactors(election.fingerprint, tally, keys[owner - 1]!, partial, powers, what));
    }
    const factors = combineFactors(trustees, factorsByOwner, tally);
    const result = parseResult(record.result);
    if (
      record.result !==
      `{"result":[${result.map((r) => `[${r.map((x) => (x > 1073741823n ? `"${x}"` : `${x}`)).join(',')}]`).join(',')}]}`
    )
      throw new RecordProblem('The result is not written in the canonical form.');
    if (!checkResult(tally, factors, result))
      throw new RecordProblem('The result is not the decryption of the encrypted tally: it was forged or miscounted.');
    verdict.result = result.map((counts) => counts.map(Number));
  } catch (error) {
    problem(error);
  }
  return finish(verdict);
}

function finish(verdict: ArchiveVerdict): ArchiveVerdict {
  verdict.ok = verdict.problems.length === 0;
  return verdict;
}

const elections = new Map<string, Election>();
function electionOf(raw: string): Election {
  let election = elections.get(raw);
  if (!election) {
    election = parseElection(raw);
    if (elections.size >= 8) elections.delete(elections.keys().next().value!);
    elections.set(raw, election);
  }
  return election;
}

/**
 * Checks one ballot as the server receives it: its form, election, signature and proofs, and that
 * its credential is one of publicCredentials (decimal strings, without weights).
 */
export function checkBallot(
  election: string,
  publicCredentials: Set<string>,
  ballot: string,
): { ok: true; credential: string; tracker: string } | { ok: false; problem: string } {
  try {
    const checked = checkBallotProofs(electionOf(election), ballot, new PowersCache());
    const credential = checked.credential.toString();
    if (!publicCredentials.has(credential))
      return { ok: false, problem: "The ballot's credential is not registered for this election." };
    return { ok: true, credential, tracker: sha256B64(ballot) };
  } catch (error) {
    return { ok: false, problem: sentence(error) };
  }
}

/**
 * Whether a trustee's partial decryption of the encrypted tally is proven against its key
 * (trusteeIndex: the owner number the record gives it, 1-based over the trustees as listed).
 */
export function checkPartialDecryption(
  election: string,
  trustees: string,
  encryptedTally: string,
  trusteeIndex: number,
  partial: string,
): boolean {
  try {
    const powers = new PowersCache();
    const keys = ownerKeys(parseTrustees(trustees, powers));
    const key = keys[trusteeIndex - 1];
    if (key === undefined) return false;
    checkFactors(
      electionOf(election).fingerprint,
      parseTally(encryptedTally),
      key,
      partial,
      powers,
      'The partial decryption',
    );
    return true;
  } catch {
    return false;
  }
}
