import { hash } from 'node:crypto';

/** The receipts counted, sorted, each hash chained to the previous one: a removed or altered ballot shows. */
export function receiptChain(motionId: string, receiptHashes: string[]): { receipts: string[]; chainHead: string } {
  const receipts = [...receiptHashes].sort();
  let head = hash('sha256', `agora-receipts:${motionId}`);
  for (const receipt of receipts) head = hash('sha256', `${head}:${receipt}`);
  return { receipts, chainHead: head };
}
