import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { SaveOutcome } from '../../shared/ipc';
import type { Platform, SaveRequest } from './platform';

export type ElectronPlatformOptions = {
  /** The window dialogs belong to (they are modal to it). */
  parent: () => BrowserWindow | undefined;
  /** Creates a hidden window on an app route, with the same security as the main one. */
  createPrintWindow: (route: string) => Promise<BrowserWindow>;
};

async function askAndSave(
  parent: BrowserWindow | undefined,
  request: SaveRequest,
): Promise<SaveOutcome> {
  const options = { defaultPath: request.suggestedName, filters: request.filters };
  const choice = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFile(choice.filePath, request.data);
  return { saved: true, path: choice.filePath };
}

/** Saving goes through the system dialog; PDFs come from Chromium's own printing. */
export function electronPlatform(options: ElectronPlatformOptions): Platform {
  return {
    saveFile: (request) => askAndSave(options.parent(), request),

    async printToPdf(route, suggestedName) {
      const win = await options.createPrintWindow(route);
      try {
        // Margins are left to Electron's default (1 cm). `marginType` was never a
        // printToPDF option (it belongs to webContents.print) and was ignored;
        // Electron 45's types no longer accept it.
        const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
        return await askAndSave(options.parent(), {
          suggestedName,
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
          data: pdf,
        });
      } finally {
        win.destroy();
      }
    },
  };
}
