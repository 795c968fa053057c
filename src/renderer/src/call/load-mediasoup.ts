import type { Device as MediasoupDevice } from 'mediasoup-client';
import type * as DeviceChunk from './mediasoup-device';

/*
 * mediasoup-client is the largest library of the participant page and nothing
 * before the call needs it: it comes in its own chunk, fetched once the first
 * screen is shown (prefetchMediasoup) or at the latest when media starts.
 */

type DeviceModule = typeof DeviceChunk;

let loading: Promise<DeviceModule> | undefined;

/** The media library, fetched once; a failed fetch (a dropped connection) is tried again next time. */
export function loadMediasoup(): Promise<DeviceModule> {
  loading ??= import('./mediasoup-device').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Starts the fetch early so the call does not wait for it; a failure here is retried when media starts. */
export function prefetchMediasoup(): void {
  loadMediasoup().catch(() => undefined);
}

export type Device = MediasoupDevice;

/** Stands in for mediasoup-client's Device class: the same `factory()`, after the library has loaded. */
export const Device = {
  async factory(...options: Parameters<typeof MediasoupDevice.factory>): Promise<MediasoupDevice> {
    const { Device: LoadedDevice } = await loadMediasoup();
    return LoadedDevice.factory(...options);
  },
};
