import { useTranslation } from 'react-i18next';
import type { SpeaksFor } from '@shared/schemas/room';

/**
 * The members someone speaks for: named when they are few, else a count that opens the list
 * (the representative of 24 members does not fill a phone screen).
 */
export function MembersFor({
  members,
  few,
  className,
  names,
  many,
}: {
  members: SpeaksFor[];
  few: number;
  className: string;
  names: (list: string) => string;
  many: (count: number) => string;
}) {
  if (members.length === 0) return null;
  if (members.length <= few)
    return <span className={className}>{names(members.map((member) => member.organisation).join(', '))}</span>;
  return (
    <details className={className}>
      <summary>{many(members.length)}</summary>
      <MemberNames members={members} />
    </details>
  );
}

function MemberNames({ members }: { members: SpeaksFor[] }) {
  const { t } = useTranslation();
  return (
    <ul>
      {members.map((member) => (
        <li key={member.memberNo}>
          {member.organisation} <span className="muted">({t('liveRoom.memberNo', { no: member.memberNo })})</span>
        </li>
      ))}
    </ul>
  );
}
