// Words every page uses, the participant page included. Spread into `fr.ts`
// and `fr-participant.ts`; `en-common.ts` must have exactly these keys.
export const frCommon = {
  common: {
    appName: 'Cercle',
    loading: 'Chargement…',
    retry: 'Réessayer',
    save: 'Enregistrer',
    cancel: 'Annuler',
  },
  languages: {
    fr: 'Français',
    en: 'English',
  },
};
