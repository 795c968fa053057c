import { BrowserWindow, type WebPreferences } from 'electron';

export type MainWindowOptions = {
  /** The bundled preload, out/preload/index.cjs. */
  preloadPath: string;
  /** The page to show: app://cercle/index.html, or the dev server in development. */
  url: string;
  /** Window icon (Linux/Windows title bars and taskbars); packaged builds also embed one. */
  iconPath?: string;
};

/** Shown before the first paint; the renderer's --color-bg (styles/tokens.css). */
export const windowBackground = '#f6f5f1';

export function mainWindowWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker fetches its dictionaries from Google's servers on
    // Windows and Linux; Cercle makes no request the facilitator did not ask for.
    spellcheck: false,
  };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Cercle',
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: windowBackground,
    ...(options.iconPath === undefined ? {} : { icon: options.iconPath }),
    webPreferences: mainWindowWebPreferences(options.preloadPath),
  });
  // Shown once painted, so the facilitator never sees a blank white frame.
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.url).catch((error: unknown) => {
    console.error(`[cercle] could not load ${options.url}`, error);
  });
  return window;
}
