import type { SaveOutcome } from '../../shared/ipc';

/**
 * What the core needs from the desktop around it: saving a file where the
 * person chooses, and printing an app page to PDF. Electron provides the real
 * thing (system dialogs, printToPDF); the e2e test host provides its own.
 */
export type SaveRequest = {
  suggestedName: string;
  filters: { name: string; extensions: string[] }[];
  data: string | Uint8Array;
};

export type Platform = {
  saveFile(request: SaveRequest): Promise<SaveOutcome>;
  /** Renders an app route (e.g. `#/print/plan/<id>`) to PDF and saves it. */
  printToPdf(route: string, suggestedName: string): Promise<SaveOutcome>;
};
