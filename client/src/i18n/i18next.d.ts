import type { en } from '@shared/i18n/en';

// Types `t('...')` against the English catalogue: an unknown key or a missing variable is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
