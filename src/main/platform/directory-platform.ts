import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Platform } from './platform';

/**
 * A platform with no person to ask: files go into one directory under their
 * suggested names. The e2e test host and benchmarks use it; there is no PDF
 * printer here (the e2e tests print pages with Chromium itself).
 */
export function directoryPlatform(dir: string): Platform {
  return {
    async saveFile({ suggestedName, data }) {
      mkdirSync(dir, { recursive: true });
      const path = join(dir, basename(suggestedName));
      writeFileSync(path, data);
      return { saved: true, path };
    },
    async printToPdf() {
      throw new AppError('UNSUPPORTED', 'Printing to PDF needs the desktop app.');
    },
  };
}
