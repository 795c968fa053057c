import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { createMainWindow, mainWindowWebPreferences } from '../../src/main/windows/main-window';
import { createPrintWindow } from '../../src/main/windows/print-window';
import type { ElectronFake } from './electron-fakes';

vi.mock('electron', async () => (await import('./electron-fakes')).createElectronFake());

const fake = electron as unknown as ElectronFake;

beforeEach(() => {
  fake.windows.length = 0;
});

const open = () =>
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    url: 'app://cercle/index.html',
    iconPath: '/app/resources/icon.png',
  }) as unknown as InstanceType<ElectronFake['BrowserWindow']>;

describe('createMainWindow', () => {
  it('isolates the page from Node and Electron', () => {
    const window = open();
    expect(window.options.webPreferences).toEqual(
      mainWindowWebPreferences('/app/out/preload/index.cjs'),
    );
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
  });

  it('is titled Cercle, has an icon, a floor on its size and a background', () => {
    const window = open();
    expect(window.options).toMatchObject({
      title: 'Cercle',
      icon: '/app/resources/icon.png',
      minWidth: 800,
      minHeight: 560,
      backgroundColor: expect.stringMatching(/^#[0-9a-f]{6}$/),
      show: false,
    });
    expect(window.options.minWidth as number).toBeLessThanOrEqual(window.options.width as number);
  });

  it('loads the page and shows itself only once painted', () => {
    const window = open();
    expect(window.loadURL).toHaveBeenCalledWith('app://cercle/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('leaves the icon out when there is none', () => {
    const window = createMainWindow({
      preloadPath: '/p.cjs',
      url: 'app://cercle/index.html',
    }) as unknown as InstanceType<ElectronFake['BrowserWindow']>;
    expect(window.options).not.toHaveProperty('icon');
  });
});

describe('createPrintWindow', () => {
  type FakeWindow = InstanceType<ElectronFake['BrowserWindow']>;
  const print = (route: string) =>
    createPrintWindow({ preloadPath: '/p.cjs', pageUrl: 'app://cercle/index.html', route });

  it('opens a hidden window as locked down as the main one on an app route', async () => {
    const pending = print('#/print/plan/42');
    const window = fake.windows[0] as FakeWindow;
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: mainWindowWebPreferences('/p.cjs'),
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://cercle/index.html#/print/plan/42');
    window.webContents.executeJavaScript.mockResolvedValueOnce(false).mockResolvedValue(true);
    window.webContents.emit('did-finish-load');
    expect(await pending).toBe(window);
    // It asked the page whether its data was on screen, not only whether the page loaded.
    expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(2);
    expect(window.webContents.executeJavaScript.mock.calls[0]?.[0]).toContain('data-print-ready');
  });

  it('gives up, and closes the window, when the view never says it is ready', async () => {
    const pending = createPrintWindow({
      preloadPath: '/p.cjs',
      pageUrl: 'app://cercle/index.html',
      route: '#/print/plan/42',
      readyTimeoutMs: 250,
    });
    const window = fake.windows[0] as FakeWindow;
    window.webContents.emit('did-finish-load');
    await expect(pending).rejects.toThrow('did not finish loading');
    expect(window.destroy).toHaveBeenCalled();
  });

  it('refuses anything that is not an in-app route', async () => {
    for (const route of ['https://evil.example/', '/../secret', '#/print plan', '']) {
      await expect(print(route), route).rejects.toThrow('Not an app route');
    }
    expect(fake.windows).toHaveLength(0);
  });

  it('fails and cleans up when the page cannot load', async () => {
    const pending = print('#/print/report');
    const window = fake.windows[0] as FakeWindow;
    window.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND');
    await expect(pending).rejects.toThrow('ERR_FILE_NOT_FOUND');
    expect(window.destroy).toHaveBeenCalled();
  });
});
