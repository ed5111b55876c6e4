import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Messages } from '@shared/i18n/languages';
import { issueText } from '../../ui/issueText';
import { refusalText, type RefusalSaid } from '../../ui/refusalText';

/** What the browser concludes by itself: no connection, no answer in time, removed from the room. */
type LocalRefusal = keyof Messages['liveRoom']['localRefusal'];
const localRefusals = ['offline', 'timeout', 'removed'] satisfies LocalRefusal[];

/** A refusal of the room in the reader's language: by its code and parameters, or the schemas' words translated. */
export function useRefusalText(): (error: RefusalSaid) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error) => {
      if (error.params) return refusalText(error, t, i18n.resolvedLanguage ?? 'en');
      if ((localRefusals as string[]).includes(error.code))
        return t(`liveRoom.localRefusal.${error.code as LocalRefusal}`);
      if (error.code === 'invalid_input')
        return error.message
          .split('; ')
          .map((message) => issueText({ message }, t))
          .join(' ');
      return error.message;
    },
    [t, i18n],
  );
}
