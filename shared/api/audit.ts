// The audit trail.
/**
 * A stored value an audit entry vouches for: the key (without the install's prefix), the hash
 * field when the key is a hash, and the SHA-256 of the value as written.
 */
export interface AuditRecord {
  key: string;
  field?: string;
  digest: string;
}

/** One line of the audit trail: who changed what, when, from what to what. */
export interface AuditEntry {
  at: string;
  by: { personId: string | null; name: string };
  action: string;
  subject: string;
  before: unknown;
  after: unknown;
  /** The stored values this change wrote, by digest (ballots, messages, results, minutes). */
  records?: AuditRecord[];
}

/** An entry as the audit page lists it, with its place in the trail. */
export interface AuditEntryView extends AuditEntry {
  id: string;
}

export interface AuditResponse {
  entries: AuditEntryView[];
}
