// Anonymised attendance reports: the Reports screen and its printable page.
// Spread into `fr.ts`; `en-reports.ts` must have exactly these keys.
// « » and « : » take non-breaking spaces, as French typography expects.
// The figures' labels, the small and hidden marks and the rule come from shared/report-words.ts,
// which the exports use too: one source for the words a funder reads.
import { reportWords } from '../../../shared/report-words';

export const frReports = {
  reports: {
    title: 'Rapports',
    intro:
      'Des résumés de fréquentation pour votre association ou vos financeurs\u00a0: combien de séances, combien de personnes touchées, sans jamais dire qui est venu.',
    loadingGroups: 'Chargement des groupes…',
    groupsFailed: 'Les groupes n’ont pas pu être chargés.',
    noGroupsTitle: 'Aucun groupe pour l’instant',
    noGroupsBody:
      'Créez un groupe et tenez vos séances avec Cercle\u00a0: leurs chiffres de fréquentation apparaîtront ici.',
    goToGroups: 'Aller aux groupes',
    optionsTitle: 'Ce que couvre le rapport',
    groups: {
      legend: 'Groupes',
      hint: 'Un ou plusieurs groupes. Les groupes archivés peuvent aussi figurer dans un rapport.',
      archived: 'archivé',
      none: 'Cochez au moins un groupe pour voir ses chiffres.',
    },
    period: {
      legend: 'Période',
      hint: 'Toujours des mois entiers, et seulement des mois terminés.',
      kindLegend: 'Type de période',
      kinds: {
        month: 'Un mois',
        quarter: 'Un trimestre',
        year: 'Une année',
        range: 'Plusieurs mois',
      },
      month: 'Mois',
      year: 'Année',
      quarter: 'Trimestre',
      quarters: {
        q1: '1er trimestre (janvier – mars)',
        q2: '2e trimestre (avril – juin)',
        q3: '3e trimestre (juillet – septembre)',
        q4: '4e trimestre (octobre – décembre)',
      },
      fromLegend: 'Premier mois',
      toLegend: 'Dernier mois',
      problems: {
        before_start: 'Le dernier mois doit être le même que le premier ou venir après.',
        too_long: 'Un rapport couvre 20 ans au plus (240 mois). Raccourcissez la période.',
        not_closed:
          'Cette période n’est pas encore terminée\u00a0: un rapport ne compte que des mois finis, pour que ses chiffres ne changent plus une fois exportés. Le dernier mois terminé est {{month}}.',
      },
    },
    results: {
      title: 'Chiffres',
      loading: 'Calcul des chiffres…',
      failed: 'Les chiffres n’ont pas pu être calculés.',
      live_one: 'Chiffres pour {{period}}\u00a0: {{count}} séance tenue.',
      live_other: 'Chiffres pour {{period}}\u00a0: {{count}} séances tenues.',
      period: 'Période',
      groups: 'Groupes',
      clipped:
        'Les mois pas encore terminés ne comptent pas\u00a0: ce rapport s’arrête à {{last}}, alors que la période choisie va jusqu’à {{requested}}.',
      emptyTitle: 'Aucune séance tenue sur cette période',
      emptyBody:
        'Ces groupes n’ont tenu aucune séance pendant ces mois. Choisissez une autre période ou d’autres groupes.',
    },
    figures: reportWords.fr.figures,
    hints: {
      sessionsHeld: 'Chiffre exact\u00a0: ce sont des rendez-vous, pas des personnes.',
      attendances: 'Une personne venue à trois séances compte trois fois.',
      distinctParticipants: 'Chaque personne ne compte qu’une fois.',
      newParticipants: 'Venues pour la première fois pendant la période.',
      returningParticipants: 'Déjà venues avant la période.',
      averageAttendance: 'Participations divisées par les séances tenues.',
      averageSessionMinutes: 'Pour les séances dont la fin est connue.',
      roundsHeld: 'Chiffre exact\u00a0: tours où chacun·e parle à son tour.',
      roundTurnsTaken: 'Fois où une personne a pris la parole à son tour.',
      roundTurnsPassed: 'Fois où une personne a dit «\u00a0je passe\u00a0».',
      roundTurnsTakenPercent: 'Tours pris sur l’ensemble des tours pris ou passés.',
    },
    values: {
      small: reportWords.fr.small,
      hidden: reportWords.fr.hidden,
      none: reportWords.fr.none,
      minutes: '{{value}}\u00a0min',
      percent: '{{value}}\u00a0%',
    },
    rule: reportWords.fr.rule,
    chart: {
      caption: 'Participations par mois, {{period}}',
      valueLegend: 'Participations du mois (arrondies à 5 près)',
      smallLegend:
        '«\u00a0<5\u00a0»\u00a0: de 1 à 4 participations, le nombre exact n’est pas montré',
      hiddenLegend:
        '«\u00a0masqué\u00a0»\u00a0: retenu pour qu’un petit nombre ne puisse pas être retrouvé',
      tableCaption: 'Les données du graphique',
      month: 'Mois',
      sessions: 'Séances tenues',
      attendances: 'Participations',
    },
    exports: {
      title: 'Exporter',
      intro:
        'Les fichiers reprennent exactement ces chiffres et la règle d’anonymisation, sans aucun nom, identifiant ni note.',
      csv: 'Exporter en CSV',
      json: 'Exporter en JSON',
      pdf: 'Exporter en PDF',
      savedTo: 'Fichier enregistré ici\u00a0:',
      announceSaved: 'Rapport enregistré ({{format}}).',
      cancelled: 'Export annulé\u00a0: aucun fichier enregistré.',
      unsupported:
        'Ici, Cercle ne peut pas créer le PDF lui-même. Ouvrez la version imprimable\u00a0: l’impression de votre système permet aussi de l’enregistrer en PDF.',
      openPrintable: 'Ouvrir la version imprimable',
      openAndPrint: 'Ouvrir et imprimer',
      failed: 'L’export n’a pas pu être fait.',
    },
    print: {
      kicker: 'Rapport de fréquentation anonymisé',
      title: 'Rapport de fréquentation',
      producedIn: 'Produit en',
      back: 'Retour aux rapports',
      print: 'Imprimer',
      hint: 'Pour un PDF, choisissez «\u00a0Enregistrer au format PDF\u00a0» dans la fenêtre d’impression.',
      loading: 'Chargement du rapport…',
      failed: 'Le rapport n’a pas pu être calculé.',
      invalid:
        'Ce lien de rapport n’est pas complet. Revenez aux rapports et ouvrez de nouveau la version imprimable.',
      footer:
        'Préparé avec Cercle. Aucune donnée individuelle\u00a0: ni nom, ni identifiant, ni note.',
    },
  },
};
