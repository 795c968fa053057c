// The call (both pages), the facilitator's room screen and the session server
// setting. Spread into `fr.ts`; `en-call.ts` must have exactly these keys.
// « » and « : » take non-breaking spaces, as French typography expects.
export const frCall = {
  call: {
    noRecording: 'Pas d’enregistrement — Cercle n’enregistre jamais',
    peopleLabel: 'Personnes dans l’appel ({{count}})',
    you: '{{name}} (vous)',
    roles: {
      facilitator: 'Animateur·rice',
      cofacilitator: 'Co-animateur·rice',
      participant: 'Participant·e',
    },
    micOff: 'Micro coupé',
    micHeld: 'Micro coupé par l’animateur·rice',
    audioOnly: 'Audio seul',
    away: 'Reconnexion…',
    speaking: 'Parle',
    quality: {
      good: 'Connexion bonne',
      fair: 'Connexion moyenne',
      poor: 'Connexion faible',
    },
    pictureStalled: 'Image suspendue (connexion)',
    weakDownlink:
      'Votre connexion est trop faible pour recevoir la vidéo\u00a0: vous recevez seulement le son.',
    phase: {
      connecting: 'Connexion au son et à l’image…',
      reconnecting: 'Connexion perdue. Reconnexion en cours…',
    },
    controls: {
      label: 'Commandes de l’appel',
      muteMic: 'Couper mon micro',
      unmuteMic: 'Réactiver mon micro',
      noMic: 'Pas de micro',
      cameraOff: 'Couper ma caméra',
      cameraOn: 'Réactiver ma caméra',
      audioOnly: 'Audio seul',
      audioOnlyHint: 'Ni vidéo envoyée, ni vidéo reçue\u00a0: pour une connexion faible.',
      leave: 'Quitter la séance',
      retryVideo: 'Réessayer la vidéo',
      enableSound: 'Activer le son',
    },
    held: {
      audio: 'Votre micro a été coupé par l’animateur·rice.',
      video: 'Votre caméra a été coupée par l’animateur·rice.',
    },
    notices: {
      heldAudio: 'Votre micro a été coupé par l’animateur·rice.',
      releasedAudio:
        'L’animateur·rice vous rend la parole\u00a0: votre micro peut de nouveau être activé.',
      heldVideo: 'Votre caméra a été coupée par l’animateur·rice.',
      releasedVideo: 'L’animateur·rice a rendu votre caméra.',
      stillHeldAudio: 'Votre micro reste coupé par l’animateur·rice pour l’instant.',
      stillHeldVideo: 'Votre caméra reste coupée par l’animateur·rice pour l’instant.',
      reconnecting: 'Connexion perdue. Reconnexion en cours…',
      reconnected: 'Vous êtes de nouveau connecté·e.',
      mediaRestarted: 'Le serveur a redémarré le son et l’image. Tout revient dans un instant.',
      weakDownlink:
        'Connexion trop faible pour la vidéo\u00a0: vous recevez seulement le son. Vous pouvez réessayer la vidéo.',
      cameraProblem: 'La caméra n’a pas pu démarrer.',
    },
    mediaProblem: {
      unavailable:
        'Ce serveur ne transmet pas le son ni l’image pour l’instant. Prévenez l’animateur·rice.',
      failed:
        'Le son et l’image n’ont pas pu démarrer. Quittez puis rejoignez de nouveau la séance.',
    },
    audioBlocked: 'Votre navigateur a bloqué le son des autres personnes.',
    devices: {
      denied:
        'L’accès au micro et à la caméra a été refusé. Autorisez-le dans les réglages du site (l’icône à gauche de l’adresse), puis réessayez.',
      notFoundAudio:
        'Aucun micro n’a été trouvé. Branchez un micro ou un casque, puis réessayez. Vous pouvez aussi continuer sans micro\u00a0: vous entendrez le groupe sans pouvoir parler.',
      notFoundVideo:
        'Aucune caméra n’a été trouvée. Ce n’est pas un problème\u00a0: vous rejoindrez en audio.',
      inUse:
        'Le micro ou la caméra est déjà utilisé par une autre application. Fermez-la (autre visio, enregistreur…), puis réessayez.',
      insecure:
        'Cette adresse n’est pas sécurisée (elle ne commence pas par «\u00a0https\u00a0»)\u00a0: le navigateur bloque le micro et la caméra. Demandez un lien en «\u00a0https\u00a0» à l’animateur·rice, ou continuez pour écouter seulement.',
      unsupported:
        'Ce navigateur ne permet pas d’utiliser le micro ni la caméra. Essayez avec un navigateur récent (Firefox, Chrome, Safari, Edge).',
      failed:
        'Le micro ou la caméra n’a pas pu démarrer. Réessayez\u00a0; si cela continue, redémarrez votre navigateur.',
    },
  },
  room: {
    title: 'Salle de séance',
    pickIntro: 'Choisissez la séance dont vous voulez ouvrir la salle.',
    pickEmpty:
      'Aucune séance à venir. Programmez d’abord une séance depuis l’écran «\u00a0Séances\u00a0».',
    pickLoading: 'Chargement des séances…',
    open: 'Ouvrir la salle',
    sessionOf: '{{group}} — {{date}}',
    loadFailed: 'Cette séance n’a pas pu être chargée.',
    prepareTitle: 'Avant d’ouvrir',
    titleLabel: 'Titre montré aux participant·es',
    titleHint: 'Par exemple le nom du groupe. 120 caractères au plus.',
    nameLabel: 'Votre nom dans l’appel',
    defaultName: 'Animation',
    privacy:
      'Seuls ce titre, les accords du groupe et votre nom dans l’appel sont envoyés au serveur de séance. Vos notes et ce que Cercle sait des participant·es restent sur cet ordinateur.',
    agreementsTitle: 'Accords montrés avant d’entrer (version {{version}})',
    noAgreements: 'Ce groupe n’a pas d’accords\u00a0: les participant·es n’auront rien à lire.',
    titleErrors: {
      empty: 'Donnez un titre à la séance.',
      too_long: 'Le titre peut faire 120 caractères au plus.',
    },
    nameErrors: {
      empty: 'Écrivez votre nom ou un pseudonyme.',
      too_long: 'Votre nom peut faire 40 caractères au plus.',
    },
    opening: 'Ouverture de la salle…',
    notConfigured: 'Aucun serveur de séance n’est choisi.',
    notConfiguredHint:
      'Choisissez dans les réglages le serveur de votre association, ou hébergez la séance sur cet ordinateur.',
    goToSettings: 'Aller aux réglages',
    openErrors: {
      BAD_KEY:
        'Le serveur a refusé la clé d’animation. Vérifiez-la dans Réglages → Serveur de séance.',
      unreachable:
        'Impossible de joindre le serveur de séance. Vérifiez son adresse dans les réglages et votre connexion, puis réessayez.',
      hostingFailed:
        'Le serveur de cet ordinateur n’a pas pu démarrer. Voyez pourquoi dans Réglages → Serveur de séance.',
      other: 'La salle n’a pas pu être ouverte. Réessayez dans un instant.',
    },
    otherRoomOpen: 'Une salle est déjà ouverte pour une autre séance.',
    goToOpenRoom: 'Retourner à la salle ouverte',
    inviteTitle: 'Lien d’invitation',
    inviteLabel: 'Lien à envoyer aux participant·es',
    copy: 'Copier le lien',
    copied: 'Lien copié.',
    copyFailed: 'Le lien n’a pas pu être copié\u00a0: sélectionnez-le puis copiez-le vous-même.',
    inviteExpires: 'Valable jusqu’au {{date}}.',
    newInvite: 'Nouveau lien',
    newInviteDone: 'Nouveau lien créé. L’ancien reste valable jusqu’à son expiration.',
    lobbyTitle: 'Salle d’attente ({{count}})',
    lobbyEmpty: 'Personne n’attend pour l’instant.',
    acknowledged: 'A accepté les accords',
    reading: 'Lit les accords',
    disconnected: 'Déconnecté·e',
    admit: 'Faire entrer',
    admitNeedsAgreements: 'Pourra entrer après avoir accepté les accords.',
    decline: 'Refuser',
    peopleTitle: 'Dans la séance ({{count}})',
    peopleEmpty: 'Personne d’autre pour l’instant.',
    holdMic: 'Couper le micro',
    releaseMic: 'Rendre le micro',
    makeCofacilitator: 'Nommer co-animateur·rice',
    makeParticipant: 'Retirer le rôle de co-animateur·rice',
    remove: 'Retirer de la séance',
    removeConfirm: 'Retirer {{name}} de la séance\u00a0?',
    confirmRemove: 'Oui, retirer',
    lock: 'Verrouiller la salle',
    unlock: 'Déverrouiller la salle',
    lockedNote: 'Salle verrouillée\u00a0: personne de nouveau ne peut entrer en salle d’attente.',
    close: 'Fermer la salle',
    closeConfirm: 'Fermer la salle pour tout le monde\u00a0? Chacun·e sera prévenu·e.',
    confirmClose: 'Oui, fermer',
    closed: 'La salle est fermée.',
    reopen: 'Ouvrir une nouvelle salle',
    connectionLost: 'Connexion au serveur perdue. Reconnexion en cours…',
    announce: {
      waiting: '{{name}} attend dans la salle d’attente.',
      admitted: '{{name}} est entré·e dans la séance.',
      declined: '{{name}} n’a pas été admis·e.',
      removed: '{{name}} a été retiré·e de la séance.',
      locked: 'Salle verrouillée.',
      unlocked: 'Salle déverrouillée.',
      held: 'Micro de {{name}} coupé.',
      released: 'Micro de {{name}} rendu.',
      roleChanged: 'Rôle de {{name}} modifié.',
    },
    actionFailed: 'Cette action n’a pas abouti. Réessayez.',
  },
  sessionServer: {
    title: 'Serveur de séance',
    intro:
      'Les participant·es rejoignent vos séances par ce serveur. Il ne reçoit que le titre de la séance et les accords du groupe\u00a0: vos notes et les noms restent sur cet ordinateur.',
    modeLabel: 'Où ouvrir les salles\u00a0?',
    remote: 'Le serveur de mon association',
    hosted: 'Héberger sur cet ordinateur',
    urlLabel: 'Adresse du serveur',
    urlHint: 'Par exemple https://visio.mon-asso.org',
    keyLabel: 'Clé d’animation',
    keyHint:
      'Donnée par la personne qui gère le serveur. Elle n’est plus affichée une fois enregistrée.',
    keySaved: 'Clé enregistrée\u00a0: {{hint}}',
    replaceKey: 'Remplacer la clé',
    keepKey: 'Garder la clé enregistrée',
    save: 'Enregistrer',
    saved: 'Serveur de séance enregistré.',
    urlErrors: {
      empty: 'Écrivez l’adresse du serveur.',
      invalid: 'Écrivez l’adresse complète du serveur, par exemple https://visio.mon-asso.org.',
    },
    keyErrors: {
      empty: 'Collez la clé d’animation.',
      too_long: 'Cette clé est trop longue\u00a0: vérifiez ce que vous avez collé.',
    },
    hostedIntro:
      'Cercle fait tourner le serveur sur cet ordinateur, tant que l’application est ouverte. Pratique pour essayer, ou pour un groupe sur le même réseau.',
    network: 'Ouvrir aussi au réseau local (les personnes du même Wi-Fi peuvent rejoindre)',
    networkHint:
      'Sur le réseau local, les navigateurs ne donnent le micro et la caméra qu’aux adresses sécurisées (https)\u00a0: les participant·es pourront écouter, mais peut-être pas parler. Pour des séances à distance, utilisez le serveur de votre association.',
    start: 'Démarrer',
    restart: 'Appliquer',
    stop: 'Arrêter',
    status: {
      stopped: 'Arrêté. Il démarrera quand vous ouvrirez une salle.',
      starting: 'Démarrage…',
      running: 'En marche. Les liens d’invitation commencent par\u00a0: {{url}}',
      failed: 'N’a pas pu démarrer.',
    },
    problems: {
      PORT_IN_USE: 'Le port réseau est déjà pris par un autre programme.',
      ADDRESS_UNAVAILABLE: 'Cet ordinateur n’a pas l’adresse réseau demandée.',
      PERMISSION_DENIED: 'Le système n’autorise pas Cercle à ouvrir ce port.',
      CONFIG_INVALID: 'Le fichier de clé du serveur, dans le dossier de Cercle, est abîmé.',
      CONFIG_UNWRITABLE: 'Cercle n’a pas pu enregistrer la clé du serveur dans son dossier.',
      MEDIA_START_FAILED:
        'Le moteur audio et vidéo n’a pas pu démarrer. Réinstallez Cercle ou utilisez le serveur de votre association.',
      UNKNOWN: 'Un problème inattendu est survenu.',
    },
    roomOpen: 'Fermez la salle ouverte avant de changer de serveur.',
    reloading: 'Cercle se recharge pour joindre ce serveur…',
  },
};
