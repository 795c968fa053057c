import type { ErrorCode } from '../../../shared/errors';
import { frCall } from './fr-call';
import { frCommon } from './fr-common';
import { frJoin } from './fr-join';
import { frLive } from './fr-live';
import { frPrep } from './fr-prep';
import { frReports } from './fr-reports';
import { frRoom } from './fr-room';
import { frRounds } from './fr-rounds';

// French is the reference language: `en.ts` must have exactly these keys.
// « » take non-breaking spaces inside, as French typography expects.
export const fr = {
  ...frPrep,
  ...frCommon,
  startup: {
    bridgeTitle: 'Cercle ne peut pas démarrer ici',
    errorTitle: 'Cercle n’a pas pu ouvrir vos données',
    errorHint:
      'Réessayez, ou fermez Cercle puis rouvrez-le. Si le problème revient, notez ce message pour le signaler.',
  },
  nav: {
    label: 'Navigation principale',
    skip: 'Aller au contenu',
    groups: 'Groupes',
    plans: 'Plans',
    sessions: 'Séances',
    reports: 'Rapports',
    settings: 'Réglages',
    screenLoading: 'Chargement de l’écran…',
    screenFailed: 'Cet écran n’a pas pu s’afficher. Rechargez Cercle pour réessayer.',
    reload: 'Recharger Cercle',
  },
  groups: {
    title: 'Groupes',
    intro:
      'Les groupes que vous animez. Chaque groupe a un nom\u00a0; ses plans, séances et rapports s’y rattacheront.',
    createTitle: 'Nouveau groupe',
    nameLabel: 'Nom du groupe',
    nameHint: '80 caractères au plus.',
    create: 'Créer le groupe',
    activeTitle: 'Groupes actifs',
    loading: 'Chargement des groupes…',
    loadFailed: 'Les groupes n’ont pas pu être chargés.',
    emptyTitle: 'Pas encore de groupe',
    emptyBody:
      'Commencez par créer votre premier groupe avec le formulaire ci-dessus\u00a0: un nom suffit, vous pourrez le changer plus tard.',
    emptyWithArchived:
      'Aucun groupe actif pour l’instant. Vos groupes archivés sont plus bas\u00a0: vous pouvez les restaurer.',
    createdOn: 'Créé le {{date}}',
    archivedOn: 'Archivé le {{date}}',
    rename: 'Renommer',
    archive: 'Archiver',
    restore: 'Restaurer',
    // Screen readers hear the group name after the verb; sighted users see it on the row.
    forGroup: '«\u00a0{{name}}\u00a0»',
    renameLabel: 'Nouveau nom pour «\u00a0{{name}}\u00a0»',
    archivedTitle: 'Groupes archivés',
    archivedCount: 'Groupes archivés ({{count}})',
    archivedIntro:
      'Un groupe archivé quitte la liste mais garde son historique. Restaurez-le pour le retrouver parmi les groupes actifs.',
    archivedEmpty: 'Aucun groupe archivé.',
    restoreTaken:
      'Impossible de restaurer ce groupe\u00a0: un groupe actif s’appelle déjà «\u00a0{{name}}\u00a0». Renommez d’abord ce groupe actif.',
    nameErrors: {
      empty: 'Donnez un nom au groupe.',
      too_long: 'Le nom peut faire 80 caractères au plus (il en fait {{length}}).',
      control_chars:
        'Le nom contient un caractère invisible non autorisé (retour à la ligne, tabulation…). Retapez-le.',
      taken: 'Un groupe actif porte déjà ce nom. Choisissez-en un autre.',
    },
    announce: {
      created: 'Groupe «\u00a0{{name}}\u00a0» créé.',
      renamed: 'Groupe «\u00a0{{from}}\u00a0» renommé en «\u00a0{{name}}\u00a0».',
      archived:
        'Groupe «\u00a0{{name}}\u00a0» archivé. Vous le retrouverez dans «\u00a0Groupes archivés\u00a0».',
      restored: 'Groupe «\u00a0{{name}}\u00a0» restauré.',
    },
  },
  settings: {
    title: 'Réglages',
    languageTitle: 'Langue',
    languageLabel: 'Langue de l’interface',
    languageSaved: 'Langue enregistrée\u00a0: français.',
    dataTitle: 'Vos données',
    dataBody:
      'Vos groupes et vos préparations sont enregistrés sur cet ordinateur, dans ce fichier\u00a0:',
    version: 'Version de Cercle\u00a0: {{version}}',
    infoLoading: 'Chargement des informations…',
    infoFailed: 'Ces informations n’ont pas pu être chargées.',
  },
  errors: {
    VALIDATION: 'Certaines informations ne conviennent pas. Vérifiez-les puis réessayez.',
    UNKNOWN_CHANNEL:
      'Cette action n’est pas reconnue par Cercle. Redémarrez l’application\u00a0; si cela se reproduit, signalez-le.',
    FORBIDDEN_SENDER: 'Cette page n’a pas le droit d’utiliser les données de Cercle.',
    NOT_FOUND: 'Cet élément n’existe plus. Rechargez l’écran pour voir la liste à jour.',
    NAME_TAKEN: 'Ce nom est déjà pris. Choisissez-en un autre.',
    CONFLICT:
      'Ces données ont changé entre-temps. Rechargez l’écran pour voir la dernière version, puis recommencez.',
    IMPORT_INVALID:
      'Ce fichier ne peut pas être importé\u00a0: il n’a pas le format attendu ou il est incomplet.',
    UNSUPPORTED: 'Cette action n’est pas encore possible dans cette version de Cercle.',
    DB_TOO_NEW:
      'Vos données ont été enregistrées par une version plus récente de Cercle. Installez cette version pour les ouvrir\u00a0; elles n’ont pas été modifiées.',
    DB_NOT_SQLITE:
      'Le fichier de données de Cercle n’est pas lisible\u00a0: ce n’est pas une base Cercle ou il est abîmé.',
    DB_UNAVAILABLE:
      'Les données de Cercle ne sont pas accessibles pour l’instant. Vérifiez que le disque est disponible, puis réessayez.',
    BRIDGE_UNAVAILABLE:
      'Cette page doit être ouverte dans l’application Cercle\u00a0: elle ne peut pas accéder à vos données depuis un navigateur.',
    INTERNAL:
      'Un problème inattendu est survenu dans Cercle. Réessayez\u00a0; si cela se reproduit, redémarrez l’application.',
  } satisfies Record<ErrorCode, string>,
  ...frJoin,
  ...frCall,
  ...frRoom,
  ...frReports,
  ...frRounds,
  ...frLive,
};

/** The shape every language must fill. */
export type Messages = typeof fr;
