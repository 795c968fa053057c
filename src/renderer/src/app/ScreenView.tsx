import { assertUnreachable } from '../../../shared/errors';
import type { Route } from './router';
import {
  AgreementsScreen,
  GroupsScreen,
  PlanEditorScreen,
  PlansScreen,
  ReportsScreen,
  RoomScreen,
  SessionScreen,
  SessionsScreen,
  SettingsScreen,
} from './lazy-screens';

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
