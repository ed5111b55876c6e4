import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Messages } from '@shared/i18n/languages';
import { issueText } from '../../ui/issueText';
import { refusalText } from '../../ui/refusalText';

type Known = keyof Messages['roomRefusal'];

/** A refusal of the room in the reader's language: by its code, or the schemas' words translated. */
export function useRefusalText(): (error: {
  code: string;
  params?: Record<string, unknown>;
  message: string;
}) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error) => {
      if (error.params) return refusalText(error, t, i18n.resolvedLanguage ?? 'en');
      if (i18n.exists(`roomRefusal.${error.code}`)) return t(`roomRefusal.${error.code as Known}`);
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
