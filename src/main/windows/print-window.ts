import { BrowserWindow } from 'electron';
import { mainWindowWebPreferences } from './main-window';

export type PrintWindowOptions = {
  preloadPath: string;
  /** The app page the route is appended to, e.g. app://cercle/index.html. */
  pageUrl: string;
  /** An in-app route such as `#/print/plan/<id>`. */
  route: string;
};

/**
 * A hidden window on an app route, for printToPDF. Same webPreferences (and,
 * through 'web-contents-created', the same guards) as the main window; the
 * route is only ever a fragment, so it never leaves the app's own page.
 */
export function createPrintWindow(options: PrintWindowOptions): Promise<BrowserWindow> {
  if (!/^#\/\S*$/.test(options.route)) {
    return Promise.reject(new Error(`Not an app route: ${options.route}`));
  }
  const window = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: mainWindowWebPreferences(options.preloadPath),
  });
  return new Promise((resolve, reject) => {
    window.webContents.once('did-finish-load', () => resolve(window));
    window.webContents.once('did-fail-load', (_event, code, description) => {
      window.destroy();
      reject(new Error(`Could not load ${options.route}: ${description} (${code})`));
    });
    window.loadURL(`${options.pageUrl}${options.route}`).catch(() => {
      // did-fail-load reports it.
    });
  });
}
