/** The facilitator app's screens, in navigation order. */
export const screenIds = ['groups', 'plans', 'sessions', 'reports', 'settings'] as const;

export type ScreenId = (typeof screenIds)[number];

/** Screens that only say what will come there (no data yet). */
export type ComingScreenId = Extract<ScreenId, 'reports'>;

export const defaultScreen: ScreenId = 'groups';
