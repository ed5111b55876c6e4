import { createHash } from 'node:crypto';

/** The receipts counted, sorted, each hash chained to the previous one: a removed or altered ballot shows. */
export function receiptChain(motionId: string, receiptHashes: string[]): { receipts: string[]; chainHead: string } {
  const receipts = [...receiptHashes].sort();
  let head = createHash('sha256').update(`agora-receipts:${motionId}`).digest('hex');
  for (const receipt of receipts) head = createHash('sha256').update(`${head}:${receipt}`).digest('hex');
  return { receipts, chainHead: head };
}
