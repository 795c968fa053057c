import type { frJoin } from './fr-join';

// English for the participant page; same keys as `fr-join.ts` (checked by the type).
export const enJoin: typeof frJoin = {
  join: {
    switchLanguage: 'Language',
    languageFailed: '“{{language}}” could not be loaded: check your connection, then try again.',
    stepOf: 'Step {{step}} of 4',
    session: 'Session: {{title}}',
    continue: 'Continue',
    retry: 'Try again',
    name: {
      title: 'How would you like to appear?',
      intro:
        'The group will see this name during the session. A first name or a pseudonym is enough: you do not have to give your real name.',
      label: 'Your name in the session',
      hint: '1 to 40 characters.',
      errors: {
        empty: 'Write a first name or a pseudonym.',
        tooLong: 'This name is too long: 40 characters at most (it has {{length}}).',
        controlChars:
          'This name contains an invisible character that is not allowed (line break, tab…). Type it again.',
      },
      connecting: 'Connecting to the session…',
    },
    devices: {
      title: 'Let’s check your microphone and camera',
      intro:
        'Your browser will ask permission to use the microphone and camera. Nothing is shown to the group before the facilitator lets you in.',
      checking: 'Opening the microphone and camera…',
      preview: 'Your camera preview',
      noCamera: 'No camera',
      cameraOffAudioOnly: 'Audio only: the camera stays off.',
      meter: 'Microphone level',
      meterHint: 'Speak: the bar should move.',
      heard: 'We can hear you.',
      noMic: 'No microphone: you will be able to listen but not speak.',
      micSelect: 'Microphone',
      cameraSelect: 'Camera',
      audioOnly: 'Join with audio only',
      audioOnlyHint: 'You send and receive no video. Advised if your connection is weak.',
      continueWithout: 'Continue without a microphone',
    },
    agreements: {
      title: 'The group’s agreements',
      intro:
        'So that everyone feels safe, the group agreed on these. Please read them before entering.',
      empty: 'The group has not written agreements for this session.',
      accept: 'I accept these agreements',
      decline: 'I do not wish to take part',
    },
    lobby: {
      title: 'Waiting room',
      body: 'The facilitator will let you in.',
      hint: 'Keep this page open: you will enter the session automatically.',
      accepted: 'You accepted the group’s agreements.',
      reconnecting: 'Connection lost. Reconnecting…',
      reconnected: 'You are connected again. You are still waiting.',
      admitted: 'You are entering the session.',
      leave: 'Leave the waiting room',
    },
    failures: {
      linkIncomplete: {
        title: 'This invitation link is incomplete',
        body: 'Part of the address is missing.',
        next: 'Copy the whole link again from the message you received, or ask the facilitator for it.',
      },
      tokenInvalid: {
        title: 'This invitation link is not valid',
        body: 'It may have been changed while being copied.',
        next: 'Ask the facilitator for a new link.',
      },
      tokenExpired: {
        title: 'This invitation link has expired',
        body: 'Links only work for a limited time.',
        next: 'Ask the facilitator for a new link.',
      },
      unreachable: {
        title: 'The session cannot be reached',
        body: 'Your internet connection may be down, or the session server is stopped.',
        next: 'Check your connection, then try again.',
      },
      roomClosed: {
        title: 'The session is over',
        body: 'The facilitator closed the room, or it no longer exists.',
        next: 'If you think this is a mistake, contact the facilitator.',
      },
      locked: {
        title: 'The room is locked',
        body: 'The facilitator is not letting new people in for now.',
        next: 'Contact the facilitator if you were meant to take part, then try again.',
      },
      full: {
        title: 'The room is full',
        body: 'The maximum number of people has been reached.',
        next: 'Contact the facilitator.',
      },
      declined: {
        title: 'The facilitator did not let you in',
        body: 'This is not necessarily final.',
        next: 'Contact the facilitator to find out more.',
      },
      removed: {
        title: 'You were removed from the session',
        body: 'The facilitator took you out of the room.',
        next: 'Contact the facilitator if you would like to talk about it.',
      },
      replaced: {
        title: 'The session goes on in another window',
        body: 'You joined it from another window or device: this one was disconnected.',
        next: 'Carry on in the other window, or close this one.',
      },
      lost: {
        title: 'The connection was lost',
        body: 'We could not reconnect you within 2 minutes.',
        next: 'Check your connection, then join the session again.',
      },
      expired: {
        title: 'Your place was not kept',
        body: 'You were away too long.',
        next: 'Join the session again: the facilitator will let you in.',
      },
      left: {
        title: 'You left the session',
        body: 'Thank you for coming.',
        next: 'You can come back while the session goes on.',
      },
      unknown: {
        title: 'Something unexpected went wrong',
        body: 'The page could not go on.',
        next: 'Try again in a moment.',
      },
    },
    rejoin: 'Join again',
  },
};
