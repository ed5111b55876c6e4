import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { en } from '@shared/i18n/en';
import { issueText } from '../../ui/issueText';

type Known = keyof typeof en.roomRefusal;
const known = new Set(Object.keys(en.roomRefusal));

/** A refusal of the room in the reader's language: by its code, or the schemas' words translated. */
export function useRefusalText(): (error: { code: string; message: string }) => string {
  const { t } = useTranslation();
  return useCallback(
    (error) => {
      if (known.has(error.code)) return t(`roomRefusal.${error.code as Known}`);
      if (error.code === 'invalid_input') return error.message.split('; ').map((message) => issueText({ message }, t)).join(' ');
      return error.message;
    },
    [t],
  );
}
