import type { CercleApi } from '../shared/api';

declare global {
  interface Window {
    /** The app's only door to the main process (see src/shared/ipc.ts). */
    readonly cercle: CercleApi;
  }
}

export {};
