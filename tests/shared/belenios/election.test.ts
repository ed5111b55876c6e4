import { describe, expect, it } from 'vitest';
import { electionFingerprint, electionJson, parseElection } from '@shared/belenios/election';
import { toolElection, toolFingerprint, toolPublicKey, toolUuid } from './vectors';

describe('The election structure (specification 4.10)', () => {
  it('is written byte for byte as belenios-tool make-election writes it', () => {
    const json = electionJson({
      uuid: toolUuid,
      name: 'Name',
      description: 'Desc',
      questions: [
        { question: 'Motion?', answers: ['For', 'Against'], min: 1, max: 1, blank: true },
        { question: 'Who?', answers: ['A', 'B', 'C', 'D'], min: 0, max: 1, blank: true },
      ],
      publicKey: BigInt(toolPublicKey),
      administrator: 'Admin',
      credentialAuthority: 'CA',
    });
    expect(json).toBe(toolElection);
    expect(electionFingerprint(json)).toBe(toolFingerprint);
  });

  it('reads back what it writes, and writes back what it reads', () => {
    const election = parseElection(toolElection);
    expect(election).toMatchObject({
      uuid: toolUuid,
      name: 'Name',
      fingerprint: toolFingerprint,
      credentialAuthority: 'CA',
    });
    expect(electionJson(election)).toBe(toolElection);
  });

  it('escapes as the tool does: quotes and new lines, not slashes nor accents', () => {
    const json = electionJson({
      uuid: toolUuid,
      name: 'AG "2026" / é\n',
      description: '',
      questions: [{ question: 'Q', answers: ['a', 'b'], min: 0, max: 2 }],
      publicKey: 2n,
    });
    expect(json).toContain('"name":"AG \\"2026\\" / é\\n"');
    expect(json).toContain('"questions":[{"answers":["a","b"],"min":0,"max":2,"question":"Q"}]');
  });

  it('refuses a group it does not know', () => {
    expect(() => parseElection(toolElection.replace('BELENIOS-2048', 'RFC-3526-2048'))).toThrow('Unsupported group');
  });
});
