import type { frCall } from './fr-call';

// English for the call, on both pages; same keys as `fr-call.ts` (checked by the type).
export const enCall: typeof frCall = {
  call: {
    noRecording: 'No recording — Cercle never records',
    peopleLabel: 'People in the call ({{count}})',
    you: '{{name}} (you)',
    roles: {
      facilitator: 'Facilitator',
      cofacilitator: 'Co-facilitator',
      participant: 'Participant',
    },
    micOff: 'Microphone off',
    micHeld: 'Microphone turned off by the facilitator',
    audioOnly: 'Audio only',
    away: 'Reconnecting…',
    speaking: 'Speaking',
    quality: {
      good: 'Good connection',
      fair: 'Fair connection',
      poor: 'Weak connection',
    },
    pictureStalled: 'Picture paused (connection)',
    weakDownlink: 'Your connection is too weak to receive video: you receive sound only.',
    phase: {
      connecting: 'Connecting sound and picture…',
      reconnecting: 'Connection lost. Reconnecting…',
    },
    controls: {
      label: 'Call controls',
      muteMic: 'Turn my microphone off',
      unmuteMic: 'Turn my microphone on',
      noMic: 'No microphone',
      cameraOff: 'Turn my camera off',
      cameraOn: 'Turn my camera on',
      audioOnly: 'Audio only',
      audioOnlyHint: 'No video sent or received: for a weak connection.',
      leave: 'Leave the session',
      retryVideo: 'Try video again',
      enableSound: 'Turn sound on',
    },
    held: {
      audio: 'The facilitator turned your microphone off.',
      video: 'The facilitator turned your camera off.',
    },
    notices: {
      heldAudio: 'The facilitator turned your microphone off.',
      releasedAudio: 'The facilitator gives you the floor: you can turn your microphone on again.',
      heldVideo: 'The facilitator turned your camera off.',
      releasedVideo: 'The facilitator gave your camera back.',
      stillHeldAudio: 'The facilitator is keeping your microphone off for now.',
      stillHeldVideo: 'The facilitator is keeping your camera off for now.',
      reconnecting: 'Connection lost. Reconnecting…',
      reconnected: 'You are connected again.',
      mediaRestarted: 'The server restarted sound and picture. Everything comes back in a moment.',
      weakDownlink:
        'Connection too weak for video: you receive sound only. You can try video again.',
      cameraProblem: 'The camera could not start.',
    },
    mediaProblem: {
      unavailable: 'This server is not carrying sound or picture right now. Tell the facilitator.',
      failed: 'Sound and picture could not start. Leave, then join the session again.',
    },
    audioBlocked: 'Your browser blocked the sound of the other people.',
    devices: {
      denied:
        'Access to the microphone and camera was refused. Allow it in the site settings (the icon left of the address), then try again.',
      notFoundAudio:
        'No microphone was found. Plug in a microphone or headset, then try again. You can also go on without one: you will hear the group but not speak.',
      notFoundVideo: 'No camera was found. That is fine: you will join with audio.',
      inUse:
        'The microphone or camera is in use by another app. Close it (another video call, a recorder…), then try again.',
      insecure:
        'This address is not secure (it does not start with “https”): the browser blocks the microphone and camera. Ask the facilitator for an “https” link, or go on to listen only.',
      unsupported:
        'This browser cannot use a microphone or camera. Try a recent browser (Firefox, Chrome, Safari, Edge).',
      failed:
        'The microphone or camera could not start. Try again; if it keeps failing, restart your browser.',
    },
  },
};
