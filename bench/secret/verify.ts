import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyArchive } from '@shared/belenios/verify';
import { verifyWithTool } from '../../tests/integration/belenios/tool';
import { benchDir, benchRecord } from './records';

export interface VerifyFigures {
  ballots: number;
  /** The record's size in bytes. */
  bytes: number;
  /** Agora's verifier (verifyArchive), in the benchmark's process. */
  agoraMs: number;
  /** `belenios-tool election verify` on the same bytes. */
  toolMs: number;
  agoraOk: boolean;
  toolOk: boolean;
  /** Whether the record was made in this run (else read from the benchmark's temp directory). */
  made: boolean;
  makeMs: number;
}

/** Agora's verifier and belenios-tool's, one after the other, on the same record of `ballots` ballots. */
export async function benchVerify(ballots: number): Promise<VerifyFigures> {
  let start = performance.now();
  const record = await benchRecord(ballots);
  const makeMs = performance.now() - start;
  start = performance.now();
  const report = verifyArchive(record.bytes);
  const agoraMs = performance.now() - start;
  if (!report.ok) throw new Error(`Agora's verifier refuses the record of ${ballots}: ${report.problems.join('; ')}`);
  const dir = mkdtempSync(join(benchDir, 'verify-'));
  try {
    writeFileSync(join(dir, `${record.uuid}.bel`), record.bytes);
    start = performance.now();
    const verified = await verifyWithTool(dir);
    const toolMs = performance.now() - start;
    if (verified.code !== 0) throw new Error(`belenios-tool refuses the record of ${ballots}: ${verified.stderr}`);
    return {
      ballots,
      bytes: record.bytes.length,
      agoraMs,
      toolMs,
      agoraOk: report.ok,
      toolOk: verified.code === 0,
      made: makeMs > 1000,
      makeMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
