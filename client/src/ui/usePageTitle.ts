import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab (and what a screen reader announces on navigation) after the page. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
