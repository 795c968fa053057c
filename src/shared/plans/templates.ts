import type { Language } from '../settings';
import type { Block, BlockKind } from './blocks';
import type { BuiltinTemplate } from './plan';

type Step = [
  kind: BlockKind,
  durationMin: number,
  title: string,
  prompt?: string,
  turnSec?: number,
];

function steps(list: Step[]): Block[] {
  return list.map(([kind, durationMin, title, prompt = '', turnSec], i) => ({
    id: `step-${i + 1}`,
    kind,
    title,
    prompt,
    durationMin,
    turnSec: turnSec ?? null,
    passAllowed: true,
  }));
}

const fr: BuiltinTemplate[] = [
  {
    key: 'talking-group-90',
    content: {
      name: 'Groupe de parole — 90 min',
      expectedGroupSize: 8,
      startTime: '18:30',
      blocks: steps([
        [
          'welcome',
          5,
          'Accueil',
          'Bienvenue, points pratiques, présentation des nouvelles personnes.',
        ],
        ['agreements', 5, 'Rappel des accords'],
        ['round', 15, "Météo d'arrivée", "Comment est-ce que j'arrive aujourd'hui ?", 90],
        [
          'round',
          40,
          'Tour de partage',
          'Ce que je vis en ce moment et que je souhaite partager.',
          300,
        ],
        ['break', 5, 'Pause'],
        ['openFloor', 10, 'Échange libre'],
        ['closingRound', 10, 'Tour de clôture', 'Avec quoi je repars ?', 60],
      ]),
    },
  },
  {
    key: 'weather-sharing-closing-60',
    content: {
      name: 'Météo, partage, clôture — 60 min',
      expectedGroupSize: 6,
      startTime: '19:00',
      blocks: steps([
        ['welcome', 3, 'Accueil'],
        ['agreements', 2, 'Rappel des accords'],
        ['round', 10, 'Météo', "En un mot ou une phrase : comment j'arrive.", 60],
        ['round', 36, 'Tour de partage', 'Ce que je souhaite partager aujourd’hui.', 360],
        ['closingRound', 9, 'Tour de clôture', 'Un mot pour finir.', 60],
      ]),
    },
  },
  {
    key: 'first-group-75',
    content: {
      name: 'Premier groupe / accueil des nouveaux — 75 min',
      expectedGroupSize: 6,
      startTime: '18:00',
      blocks: steps([
        [
          'welcome',
          10,
          'Accueil et présentation du groupe',
          "Ce qu'est un groupe d'entraide, comment se déroule la séance.",
        ],
        [
          'agreements',
          10,
          'Lecture des accords',
          'Lire les accords ensemble, répondre aux questions.',
        ],
        [
          'round',
          15,
          'Tour de présentation',
          'Ce qui m’amène ici (je peux dire seulement mon prénom).',
          120,
        ],
        ['round', 25, 'Tour de partage', 'Ce que je souhaite partager aujourd’hui.', 240],
        ['closingRound', 10, 'Tour de clôture', 'Comment je me sens en partant ?', 90],
        ['free', 5, 'Informations pratiques', 'Prochaine séance, ressources utiles.'],
      ]),
    },
  },
];

const en: BuiltinTemplate[] = [
  {
    key: 'talking-group-90',
    content: {
      name: 'Support group — 90 min',
      expectedGroupSize: 8,
      startTime: '18:30',
      blocks: steps([
        ['welcome', 5, 'Welcome', 'Welcome, practical points, newcomers introduced.'],
        ['agreements', 5, 'Group agreements'],
        ['round', 15, 'Check-in round', 'How am I arriving today?', 90],
        ['round', 40, 'Sharing round', 'What I am living through and wish to share.', 300],
        ['break', 5, 'Break'],
        ['openFloor', 10, 'Open floor'],
        ['closingRound', 10, 'Closing round', 'What am I leaving with?', 60],
      ]),
    },
  },
  {
    key: 'weather-sharing-closing-60',
    content: {
      name: 'Check-in, sharing, check-out — 60 min',
      expectedGroupSize: 6,
      startTime: '19:00',
      blocks: steps([
        ['welcome', 3, 'Welcome'],
        ['agreements', 2, 'Group agreements'],
        ['round', 10, 'Check-in', 'In a word or a sentence: how I arrive.', 60],
        ['round', 36, 'Sharing round', 'What I wish to share today.', 360],
        ['closingRound', 9, 'Check-out round', 'One word to close.', 60],
      ]),
    },
  },
  {
    key: 'first-group-75',
    content: {
      name: 'First group / welcoming newcomers — 75 min',
      expectedGroupSize: 6,
      startTime: '18:00',
      blocks: steps([
        [
          'welcome',
          10,
          'Welcome and how the group works',
          'What a peer-support group is, how the session runs.',
        ],
        [
          'agreements',
          10,
          'Reading the agreements',
          'Read the agreements together, answer questions.',
        ],
        ['round', 15, 'Introductions', 'What brings me here (my first name is enough).', 120],
        ['round', 25, 'Sharing round', 'What I wish to share today.', 240],
        ['closingRound', 10, 'Closing round', 'How do I feel as I leave?', 90],
        ['free', 5, 'Practical information', 'Next session, useful resources.'],
      ]),
    },
  },
];

/** Built-in templates in the facilitator's language; same keys in every language. */
export function builtinTemplates(language: Language): BuiltinTemplate[] {
  return structuredClone(language === 'en' ? en : fr);
}
