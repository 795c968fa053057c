// The call, on both pages (the participant page loads it too: keep it to the call).
// Spread into `fr.ts` and `fr-participant.ts`; `en-call.ts` must have exactly these keys.
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
};
