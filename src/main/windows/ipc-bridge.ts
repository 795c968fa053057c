import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcChannels } from '../../shared/ipc-channels';
import type { Router } from '../ipc/router';

/** The sender frame's URL; a frame that is gone (or going) has none. */
function senderUrlOf(event: IpcMainInvokeEvent): string | undefined {
  try {
    return event.senderFrame?.url;
  } catch {
    return undefined;
  }
}

/**
 * One ipcMain handler per contract channel, each a straight pass to the
 * router, which checks the sender, validates and never throws.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, router: Router): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event, input: unknown) =>
      router.dispatch(channel, input, senderUrlOf(event)),
    );
  }
}
