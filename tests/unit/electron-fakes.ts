/**
 * Stand-ins for the parts of the `electron` module the shell touches, for
 * tests that mock only `electron` (the binary is absent here). Each fake
 * records what it is given and lets the test fire the events Electron would.
 */
import type { PrintToPDFOptions } from 'electron';
import { tmpdir } from 'node:os';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      (listener as (...a: unknown[]) => unknown)(...args);
    }
  }
}

/** An event object as Electron passes to will-navigate and friends. */
export function fakeEvent(fields: Record<string, unknown> = {}) {
  return { ...fields, preventDefault: vi.fn() };
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;

  /** What the page answers to executeJavaScript; tests flip it to simulate a page finishing. */
  readonly executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => false);

  /** Chromium's PDF of the page; the options are Electron 45's PrintToPDFOptions. */
  readonly printToPDF = vi.fn(async (_options: PrintToPDFOptions): Promise<Buffer> =>
    Buffer.from('%PDF-1.7\n%fake\n'),
  );

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** Fires a navigation event and says whether the guards stopped it. */
  navigate(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string): boolean {
    const details = fakeEvent({ url, isMainFrame: true });
    this.emit(event, details, url);
    return details.preventDefault.mock.calls.length > 0;
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | undefined;
  permissionCheckHandler: Listener | undefined;
  devicePermissionHandler: Listener | undefined;
  headersReceived: Listener | undefined;
  readonly webRequest = {
    onHeadersReceived: (listener: Listener) => {
      this.headersReceived = listener;
    },
  };

  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler;
  }

  setDevicePermissionHandler(handler: Listener): void {
    this.devicePermissionHandler = handler;
  }

  /** Asks the request handler, as Chromium would, and returns its answer. */
  request(permission: string, details: Record<string, unknown>): Promise<boolean> {
    return new Promise((resolve) => {
      const handler = this.permissionRequestHandler as (...args: unknown[]) => void;
      handler(new FakeWebContents(), permission, resolve, { isMainFrame: true, ...details });
    });
  }

  check(permission: string, origin: string, details: Record<string, unknown> = {}): boolean {
    const handler = this.permissionCheckHandler as (...args: unknown[]) => boolean;
    return handler(null, permission, origin, { isMainFrame: true, ...details });
  }
}

type Waiter = { name: string; resolve: () => void };

/** A whole fake `electron` module; `signal`/`when` let tests wait for startup steps. */
export function createElectronFake() {
  const waiters: Waiter[] = [];
  const seen = new Set<string>();
  const signal = (name: string) => {
    seen.add(name);
    for (const waiter of waiters.filter((w) => w.name === name)) waiter.resolve();
  };
  const when = (name: string) =>
    seen.has(name)
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiters.push({ name, resolve }));

  const appEmitter = new Emitter();
  const app = Object.assign(appEmitter, {
    isPackaged: true,
    singleInstance: true,
    userData: tmpdir(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => app.singleInstance),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn(() => app.userData),
    getVersion: vi.fn(() => '0.0.0-test'),
    getAppPath: vi.fn(() => process.cwd()),
    setAppUserModelId: vi.fn(),
    quit: vi.fn(() => signal('quit')),
    exit: vi.fn(() => signal('exit')),
  });

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends Emitter {
    static getAllWindows = () => windows;
    readonly webContents = new FakeWebContents();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => false);
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly destroy = vi.fn();

    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', fakeEvent(), this.webContents);
      signal('window');
    }
  }

  const defaultSession = new FakeSession();
  return {
    signal,
    when,
    windows,
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
    session: { defaultSession },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
  };
}

export type ElectronFake = ReturnType<typeof createElectronFake>;
