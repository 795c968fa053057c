import { lazy, type ComponentType } from 'react';

/*
 * Each screen of the app is its own chunk, loaded when it is first opened:
 * the app starts with its shell and the screen it opens on, not all of them.
 * (ScreenView and App show them inside ScreenSuspense.)
 */
function screen<Props>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await load() }));
}

export const GroupsScreen = screen(() =>
  import('./screens/GroupsScreen').then((m) => m.GroupsScreen),
);
export const AgreementsScreen = screen(() =>
  import('./screens/AgreementsScreen').then((m) => m.AgreementsScreen),
);
export const PlansScreen = screen(() => import('./screens/PlansScreen').then((m) => m.PlansScreen));
export const PlanEditorScreen = screen(() =>
  import('./screens/PlanEditorScreen').then((m) => m.PlanEditorScreen),
);
export const SessionsScreen = screen(() =>
  import('./screens/SessionsScreen').then((m) => m.SessionsScreen),
);
export const SessionScreen = screen(() =>
  import('./screens/SessionScreen').then((m) => m.SessionScreen),
);
export const RoomScreen = screen(() =>
  import('./screens/room/RoomScreen').then((m) => m.RoomScreen),
);
export const ReportsScreen = screen(() =>
  import('./screens/ReportsScreen').then((m) => m.ReportsScreen),
);
export const SettingsScreen = screen(() =>
  import('./screens/SettingsScreen').then((m) => m.SettingsScreen),
);
export const PrintPlanScreen = screen(() =>
  import('./screens/PrintPlanScreen').then((m) => m.PrintPlanScreen),
);
export const PrintReportScreen = screen(() =>
  import('./screens/PrintReportScreen').then((m) => m.PrintReportScreen),
);
