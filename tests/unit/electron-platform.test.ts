import type { BrowserWindow } from 'electron';
import * as electron from 'electron';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronPlatform } from '../../src/main/platform/electron-platform';
import type { ElectronFake } from './electron-fakes';

vi.mock('electron', async () => (await import('./electron-fakes')).createElectronFake());

const fake = electron as unknown as ElectronFake;
type FakeWindow = InstanceType<ElectronFake['BrowserWindow']>;

let dir: string;
let printWindow: FakeWindow;
let parent: FakeWindow;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cercle-pdf-'));
  fake.windows.length = 0;
  parent = new fake.BrowserWindow({ title: 'Cercle' });
  printWindow = new fake.BrowserWindow({ show: false });
  fake.dialog.showSaveDialog.mockReset();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const platform = () =>
  electronPlatform({
    parent: () => parent as unknown as BrowserWindow,
    createPrintWindow: vi.fn(async () => printWindow as unknown as BrowserWindow),
  });

describe('printing a PDF through Chromium', () => {
  it('prints A4 with backgrounds and only options Electron 45 knows, then saves where asked', async () => {
    const target = join(dir, 'Plan du mardi.pdf');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

    const result = await platform().printToPdf('#/print/plan/7', 'Plan du mardi.pdf');

    expect(result).toEqual({ saved: true, path: target });
    const [options] = printWindow.webContents.printToPDF.mock.calls[0] ?? [];
    expect(options).toEqual({ pageSize: 'A4', printBackground: true });
    expect((await readFile(target)).toString()).toContain('%PDF-1.7');
    // The dialog belongs to the main window and suggests the plan's name, as a PDF.
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith(parent, {
      defaultPath: 'Plan du mardi.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(printWindow.destroy).toHaveBeenCalledTimes(1);
  });

  it('writes nothing and still closes the hidden window when the facilitator cancels', async () => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await platform().printToPdf('#/print/report', 'Bilan.pdf')).toEqual({ saved: false });
    expect(printWindow.destroy).toHaveBeenCalledTimes(1);
  });

  it('closes the hidden window when Chromium cannot print', async () => {
    printWindow.webContents.printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    await expect(platform().printToPdf('#/print/report', 'Bilan.pdf')).rejects.toThrow(
      'Printing failed',
    );
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(printWindow.destroy).toHaveBeenCalledTimes(1);
  });
});
