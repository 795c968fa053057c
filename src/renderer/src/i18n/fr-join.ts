// The participant page: name → devices → agreements → lobby → call. Spread into
// `fr.ts`; `en-join.ts` must have exactly these keys. Plain words: people
// open this from a message, sometimes on an old phone, sometimes upset.
export const frJoin = {
  join: {
    switchLanguage: 'Langue',
    languageFailed:
      '«\u00a0{{language}}\u00a0» n’a pas pu être chargé\u00a0: vérifiez votre connexion, puis réessayez.',
    stepOf: 'Étape {{step}} sur 4',
    session: 'Séance\u00a0: {{title}}',
    continue: 'Continuer',
    retry: 'Réessayer',
    name: {
      title: 'Comment voulez-vous apparaître\u00a0?',
      intro:
        'Le groupe verra ce nom pendant la séance. Un prénom ou un pseudonyme suffit\u00a0: vous n’avez pas à donner votre vrai nom.',
      label: 'Votre nom dans la séance',
      hint: 'De 1 à 40 caractères.',
      errors: {
        empty: 'Écrivez un prénom ou un pseudonyme.',
        tooLong: 'Ce nom est trop long\u00a0: 40 caractères au plus (il en fait {{length}}).',
        controlChars:
          'Ce nom contient un caractère invisible non autorisé (retour à la ligne, tabulation…). Retapez-le.',
      },
      connecting: 'Connexion à la séance…',
    },
    devices: {
      title: 'Vérifions votre micro et votre caméra',
      intro:
        'Votre navigateur va vous demander l’autorisation d’utiliser le micro et la caméra. Rien n’est montré au groupe avant que l’animateur·rice vous fasse entrer.',
      checking: 'Ouverture du micro et de la caméra…',
      preview: 'Aperçu de votre caméra',
      noCamera: 'Pas de caméra',
      cameraOffAudioOnly: 'Audio seul\u00a0: la caméra reste éteinte.',
      meter: 'Niveau du micro',
      meterHint: 'Parlez\u00a0: la barre doit bouger.',
      heard: 'Nous vous entendons.',
      noMic: 'Pas de micro\u00a0: vous pourrez écouter sans parler.',
      micSelect: 'Micro',
      cameraSelect: 'Caméra',
      audioOnly: 'Rejoindre en audio seul',
      audioOnlyHint:
        'Vous n’envoyez ni ne recevez de vidéo. Conseillé si votre connexion est faible.',
      continueWithout: 'Continuer sans micro',
    },
    agreements: {
      title: 'Les accords du groupe',
      intro:
        'Pour que chacun·e se sente en sécurité, le groupe s’est donné ces accords. Lisez-les avant d’entrer.',
      empty: 'Le groupe n’a pas écrit d’accords pour cette séance.',
      accept: 'J’accepte ces accords',
      decline: 'Je ne souhaite pas participer',
    },
    lobby: {
      title: 'Salle d’attente',
      body: 'L’animateur·rice va vous faire entrer.',
      hint: 'Gardez cette page ouverte\u00a0: vous entrerez dans la séance automatiquement.',
      accepted: 'Vous avez accepté les accords du groupe.',
      reconnecting: 'Connexion perdue. Reconnexion en cours…',
      reconnected: 'Vous êtes de nouveau connecté·e. Vous attendez toujours.',
      admitted: 'Vous entrez dans la séance.',
      leave: 'Quitter la salle d’attente',
    },
    failures: {
      linkIncomplete: {
        title: 'Ce lien d’invitation est incomplet',
        body: 'Il manque une partie de l’adresse.',
        next: 'Copiez de nouveau le lien en entier depuis le message reçu, ou demandez-le à l’animateur·rice.',
      },
      tokenInvalid: {
        title: 'Ce lien d’invitation n’est pas valable',
        body: 'Il a peut-être été modifié en le copiant.',
        next: 'Demandez un nouveau lien à l’animateur·rice.',
      },
      tokenExpired: {
        title: 'Ce lien d’invitation a expiré',
        body: 'Les liens ne servent que pendant un temps limité.',
        next: 'Demandez un nouveau lien à l’animateur·rice.',
      },
      unreachable: {
        title: 'Impossible de joindre la séance',
        body: 'Votre connexion internet est peut-être coupée, ou le serveur de la séance est arrêté.',
        next: 'Vérifiez votre connexion, puis réessayez.',
      },
      roomClosed: {
        title: 'La séance est terminée',
        body: 'L’animateur·rice a fermé la salle, ou elle n’existe plus.',
        next: 'Si vous pensez que c’est une erreur, contactez l’animateur·rice.',
      },
      locked: {
        title: 'La salle est verrouillée',
        body: 'L’animateur·rice n’accepte plus de nouvelles personnes pour le moment.',
        next: 'Contactez l’animateur·rice si vous deviez participer, puis réessayez.',
      },
      full: {
        title: 'La salle est complète',
        body: 'Le nombre maximum de personnes est atteint.',
        next: 'Contactez l’animateur·rice.',
      },
      declined: {
        title: 'L’animateur·rice ne vous a pas fait entrer',
        body: 'Ce n’est pas forcément définitif.',
        next: 'Contactez l’animateur·rice pour en savoir plus.',
      },
      removed: {
        title: 'Vous avez été retiré·e de la séance',
        body: 'L’animateur·rice vous a fait sortir de la salle.',
        next: 'Contactez l’animateur·rice si vous souhaitez en parler.',
      },
      replaced: {
        title: 'La séance continue dans une autre fenêtre',
        body: 'Vous l’avez rejointe depuis une autre fenêtre ou un autre appareil\u00a0: celle-ci a été déconnectée.',
        next: 'Continuez dans l’autre fenêtre, ou fermez celle-ci.',
      },
      lost: {
        title: 'La connexion a été perdue',
        body: 'Nous n’avons pas pu vous reconnecter dans les 2 minutes.',
        next: 'Vérifiez votre connexion, puis rejoignez de nouveau la séance.',
      },
      expired: {
        title: 'Votre place n’a pas été gardée',
        body: 'Vous avez été absent·e trop longtemps.',
        next: 'Rejoignez de nouveau la séance\u00a0: l’animateur·rice vous fera entrer.',
      },
      left: {
        title: 'Vous avez quitté la séance',
        body: 'Merci d’être venu·e.',
        next: 'Vous pouvez revenir tant que la séance continue.',
      },
      unknown: {
        title: 'Un problème inattendu est survenu',
        body: 'La page n’a pas pu continuer.',
        next: 'Réessayez dans un instant.',
      },
    },
    rejoin: 'Rejoindre de nouveau',
  },
};
