import { assertUnreachable } from '../../../shared/errors';
import type { ScreenId } from './nav';
import { ComingScreen } from './screens/ComingScreen';
import { GroupsScreen } from './screens/GroupsScreen';
import { SettingsScreen } from './screens/SettingsScreen';

export function ScreenView({ screen }: { screen: ScreenId }) {
  switch (screen) {
    case 'groups':
      return <GroupsScreen />;
    case 'plans':
    case 'sessions':
    case 'reports':
      return <ComingScreen screen={screen} />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return assertUnreachable(screen);
  }
}
