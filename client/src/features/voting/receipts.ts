import type { BallotReceipt } from '@shared/schemas/voting';

const keyOf = (motionId: string) => `agora:receipts:${motionId}`;

/**
 * The receipt codes of the votes cast from this browser, kept so the voter can check them against
 * the list published at the close (the server keeps only their hashes).
 */
export const receiptStore = {
  read(motionId: string): BallotReceipt[] {
    try {
      const parsed: unknown = JSON.parse(window.localStorage.getItem(keyOf(motionId)) ?? '[]');
      return Array.isArray(parsed) ? (parsed as BallotReceipt[]) : [];
    } catch {
      return [];
    }
  },
  /** Keeps the newest receipt of each member (a named ballot changed replaces the earlier one). */
  add(motionId: string, receipts: readonly BallotReceipt[]): BallotReceipt[] {
    const byMember = new Map(receiptStore.read(motionId).map((receipt) => [receipt.memberNo, receipt]));
    for (const receipt of receipts) byMember.set(receipt.memberNo, receipt);
    const all = [...byMember.values()].sort((a, b) => a.memberNo - b.memberNo);
    try {
      window.localStorage.setItem(keyOf(motionId), JSON.stringify(all));
    } catch {
      // Storage refused: the receipts stay on the screen to be copied.
    }
    return all;
  },
};

/** The hash published for a receipt: SHA-256 of "motionId:receipt", as the server computes it. */
export async function receiptHash(motionId: string, receipt: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null; // not a secure page (plain http on a network address)
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${motionId}:${receipt}`));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
