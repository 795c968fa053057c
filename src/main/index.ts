import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { openCore, type Core } from './core';
import { electronPlatform } from './platform/electron-platform';
import { electronSecrets } from './platform/electron-secrets';
import { createAppRequestHandler, registerAppScheme } from './windows/app-protocol';
import { sessionServerCsp } from './windows/csp';
import { installDevCsp } from './windows/dev-csp';
import { registerIpcHandlers } from './windows/ipc-bridge';
import { createMainWindow } from './windows/main-window';
import {
  appEntryUrl,
  appOrigin,
  appScheme,
  devServerOrigin,
  isAppUrl,
  isTrustedSender,
} from './windows/origin';
import { installPermissionHandlers } from './windows/permissions';
import { createPrintWindow } from './windows/print-window';
import { trustHostedCertificate } from './windows/own-certificate';
import { installSecurityGuards } from './windows/security';
import { describeStartupError } from './windows/startup-errors';

// Both must happen before 'ready'.
registerAppScheme(protocol);
app.enableSandbox();

const devUrl = process.env.ELECTRON_RENDERER_URL;
const devOrigin = devServerOrigin(devUrl, app.isPackaged);
if (devUrl && devOrigin === undefined) {
  console.warn(`[cercle] ignoring ELECTRON_RENDERER_URL=${devUrl} (packaged app or not loopback)`);
}
const trustedOrigins = devOrigin === undefined ? [appOrigin] : [appOrigin, devOrigin];

const preloadPath = join(__dirname, '../preload/index.cjs');
const pageUrl = devOrigin === undefined ? appEntryUrl : (devUrl ?? appEntryUrl);

let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;

function databasePath(): string {
  return process.env.CERCLE_DB_PATH || join(app.getPath('userData'), 'cercle.db');
}

/** Opens the database, or explains why not and quits without touching the file. */
function openCoreOrQuit(path: string): Core | undefined {
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    return openCore({
      databasePath: path,
      version: app.getVersion(),
      isTrustedSender: (url) => isTrustedSender(url, trustedOrigins),
      platform: electronPlatform({
        parent: () => mainWindow,
        createPrintWindow: (route) => createPrintWindow({ preloadPath, pageUrl, route }),
      }),
      // "Host on this computer" serves the participant page from this same build.
      hosting: {
        staticRoot: join(__dirname, '../renderer'),
        configDir: app.getPath('userData'),
        appOrigins: () => trustedOrigins,
      },
      // The association server's key, sealed by the system's key store where there is one.
      secrets: electronSecrets(safeStorage),
    });
  } catch (error) {
    console.error('[cercle] cannot open the database', error);
    const message = describeStartupError(error, path);
    dialog.showErrorBox(message.title, message.content);
    app.exit(1);
    return undefined;
  }
}

function openMainWindow(): void {
  const icon = join(app.getAppPath(), 'resources', 'icon.png');
  mainWindow = createMainWindow({
    preloadPath,
    url: pageUrl,
    ...(existsSync(icon) ? { iconPath: icon } : {}),
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

function start(): void {
  installSecurityGuards(app, {
    isAppUrl: (url) => isAppUrl(url, trustedOrigins),
    openExternal: (url) => shell.openExternal(url),
  });
  installPermissionHandlers(session.defaultSession, trustedOrigins);
  session.defaultSession.setCertificateVerifyProc(
    trustHostedCertificate(() => core?.hostedFingerprint()),
  );
  // Read per request: the session server chosen in Settings applies from the next page load.
  const cspOptions = sessionServerCsp(() => core?.sessionServerOrigins() ?? []);
  if (devOrigin === undefined) {
    protocol.handle(
      appScheme,
      createAppRequestHandler({ root: join(__dirname, '../renderer'), cspOptions }),
    );
  } else {
    installDevCsp(session.defaultSession, devOrigin, cspOptions);
  }

  core = openCoreOrQuit(databasePath());
  if (core === undefined) return;
  registerIpcHandlers(ipcMain, core.router);
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would share one SQLite file and one window's worth of state.
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('org.cercle.app');
  app.on('second-instance', () => {
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (core !== undefined && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    core?.close();
    core = undefined;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[cercle] startup failed', error);
      app.exit(1);
    });
}
