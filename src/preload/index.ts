import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../shared/api';
import type { Result } from '../shared/errors';

// Only the contract's channels are reachable; ipcRenderer itself never is.
// Inputs are validated in main, not here (STYLE.md: no zod in the preload).
const api = buildApi(
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>,
);

contextBridge.exposeInMainWorld('cercle', api);
