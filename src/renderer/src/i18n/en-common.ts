import type { frCommon } from './fr-common';

// English for the words every page uses; same keys as `fr-common.ts`
// (checked by the type).
export const enCommon: typeof frCommon = {
  common: {
    appName: 'Cercle',
    loading: 'Loading…',
    retry: 'Try again',
    save: 'Save',
    cancel: 'Cancel',
  },
  languages: {
    fr: 'Français',
    en: 'English',
  },
};
