import type { Messages } from './fr';

// Typed keys: `t('groups.nameLabel')` is checked against the French messages.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
