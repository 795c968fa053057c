import type { Result } from './errors';
import { ipcChannels, type IpcChannel } from './ipc-channels';
import type { IpcInput, IpcOutput } from './ipc';

type Domain<C extends string> = C extends `${infer D}:${string}` ? D : never;
type Verb<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;

/** `window.cercle`: `cercle.groups.create({ name })` resolves to a Result. */
export type CercleApi = {
  readonly [D in Domain<IpcChannel>]: {
    readonly [V in Verb<IpcChannel, D>]: `${D}:${V}` extends infer C extends IpcChannel
      ? (input: IpcInput<C>) => Promise<Result<IpcOutput<C>>>
      : never;
  };
};

export type Invoke = (channel: IpcChannel, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds the frozen API object from the channel list. Used by the preload
 * (over ipcRenderer) and by the e2e bridge (over a WebSocket), so both expose
 * exactly the contract and nothing else.
 */
export function buildApi(invoke: Invoke): CercleApi {
  const domains: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of ipcChannels) {
    const [domain, verb] = channel.split(':') as [string, string];
    domains[domain] ??= {};
    domains[domain][verb] = (input: unknown) => invoke(channel, input ?? {});
  }
  for (const domain of Object.values(domains)) Object.freeze(domain);
  return Object.freeze(domains) as unknown as CercleApi;
}
