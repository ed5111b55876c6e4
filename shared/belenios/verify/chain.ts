/**
 * The record's event chain: every entry named by the SHA-256 of its bytes, each event pointing to
 * its parent with the next height, each payload written just before its event as the tool writes
 * it, and the events in the order of an election (Setup, Ballot…, EndBallots, EncryptedTally,
 * PartialDecryption…, Result).
 */
import { fail, integer, object, parseJson, string } from './json';
import { sha256Hex, type TarEntry } from './tar';

export interface Record_ {
  election: string;
  trustees: string;
  credentials: string;
  ballots: string[];
  ended: boolean;
  tally?: { encryptedTally: string; numTallied: number; totalWeight: bigint };
  partials: { owner: number; partial: string }[];
  result?: string;
}

const order = ['Setup', 'Ballot', 'EndBallots', 'EncryptedTally', 'PartialDecryption', 'Result'];
/** Which event types may follow each one. */
const next: Record<string, string[]> = {
  '': ['Setup'],
  Setup: ['Ballot', 'EndBallots'],
  Ballot: ['Ballot', 'EndBallots'],
  EndBallots: ['EncryptedTally'],
  EncryptedTally: ['PartialDecryption'],
  PartialDecryption: ['PartialDecryption', 'Result'],
  Result: [],
};

const hex = /^[0-9a-f]{64}$/;

/** Reads the chain of a record's entries (after its BELENIOS header); throws a RecordProblem at the first break. */
export function readChain(entries: TarEntry[]): Record_ {
  const record: Record_ = { election: '', trustees: '', credentials: '', ballots: [], ended: false, partials: [] };
  let parent: string | undefined;
  let height = 0;
  let previous = '';
  let pending: { hash: string; text: string }[] = [];
  for (const entry of entries) {
    const match = /^([0-9a-f]{64})\.(data|event)\.json$/.exec(entry.name);
    if (!match) fail(`The archive holds an entry named ${entry.name}, which is neither data nor event.`);
    const hash = sha256Hex(entry.bytes);
    if (match[1] !== hash) fail(`The entry ${entry.name} was changed: its name is not the SHA-256 of its content.`);
    if (match[2] === 'data') {
      pending.push({ hash, text: entry.text });
      continue;
    }
    const e = object(parseJson(entry.text, `Event ${height}`), `Event ${height}`);
    const type = string(e.type, `Event ${height}'s type`);
    const eventParent = e.parent === undefined ? undefined : string(e.parent, `Event ${height}'s parent`);
    const payload = e.payload === undefined ? undefined : string(e.payload, `Event ${height}'s payload`);
    const eventHeight = integer(e.height, `Event ${height}'s height`);
    if (eventParent !== parent)
      fail(`The event chain is broken at height ${height}: the ${type} event does not point to the event before it.`);
    if (eventHeight !== height)
      fail(`The event chain is broken: the ${type} event has height ${eventHeight}, not ${height}.`);
    if (!order.includes(type)) fail(`Event ${height} has the type ${type}, which this verifier does not read.`);
    if (!next[previous]!.includes(type)) fail(`Event ${height} (${type}) cannot follow ${previous || 'the start'}.`);
    if (payload !== undefined && !hex.test(payload)) fail(`Event ${height}'s payload is not a SHA-256.`);
    const canonical =
      `{${parent === undefined ? '' : `"parent":"${parent}",`}"height":${height},"type":"${type}"` +
      `${payload === undefined ? '' : `,"payload":"${payload}"`}}`;
    if (canonical !== entry.text) fail(`Event ${height} is not written in the canonical form.`);
    readPayload(record, type, payload, pending, height);
    pending = [];
    parent = hash;
    height++;
    previous = type;
  }
  if (pending.length) fail('The archive has data after its last event, which no event refers to.');
  if (!previous) fail('The archive has no events.');
  return record;
}

/** The data the tool writes before an event of this type, in its order, each named by the hash the previous one gives. */
function readPayload(
  record: Record_,
  type: string,
  payload: string | undefined,
  data: { hash: string; text: string }[],
  height: number,
) {
  const expect = (hashes: (string | undefined)[]) => {
    if (data.length !== hashes.length || data.some((d, i) => d.hash !== hashes[i]))
      fail(`The data written before the ${type} event at height ${height} is not what it refers to.`);
  };
  const last = () => data[data.length - 1]?.text ?? '';
  if (type === 'EndBallots') {
    if (payload !== undefined) fail('The EndBallots event has a payload.');
    expect([]);
    record.ended = true;
    return;
  }
  if (payload === undefined) fail(`The ${type} event at height ${height} has no payload.`);
  if (data[data.length - 1]?.hash !== payload)
    fail(`The ${type} event at height ${height} refers to data that is not there.`);
  if (type === 'Ballot') {
    expect([payload]);
    record.ballots.push(last());
  } else if (type === 'Result') {
    expect([payload]);
    record.result = last();
  } else if (type === 'Setup') {
    const setup = object(parseJson(last(), 'The setup data'), 'The setup data');
    const [election, trustees, credentials] = ['election', 'trustees', 'credentials'].map((key) =>
      string(setup[key], `The setup data's ${key}`),
    );
    if (last() !== `{"election":"${election}","trustees":"${trustees}","credentials":"${credentials}"}`)
      fail('The setup data is not written in the canonical form.');
    expect([election, trustees, credentials, payload]);
    [record.election, record.trustees, record.credentials] = data.slice(0, 3).map((d) => d.text) as [
      string,
      string,
      string,
    ];
  } else if (type === 'EncryptedTally') {
    const sized = object(parseJson(last(), 'The encrypted tally'), 'The encrypted tally');
    const tallyHash = string(sized.encrypted_tally, "The encrypted tally's reference");
    expect([tallyHash, payload]);
    const weight = sized.total_weight;
    if (typeof weight !== 'number' && (typeof weight !== 'string' || !/^[0-9]+$/.test(weight)))
      fail("The encrypted tally's total weight is not a number.");
    record.tally = {
      encryptedTally: data[0]!.text,
      numTallied: integer(sized.num_tallied, "The encrypted tally's number of ballots"),
      totalWeight: BigInt(weight),
    };
  } else if (type === 'PartialDecryption') {
    const owned = object(parseJson(last(), 'A partial decryption'), 'A partial decryption');
    const owner = integer(owned.owner, "A partial decryption's owner");
    const itemHash = string(owned.payload, "A partial decryption's reference");
    if (last() !== `{"owner":${owner},"payload":"${itemHash}"}`)
      fail(`The partial decryption at height ${height} is not written in the canonical form.`);
    expect([itemHash, payload]);
    record.partials.push({ owner, partial: data[0]!.text });
  }
}
