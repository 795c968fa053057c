import { BrowserWindow } from 'electron';
import { mainWindowWebPreferences } from './main-window';

export type PrintWindowOptions = {
  preloadPath: string;
  /** The app page the route is appended to, e.g. app://cercle/index.html. */
  pageUrl: string;
  /** An in-app route such as `#/print/plan/<id>`. */
  route: string;
  /** How long the page may take to show its data before printing gives up. */
  readyTimeoutMs?: number;
};

/** Print views set this once their data is on the page (they load it over IPC after the page itself). */
const READY = `document.querySelector('main[data-print-ready="true"]') !== null`;
const POLL_MS = 100;

/** did-finish-load fires before the view has fetched its data: wait for the view to say it is ready. */
async function waitUntilReady(window: BrowserWindow, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await window.webContents.executeJavaScript(READY))) {
    if (Date.now() > deadline) throw new Error('The page to print did not finish loading.');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

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
  const loaded = new Promise<BrowserWindow>((resolve, reject) => {
    window.webContents.once('did-finish-load', () => resolve(window));
    window.webContents.once('did-fail-load', (_event, code, description) => {
      window.destroy();
      reject(new Error(`Could not load ${options.route}: ${description} (${code})`));
    });
    window.loadURL(`${options.pageUrl}${options.route}`).catch(() => {
      // did-fail-load reports it.
    });
  });
  return loaded.then(async (ready) => {
    try {
      await waitUntilReady(ready, options.readyTimeoutMs ?? 15_000);
      return ready;
    } catch (error) {
      ready.destroy();
      throw error;
    }
  });
}
