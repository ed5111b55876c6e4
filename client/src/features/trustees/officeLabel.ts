import type { TFunction } from 'i18next';

// "table.president" as the register's seats name it, "table:president" as a trustee's is stored.
const offices = /^(direction|table|audit_council)[.:](president|vice_president|secretary)$/;

/** A trustee's office in the reader's words: "table.president" → "President, Table of the assembly". */
export function officeLabel(office: string, t: TFunction): string {
  const match = offices.exec(office);
  if (!match) return office;
  const [, body = '', seat = ''] = match;
  return `${t(`bodies.office.${seat}` as 'bodies.office.president')}, ${t(`bodies.body.${body}` as 'bodies.body.table')}`;
}
