import { assertUnreachable } from '../../../shared/errors';
import type { Route } from './router';
import { AgreementsScreen } from './screens/AgreementsScreen';
import { GroupsScreen } from './screens/GroupsScreen';
import { PlanEditorScreen } from './screens/PlanEditorScreen';
import { PlansScreen } from './screens/PlansScreen';
import { ReportsScreen } from './screens/ReportsScreen';
import { RoomScreen } from './screens/room/RoomScreen';
import { SessionScreen } from './screens/SessionScreen';
import { SessionsScreen } from './screens/SessionsScreen';
import { SettingsScreen } from './screens/SettingsScreen';

export function ScreenView({ route }: { route: Route }) {
  switch (route.screen) {
    case 'groups':
      return <GroupsScreen />;
    case 'agreements':
      return <AgreementsScreen groupId={route.groupId} />;
    case 'plans':
      return <PlansScreen />;
    case 'plan':
      return <PlanEditorScreen planId={route.planId} />;
    case 'sessions':
      return <SessionsScreen groupId={route.groupId} />;
    case 'session':
      return <SessionScreen sessionId={route.sessionId} />;
    case 'room':
      return <RoomScreen sessionId={route.sessionId} />;
    case 'reports':
      return <ReportsScreen />;
    case 'settings':
      return <SettingsScreen />;
    // Shown by App without the shell; never reaches here.
    case 'printPlan':
    case 'printReport':
      return null;
    default:
      return assertUnreachable(route);
  }
}
