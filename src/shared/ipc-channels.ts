/**
 * Every IPC channel, `domain:verb`. Kept apart from the zod contract so the
 * sandboxed preload can list channels without bundling zod.
 */
export const ipcChannels = [
  'app:info',
  'settings:get',
  'settings:set',
  'groups:list',
  'groups:create',
  'groups:rename',
  'groups:archive',
  'groups:restore',
  'agreements:current',
  'agreements:history',
  'agreements:save',
  'plans:list',
  'plans:get',
  'plans:builtins',
  'plans:create',
  'plans:save',
  'plans:duplicate',
  'plans:delete',
  'plans:export',
  'plans:import',
  'plans:printPdf',
  'sessions:schedule',
  'sessions:list',
  'sessions:get',
  'sessions:cancel',
  'sessions:start',
  'sessions:end',
  'sessions:summary',
  'notes:list',
  'notes:save',
  'attendance:joined',
  'attendance:left',
  'attendance:turn',
  'attendance:speaking',
  'attendance:roundStarted',
  'attendance:roundEnded',
] as const;

export type IpcChannel = (typeof ipcChannels)[number];
