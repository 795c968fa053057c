import { enCall } from './en-call';
import { enCommon } from './en-common';
import { enJoin } from './en-join';
import { enLive } from './en-live';
import { enPrep } from './en-prep';
import { enReports } from './en-reports';
import { enRoom } from './en-room';
import { enRounds } from './en-rounds';
import type { Messages } from './fr';

export const en: Messages = {
  ...enPrep,
  ...enCommon,
  startup: {
    bridgeTitle: 'Cercle cannot start here',
    errorTitle: 'Cercle could not open your data',
    errorHint:
      'Try again, or close Cercle and open it again. If the problem comes back, note this message to report it.',
  },
  nav: {
    label: 'Main navigation',
    skip: 'Skip to content',
    groups: 'Groups',
    plans: 'Plans',
    sessions: 'Sessions',
    reports: 'Reports',
    settings: 'Settings',
    screenLoading: 'Loading the screen…',
    screenFailed: 'This screen could not be shown. Reload Cercle to try again.',
    reload: 'Reload Cercle',
  },
  groups: {
    title: 'Groups',
    intro:
      'The groups you facilitate. Each group has a name; its plans, sessions and reports will belong to it.',
    createTitle: 'New group',
    nameLabel: 'Group name',
    nameHint: 'At most 80 characters.',
    create: 'Create group',
    activeTitle: 'Active groups',
    loading: 'Loading groups…',
    loadFailed: 'The groups could not be loaded.',
    emptyTitle: 'No groups yet',
    emptyBody:
      'Start by creating your first group with the form above: a name is enough, and you can change it later.',
    emptyWithArchived:
      'No active groups for now. Your archived groups are further down: you can restore them.',
    createdOn: 'Created on {{date}}',
    archivedOn: 'Archived on {{date}}',
    rename: 'Rename',
    archive: 'Archive',
    restore: 'Restore',
    forGroup: '“{{name}}”',
    renameLabel: 'New name for “{{name}}”',
    archivedTitle: 'Archived groups',
    archivedCount: 'Archived groups ({{count}})',
    archivedIntro:
      'An archived group leaves the list but keeps its history. Restore it to see it among the active groups again.',
    archivedEmpty: 'No archived groups.',
    restoreTaken:
      'This group cannot be restored: an active group is already called “{{name}}”. Rename that active group first.',
    nameErrors: {
      empty: 'Give the group a name.',
      too_long: 'The name can be at most 80 characters long (it has {{length}}).',
      control_chars:
        'The name contains an invisible character that is not allowed (line break, tab…). Please type it again.',
      taken: 'An active group already has this name. Please choose another.',
    },
    announce: {
      created: 'Group “{{name}}” created.',
      renamed: 'Group “{{from}}” renamed to “{{name}}”.',
      archived: 'Group “{{name}}” archived. You will find it under “Archived groups”.',
      restored: 'Group “{{name}}” restored.',
    },
  },
  settings: {
    title: 'Settings',
    languageTitle: 'Language',
    languageLabel: 'Interface language',
    languageSaved: 'Language saved: English.',
    dataTitle: 'Your data',
    dataBody: 'Your groups and preparations are saved on this computer, in this file:',
    version: 'Cercle version: {{version}}',
    infoLoading: 'Loading information…',
    infoFailed: 'This information could not be loaded.',
  },
  errors: {
    VALIDATION: 'Some of the information is not right. Please check it and try again.',
    UNKNOWN_CHANNEL:
      'Cercle does not recognise this action. Restart the app; if it happens again, please report it.',
    FORBIDDEN_SENDER: 'This page is not allowed to use Cercle’s data.',
    NOT_FOUND: 'This item no longer exists. Reload the screen to see the current list.',
    NAME_TAKEN: 'This name is already taken. Please choose another.',
    CONFLICT:
      'This data changed in the meantime. Reload the screen to see the latest version, then try again.',
    IMPORT_INVALID:
      'This file cannot be imported: it is not in the expected format, or it is incomplete.',
    UNSUPPORTED: 'This is not possible yet in this version of Cercle.',
    DB_TOO_NEW:
      'Your data was saved by a newer version of Cercle. Install that version to open it; it has not been changed.',
    DB_NOT_SQLITE:
      'Cercle’s data file cannot be read: it is not a Cercle database, or it is damaged.',
    DB_UNAVAILABLE:
      'Cercle’s data cannot be reached right now. Check that the disk is available, then try again.',
    BRIDGE_UNAVAILABLE:
      'This page must be opened inside the Cercle app: it cannot reach your data from a web browser.',
    INTERNAL:
      'Something unexpected went wrong in Cercle. Try again; if it happens again, restart the app.',
  },
  ...enJoin,
  ...enCall,
  ...enRoom,
  ...enReports,
  ...enRounds,
  ...enLive,
};
