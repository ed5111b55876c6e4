import { useTranslation } from 'react-i18next';
import { minutesMemberName } from '@shared/rules/minutesMembers';
import type { MinutesMember } from '@shared/schemas/minutesMember';
import { daysAndHours } from '@shared/rules/time';

/** A member as the minutes name it, numbered as the reader's language numbers ("No. 57", "n° 57"). */
export function useMemberName(): (member: MinutesMember) => string {
  const { t } = useTranslation();
  return (member) =>
    minutesMemberName(member, (memberNo, organisation) => t('minutes.memberLine', { memberNo, organisation }));
}

/** A duration as a notice period is read out: "24 days and 23 hours", "40 days". */
export function useDaysAndHours(): (ms: number) => string {
  const { t } = useTranslation();
  return (ms) => {
    const { days, hours } = daysAndHours(ms);
    if (days === 0) return t('minutes.hours', { count: hours });
    if (hours === 0) return t('minutes.days', { count: days });
    return t('minutes.daysAndHours', {
      days: t('minutes.days', { count: days }),
      hours: t('minutes.hours', { count: hours }),
    });
  };
}
