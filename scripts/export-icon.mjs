// Renders resources/icon.svg to the PNGs electron-builder and the window use,
// with the same Chromium the e2e tests run, so the export is reproducible:
//   node scripts/export-icon.mjs   (CHROMIUM_PATH overrides /usr/bin/chromium)
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const resources = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');
const outputs = [
  { size: 512, file: 'icon.png' },
  { size: 256, file: 'icon-256.png' },
];

const svg = await readFile(join(resources, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const { size, file } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    await page.screenshot({
      path: join(resources, file),
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    console.log(`resources/${file} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
