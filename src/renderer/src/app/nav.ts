/** The facilitator app's screens, in navigation order. */
export const screenIds = ['groups', 'plans', 'sessions', 'reports', 'settings'] as const;

export type ScreenId = (typeof screenIds)[number];

export const defaultScreen: ScreenId = 'groups';
